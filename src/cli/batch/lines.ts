import { draftEach, type DecisionDraft } from '../../engine/explain.js';
import { offsetInstant } from '../../time/offset-instant.js';
import { compiledPurpose } from '../../engine/purposes/index.js';
import type { CompiledPurpose } from '../../engine/timelines.js';
import { PolicyInputError, type DateInput, type PurposeId } from '../../index.js';
import type { ByteOutput } from './bytes.js';
import { writeCompactDecision } from './compact.js';
import { writeFullDecision } from './json.js';
import { readSimpleLine, type LineFields } from './simple-line.js';
import { linesOf } from './split.js';

/** The code reported for an input line that is not JSON at all (blank lines included). */
export const INVALID_JSON = 'INVALID_JSON';

const MISSING_AT = 'Invalid at: the line has no "at"; give each line the moment to ask about, such as "at":"2025-11-04", or pass --date.';

// The fixed bytes of a compact output line, around its number and its decisions.
const LINE_START = /* @__PURE__ */ Buffer.from('{"line":');
const DECISIONS_START = /* @__PURE__ */ Buffer.from(',"decisions":[');
const COMMA = /* @__PURE__ */ Buffer.from(',');
const LINE_END = /* @__PURE__ */ Buffer.from(']}\n');

function errorLine(line: number, code: string, field: string | null, message: string): string {
  return `{"line":${line},"error":{"code":"${code}","field":${JSON.stringify(field)},"message":${JSON.stringify(message)}}}\n`;
}

/**
 * Turns NDJSON input lines into NDJSON output lines and counts them. Each input line is a member object with
 * an `at` field (`--date` stands in when a line has none); each output line is `{"line":n,"decisions":[…]}`
 * or `{"line":n,"error":{"code","field","message"}}`, so a bad line never stops the run and output lines
 * match input lines one for one. Blank lines are reported as `INVALID_JSON` for that reason.
 */
export class BatchLines {
  /** Lines answered. */
  ok = 0;
  /** Lines reported as errors. */
  failed = 0;

  /**
   * @param purposes - the purposes to decide for every line, in output order
   * @param defaultAt - the moment for lines without `at`; `undefined` makes such lines an `INVALID_DATE` error
   * @param full - write whole decisions rather than the compact form
   */
  private readonly purposes: readonly CompiledPurpose[];
  // Set once: whole or compact decisions.
  private readonly writeDecision: (draft: Readonly<DecisionDraft>, out: ByteOutput) => void;

  constructor(
    purposes: readonly PurposeId[],
    private readonly defaultAt: DateInput | undefined,
    full: boolean,
  ) {
    this.purposes = purposes.map((purpose) => compiledPurpose(purpose));
    this.writeDecision = full ? writeFullDecision : writeCompactDecision;
  }

  /**
   * Writes the output lines for a batch of input text whose first line is number `firstLine` to `out`: one per
   * line, in order. A byte-order mark at the start of the input is not part of the first line's JSON.
   */
  processText(text: string, firstLine: number, out: ByteOutput): void {
    if (text.indexOf('\r') >= 0) {
      // Lines ended by \r\n or a lone \r (rare): each cut out as a string of its own.
      const lines = linesOf(text);
      for (let i = 0; i < lines.length; i++) this.#writeLine(lines[i]!, 0, lines[i]!.length, firstLine + i, out);
      return;
    }
    // Lines ended by \n are read where they lie in the batch's text, without a string made for each.
    let line = firstLine;
    for (let start = 0; start < text.length; line++) {
      const feed = text.indexOf('\n', start);
      const end = feed < 0 ? text.length : feed;
      this.#writeLine(text, start, end, line, out);
      start = end + 1;
    }
  }

  /** Writes the output line for input line number `line`, which is `text` from `start` up to `end`. */
  #writeLine(text: string, start: number, end: number, line: number, out: ByteOutput): void {
    this.#write(text, line === 1 && text.charCodeAt(start) === 0xfeff ? start + 1 : start, end, line, out);
  }

  // Set by #read for the line at hand: one record refilled per line rather than a result object made per line.
  readonly #fields: LineFields = { member: undefined, at: undefined };
  // Where the decisions of the line at hand are written, and how many have been: read by #writeEach, which is made
  // once rather than as a closure per line.
  #out: ByteOutput | undefined;
  #written = 0;
  readonly #writeEach = (draft: Readonly<DecisionDraft>): void => {
    const out = this.#out!;
    if (this.#written++ > 0) out.writeBytes(COMMA);
    this.writeDecision(draft, out);
  };

  /** Writes the output line (with its newline) for input line number `line` (1-based), `text` from `start` to `end`. */
  #write(text: string, start: number, end: number, line: number, out: ByteOutput): void {
    const error = this.#read(text, start, end, line);
    if (error !== undefined) {
      out.write(error);
      return;
    }
    const { member, at } = this.#fields;
    // An event time with an offset, read here as epoch ms: the same instant, without the library's memo entry.
    const instant = typeof at === 'string' ? offsetInstant(at) : Number.NaN;
    // The line goes straight into the output's bytes; a line the library rejects half-way through is cut back off
    // and written as its error instead. (The engine validates the member and the moment once, before the first
    // decision: the same answers and errors as calling decide() per purpose.)
    const mark = out.length;
    try {
      out.writeBytes(LINE_START);
      out.writeDecimal(line);
      out.writeBytes(DECISIONS_START);
      this.#out = out;
      this.#written = 0;
      draftEach(this.purposes, member, Number.isNaN(instant) ? at : instant, this.#writeEach);
      out.writeBytes(LINE_END);
      this.ok++;
    } catch (error) {
      out.truncate(mark);
      out.write(this.#errorOf(error, line));
    }
  }

  /**
   * Parses an input line (`text` from `start` to `end`) into `#fields`; returns the error line instead for a line
   * that is not JSON or carries no moment.
   */
  #read(text: string, start: number, end: number, line: number): string | undefined {
    if (readSimpleLine(text, start, end, this.#fields)) {
      this.#fields.at ??= this.defaultAt;
      if (this.#fields.at !== undefined) return undefined;
      this.failed++;
      return errorLine(line, 'INVALID_DATE', 'at', MISSING_AT);
    }
    const lineText = text.slice(start, end);
    let parsed: unknown;
    try {
      parsed = JSON.parse(lineText);
    } catch (error) {
      this.failed++;
      const message =
        lineText.trim() === ''
          ? 'Invalid JSON: the line is blank; expected a member object such as {"country":"DE","at":"2025-11-04"}.'
          : `Invalid JSON: ${error instanceof Error ? error.message : String(error)}.`;
      return errorLine(line, INVALID_JSON, null, message);
    }
    const value = parsed;
    let member: unknown = value;
    let at: unknown = this.defaultAt;
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (isObject && 'at' in value) {
      // `at` belongs to the line, not to the member: the library rejects unknown member keys, which is what
      // catches misspelt ones (birthdate, optouts), so every other key goes through untouched.
      ({ at, ...member } = value);
    }
    // Anything but an object is left to the library, which reports it as an invalid member.
    if (at === undefined && isObject) {
      this.failed++;
      return errorLine(line, 'INVALID_DATE', 'at', MISSING_AT);
    }
    this.#fields.member = member;
    this.#fields.at = at;
    return undefined;
  }

  /** The error line for what the library threw; anything but a PolicyInputError is thrown on. */
  #errorOf(error: unknown, line: number): string {
    if (!(error instanceof PolicyInputError)) throw error;
    this.failed++;
    return errorLine(line, error.code, error.field, error.message);
  }
}
