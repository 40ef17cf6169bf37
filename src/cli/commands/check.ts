import { availableParallelism } from 'node:os';
import { DATA_AS_OF, DATA_VERSION, decide, isDataStale, regionOf, withConfidenceAtLeast, type Confidence, type DateInput, type Member, type PurposeId } from '../../index.js';
import { MEMBER_OPTIONS, memberFromFlags, parseCommandLine, parsePurposes } from '../args.js';
import type { CliContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { HELP } from '../help.js';
import { writeAll } from '../output.js';
import { decisionBlock, memberHeader } from '../render/decision.js';
import { confidenceLegend } from '../render/confidence.js';
import { heading, wrap } from '../render/text.js';
import { runBatch } from './batch.js';

/** One member's question: who, when, about which purposes. */
export interface CheckQuery {
  readonly member: Member;
  readonly at: DateInput;
  readonly purposes: readonly PurposeId[];
  /** Show only the claims whose evidence is at least this firm; all of them when not given. */
  readonly minConfidence?: Confidence | undefined;
}

/** The footer of every text answer: which data answered and that it is a record, not advice. */
export function dataFooter(ctx: CliContext): string[] {
  const lines = wrap(
    `Data ${DATA_VERSION}, last checked against its sources on ${DATA_AS_OF}. A record of LinkedIn's published policy, not legal advice.`,
    ctx.style.width,
  );
  if (isDataStale(ctx.now)) {
    lines.push(...wrap('The data is more than 180 days old and LinkedIn changes its policy often: look for a newer release.', ctx.style.width));
  }
  return lines.map(ctx.style.colour.dim);
}

/**
 * Answers one member's question, as text blocks or as `{"member", "at", "decisions"}` JSON. `preface` lines
 * come first in text output (the sample query explains itself there).
 */
export async function runCheck(query: CheckQuery, json: boolean, ctx: CliContext, preface: readonly string[] = []): Promise<number> {
  // Deciding first validates the whole member, so a bad one fails before anything is printed.
  const decisions = query.purposes.map((purpose) => {
    const decision = decide(purpose, query.member, query.at);
    return query.minConfidence === undefined ? decision : withConfidenceAtLeast(decision, query.minConfidence);
  });
  const first = decisions[0]!;
  if (json) {
    await writeAll(ctx.stdout, `${JSON.stringify({ member: query.member, at: first.at.toISOString(), decisions }, null, 2)}\n`);
    return EXIT.ok;
  }
  const region = regionOf(query.member.country);
  const title = heading("How LinkedIn's policy treats this member's data", ctx.style);
  const lines = [...preface, title, ...memberHeader(query.member, region, first, ctx.style)];
  for (const decision of decisions) lines.push('', ...decisionBlock(decision, ctx.style));
  lines.push('', ...wrap(`Confidence of each fact: ${confidenceLegend(ctx.style.colour)}`, ctx.style.width));
  if (query.minConfidence !== undefined && query.minConfidence !== 'low') {
    lines.push(...wrap(`Only facts with evidence of ${query.minConfidence} confidence or firmer are shown (--min-confidence).`, ctx.style.width));
  }
  lines.push('', ctx.style.colour.dim(`The words each source is cited for: ${ctx.program} sources ID, or --json.`), ...dataFooter(ctx));
  await writeAll(ctx.stdout, `${lines.join('\n')}\n`);
  return EXIT.ok;
}

export const OPTIONS = {
  ...MEMBER_OPTIONS,
  date: { type: 'string', short: 'd' },
  purpose: { type: 'string', short: 'p', multiple: true },
  json: { type: 'boolean' },
  input: { type: 'string', short: 'i' },
  full: { type: 'boolean' },
  'min-confidence': { type: 'string' },
  workers: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const CONFIDENCE_LEVELS: readonly Confidence[] = ['high', 'medium', 'low'];

function parseConfidence(value: string | undefined): Confidence | undefined {
  if (value === undefined) return undefined;
  const level = CONFIDENCE_LEVELS.find((candidate) => candidate === value.toLowerCase());
  if (level === undefined) throw new UsageError(`--min-confidence takes high, medium or low; got ${JSON.stringify(value)}`, 'check');
  return level;
}

const MEMBER_FLAGS = ['country', 'birth-date', 'time-zone', 'opted-out'] as const;

const MAX_WORKERS = 256;

function parseWorkers(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > MAX_WORKERS) {
    throw new UsageError(`--workers takes a whole number from 1 to ${MAX_WORKERS}, got ${JSON.stringify(text)}`, 'check');
  }
  return n;
}

/** `check`: one member from flags, or many from NDJSON with `--input`. */
export async function checkCommand(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandLine('check', { args: [...args], options: OPTIONS, strict: true, allowPositionals: false });
  if (values.help === true) {
    await writeAll(ctx.stdout, HELP.check!(ctx.program));
    return EXIT.ok;
  }
  const purposes = parsePurposes(values.purpose, 'check');
  if (values.input !== undefined) {
    const clash = MEMBER_FLAGS.find((flag) => values[flag] !== undefined);
    if (clash !== undefined) throw new UsageError(`--${clash} cannot be combined with --input: each input line describes its member`, 'check');
    if (values.json === true) throw new UsageError('--json cannot be combined with --input: batch output is always NDJSON', 'check');
    if (values['min-confidence'] !== undefined) throw new UsageError('--min-confidence applies to one member, not to --input', 'check');
    const workers = values.workers === undefined ? availableParallelism() : parseWorkers(values.workers);
    return runBatch({ input: values.input, purposes, defaultAt: values.date, full: values.full === true, workers }, ctx);
  }
  if (values.full === true) throw new UsageError('--full applies to --input only; --json prints full decisions', 'check');
  if (values.workers !== undefined) throw new UsageError('--workers applies to --input only', 'check');
  const member = memberFromFlags(values, 'check');
  const minConfidence = parseConfidence(values['min-confidence']);
  return runCheck({ member, at: values.date ?? ctx.now, purposes, minConfidence }, values.json === true, ctx);
}
