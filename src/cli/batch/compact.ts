import type { DecisionDraft } from '../../engine/explain.js';
import type { Decision, ReasonCode } from '../../index.js';
import type { ByteOutput } from './bytes.js';
import { DraftKinds } from './kinds.js';

// The pieces below repeat across millions of decisions: the reason lists are shared frozen arrays, zones
// and assumption sentences come from small sets, and the decisions of one input line share one instant.
const reasonsJson = new WeakMap<object, string>();
const stringJson = new Map<string, string>();
const STRING_CACHE_LIMIT = 10_000;

function quoted(text: string): string {
  let json = stringJson.get(text);
  if (json === undefined) {
    json = JSON.stringify(text);
    // Zones and assumptions come from a short list, but a batch could name many zones: keep the cache small.
    if (stringJson.size >= STRING_CACHE_LIMIT) stringJson.clear();
    stringJson.set(text, json);
  }
  return json;
}

function reasons(list: readonly ReasonCode[]): string {
  let json = reasonsJson.get(list);
  if (json === undefined) {
    json = JSON.stringify(list);
    if (Object.isFrozen(list)) reasonsJson.set(list, json);
  }
  return json;
}

function assumptions(list: Decision['assumptions']): string {
  if (list.length === 0) return '[]';
  let json = '[';
  for (let i = 0; i < list.length; i++) json += (i === 0 ? '' : ',') + quoted(list[i]!);
  return `${json}]`;
}

// Date#toISOString costs half a microsecond, and a batch's instants are often all different (event times), so a
// cache of whole strings mostly missed. Its instants fall on far fewer days, though: the date part is cached
// per day and the time of day written from small tables. The decisions of one line share their instant, so the
// last one is checked first.
const DAY_MS = 86_400_000;
const dayJson = new Map<number, string>();
const DAY_CACHE_LIMIT = 20_000;
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));
let lastTime = NaN;
let lastIso = '';

