import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { DateInput, Member, PurposeId } from '../index.js';
import { purposeIds } from './render/labels.js';
import { UsageError } from './errors.js';

/**
 * `node:util` `parseArgs` in strict mode, with its errors turned into {@link UsageError}s that name the
 * flag (and suggest the nearest known one) and point at the subcommand's `--help`. A flag that takes one value
 * and is given twice is an error too: parseArgs would keep the last silently, and `--country DE --country FR`
 * asks two questions.
 */
export function parseCommandLine<const T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T & { tokens: true }>>;
  try {
    parsed = parseArgs<T & { tokens: true }>({ ...config, tokens: true });
  } catch (error) {
    throw usageErrorOf(error, command, Object.keys(config.options ?? {}));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || config.options?.[token.name]?.multiple === true) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once; give it once`, command);
    seen.add(token.name);
  }
  return parsed as ReturnType<typeof parseArgs<T>>;
}

function usageErrorOf(error: unknown, command: string, known: readonly string[]): unknown {
  if (!(error instanceof TypeError) || !('code' in error) || typeof error.code !== 'string') return error;
  if (!error.code.startsWith('ERR_PARSE_ARGS_')) return error;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(error.message)?.[1] ?? error.message;
    const near = nearest(flag.replace(/^-+/, '').split('=')[0] ?? '', known);
    const hint = near === undefined ? '' : ` (did you mean --${near}?)`;
    return new UsageError(`unknown option ${flag} for '${command}'${hint}`, command);
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const value = /'([^']*)'/.exec(error.message)?.[1] ?? '';
    return new UsageError(`unexpected argument ${JSON.stringify(value)} for '${command}'`, command);
  }
  // parseArgs's own wording already names the flag ("Option '--country <value>' argument missing"); its
  // second sentence, when there is one, is advice that fits a generic parser better than this tool.
  const first = error.message.split(/\.\s/)[0] ?? error.message;
  return new UsageError(first.replace(/^Option /, 'option ').replace(/\.$/, ''), command);
}

/** The known word closest to `word` within two edits, to suggest for a typo. */
export function nearest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** A flag's value, or a {@link UsageError} naming the flag when it is missing. */
export function required(value: string | undefined, flag: string, command: string): string {
  if (value === undefined) throw new UsageError(`missing required option ${flag} <value>`, command);
  return value;
}

function purposeId(value: string, flag: string, command: string): PurposeId {
  const id = purposeIds.find((known) => known === value);
  if (id !== undefined) return id;
  const near = nearest(value, purposeIds);
  const hint = near === undefined ? '' : ` (did you mean ${near}?)`;
  throw new UsageError(`unknown purpose ${JSON.stringify(value)} in ${flag}; expected one of ${purposeIds.join(', ')}${hint}`, command);
}

/**
 * The purposes named by repeated or comma-separated `--purpose` flags, in the order given without
 * repeats; every purpose in the data when none is named.
 */
export function parsePurposes(values: readonly string[] | undefined, command: string): readonly PurposeId[] {
  if (values === undefined || values.length === 0) return purposeIds;
  const chosen = new Set<PurposeId>();
  for (const value of values) {
    for (const part of value.split(',')) chosen.add(purposeId(part.trim(), '--purpose', command));
  }
  return [...chosen];
}

/**
 * Opt-outs from `--opted-out PURPOSE[=DATE]` flags: a bare purpose means opted out before any date asked
 * about; a date is passed on to the library as written, so it is read in the member's zone like `--date`.
 */
export function parseOptOuts(values: readonly string[] | undefined, command: string): Member['optOuts'] {
  if (values === undefined || values.length === 0) return undefined;
  const optOuts: Partial<Record<PurposeId, true | DateInput>> = {};
  for (const value of values) {
    const equals = value.indexOf('=');
    const name = equals < 0 ? value : value.slice(0, equals);
    const id = purposeId(name, '--opted-out', command);
    if (optOuts[id] !== undefined) throw new UsageError(`--opted-out names ${id} twice`, command);
    optOuts[id] = equals < 0 ? true : value.slice(equals + 1);
  }
  return optOuts;
}

/** The member-describing flags shared by `check` and `exposure`. */
export const MEMBER_OPTIONS = {
  country: { type: 'string', short: 'c' },
  'birth-date': { type: 'string' },
  'time-zone': { type: 'string' },
  'opted-out': { type: 'string', multiple: true },
} as const;

/** The member described by the `--country`, `--birth-date`, `--time-zone` and `--opted-out` flags. */
export function memberFromFlags(
  values: { country?: string; 'birth-date'?: string; 'time-zone'?: string; 'opted-out'?: string[] },
  command: string,
): Member {
  const optOuts = parseOptOuts(values['opted-out'], command);
  // A field for each flag given and none for the others: `--json` echoes the member as built here.
  return {
    country: required(values.country, '--country', command),
    ...(values['birth-date'] === undefined ? {} : { birthDate: values['birth-date'] }),
    ...(values['time-zone'] === undefined ? {} : { timeZone: values['time-zone'] }),
    ...(optOuts === undefined ? {} : { optOuts }),
  };
}