/** `new Date(time).toISOString()`. */
export function isoOf(time: number): string {
  if (time === lastTime) return lastIso;
  // A fraction of a millisecond is cut off toward zero by Date, not toward the past: left to Date.
  if (!Number.isInteger(time)) return new Date(time).toISOString();
  const day = Math.floor(time / DAY_MS);
  let date = dayJson.get(day);
  if (date === undefined) {
    // Everything before the hour ('2025-11-03T', or '+275760-09-13T' far out).
    date = new Date(day * DAY_MS).toISOString().slice(0, -'00:00:00.000Z'.length);
    if (dayJson.size >= DAY_CACHE_LIMIT) dayJson.clear();
    dayJson.set(day, date);
  }
  const ms = time - day * DAY_MS;
  const seconds = Math.floor(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  lastIso = `${date}${TWO_DIGITS[Math.floor(minutes / 60)]!}:${TWO_DIGITS[minutes % 60]!}:${TWO_DIGITS[seconds % 60]!}.${THREE_DIGITS[ms % 1000]!}Z`;
  lastTime = time;
  return lastIso;
}

// The instant as bytes, for the batch's output: a line's decisions share their instant, so its 24 bytes are made
// once per line, from numbers and a per-day cache of the date's bytes, rather than as a string built and then
// read back character by character three times. Years outside 0000–9999 (six digits and a sign) and fractions of
// a millisecond are left to isoOf.
const ISO_LENGTH = '2025-11-03T23:00:00.000Z'.length;
const DATE_LENGTH = '2025-11-03T'.length;
const dayBytes = new Map<number, Uint8Array>();
// The punctuation is written once; the date part is rewritten only when the day changes.
const lastIsoBytes = /* @__PURE__ */ Buffer.from('0000-00-00T00:00:00.000Z', 'latin1');
let lastIsoTime = NaN;
let lastIsoDay = NaN;
const ZERO = 0x30;

/** Writes `new Date(time).toISOString()` to `out`, as ASCII bytes. */
export function writeInstant(time: number, out: ByteOutput): void {
  if (time === lastIsoTime || isoBytesOf(time)) out.writeBytes(lastIsoBytes);
  else out.writeAscii(isoOf(time));
}

/** Fills `lastIsoBytes` with the instant's ISO bytes; `false` for an instant they cannot hold. */
function isoBytesOf(time: number): boolean {
  if (!Number.isInteger(time)) return false;
  const day = Math.floor(time / DAY_MS);
  const bytes = lastIsoBytes;
  if (day !== lastIsoDay) {
    let date = dayBytes.get(day);
    if (date === undefined) {
      const iso = new Date(day * DAY_MS).toISOString();
      if (iso.length !== ISO_LENGTH) return false;
      date = Buffer.from(iso.slice(0, DATE_LENGTH), 'latin1');
      if (dayBytes.size >= DAY_CACHE_LIMIT) dayBytes.clear();
      dayBytes.set(day, date);
    }
    for (let i = 0; i < DATE_LENGTH; i++) bytes[i] = date[i]!;
    lastIsoDay = day;
  }
  // The milliseconds into the day fit 32 bits: integer division and remainders, not the floating-point kind.
  const msIntoDay = (time - day * DAY_MS) | 0;
  const ms = msIntoDay % 1000;
  const secondsIntoDay = (msIntoDay / 1000) | 0;
  const seconds = secondsIntoDay % 60;
  const minutesIntoDay = (secondsIntoDay / 60) | 0;
  const minutes = minutesIntoDay % 60;
  const hours = (minutesIntoDay / 60) | 0;
  bytes[11] = ZERO + ((hours / 10) | 0);
  bytes[12] = ZERO + (hours % 10);
  bytes[14] = ZERO + ((minutes / 10) | 0);
  bytes[15] = ZERO + (minutes % 10);
  bytes[17] = ZERO + ((seconds / 10) | 0);
  bytes[18] = ZERO + (seconds % 10);
  bytes[20] = ZERO + ((ms / 100) | 0);
  bytes[21] = ZERO + (((ms / 10) | 0) % 10);
  bytes[22] = ZERO + (ms % 10);
  lastIsoTime = time;
  return true;
}

/**
 * A decision as the batch writes it by default, from its draft (the engine need not build and freeze the
 * Decision): every field of the {@link Decision} except `provision` and
 * `sources`, which are the same for every member of a region at a date and make up nine tenths of its JSON;
 * `effectiveFrom` names the provision instead (`null` before coverage), so that it can be looked up with
 * `timeline --json` or in `data/`. `--full` writes whole decisions.
 *
 * @example
 * ```json
 * {"purpose":"ai-training","status":"subject","subject":true,"reasons":["in-scope"],"region":"eu",
 *  "at":"2025-11-03T23:00:00.000Z","timeZone":"Europe/Berlin","effectiveFrom":"2025-11-03","assumptions":[]}
 * ```
 */
export function compactDecisionJson(decision: Readonly<DecisionDraft>): string {
  const { provision } = decision;
  // Ids, statuses and dates are the library's own enums and ISO strings: no escaping needed. The zone can be
  // member-given and the assumptions are prose, so those go through JSON.stringify (cached).
  return (
    `{"purpose":"${decision.purpose}","status":"${decision.status}","subject":${decision.status === 'subject'},` +
    `"reasons":${reasons(decision.reasons)},"region":"${decision.region}",` +
    `"at":"${isoOf(decision.time)}","timeZone":${quoted(decision.timeZone)},` +
    `"effectiveFrom":${provision === null ? 'null' : `"${provision.effectiveFrom}"`},` +
    `"assumptions":${assumptions(decision.assumptions)}}`
  );
}

/** A kind of decision's compact JSON around its instant, as UTF-8. */
interface CompactParts {
  /** Everything up to the instant's opening quote, included. */
  readonly before: Uint8Array;
  /** Everything from the instant's closing quote on. */
  readonly after: Uint8Array;
}

const AT = '"at":"';

const compactKinds = new DraftKinds<CompactParts>((draft) => {
  const json = compactDecisionJson(draft);
  // Nothing before the instant is member-given (ids, a status, reasons, a region), so its key is found first.
  const start = json.indexOf(AT) + AT.length;
  const end = json.indexOf('"', start);
  return { before: Buffer.from(json.slice(0, start)), after: Buffer.from(json.slice(end)) };
});

/** Writes {@link compactDecisionJson}`(draft)` to `out`, byte for byte, from the cached parts of its kind. */
export function writeCompactDecision(draft: Readonly<DecisionDraft>, out: ByteOutput): void {
  const parts = compactKinds.partsOf(draft);
  if (parts === undefined) {
    out.write(compactDecisionJson(draft));
    return;
  }
  out.writeBytes(parts.before);
  writeInstant(draft.time, out);
  out.writeBytes(parts.after);
}
