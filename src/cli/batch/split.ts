const LF = 0x0a;
const CR = 0x0d;

/** A run of whole input lines, as bytes, with the number of its first line. */
export interface InputBatch {
  /** The 1-based number of the batch's first line in the whole input. */
  readonly firstLine: number;
  /** How many lines the batch holds. */
  readonly lineCount: number;
  readonly bytes: Uint8Array;
}

/**
 * Cuts a byte stream of NDJSON into batches of whole lines, numbering the lines as Node's readline does (with
 * `crlfDelay: Infinity`): a line ends at `\n`, `\r\n` or a lone `\r`, and text after the last line end is a line
 * too when it is not empty. Batches are cut only after a `\n`, so a `\r\n` is never split and a multi-byte UTF-8
 * character never is either (no byte of one is `\n`): each batch decodes on its own exactly as the whole stream
 * would. Memory: at most one batch of pending bytes beyond the chunk being read.
 */
export class LineBatcher {
  // Bytes of a line not yet ended (and of whole lines too few for a batch), copied out of their chunk.
  #pending: Uint8Array = new Uint8Array(0);
  // How many `\n` the pending bytes hold.
  #pendingLineFeeds = 0;
  #nextLine = 1;

  /** @param linesPerBatch - how many `\n`-terminated lines make a batch (a lone `\r` adds to a batch's count) */
  constructor(private readonly linesPerBatch: number) {}

  /** Takes the next chunk of input and returns the batches it completes. */
  push(chunk: Uint8Array): InputBatch[] {
    const batches: InputBatch[] = [];
    let start = 0;
    if (this.#pending.length > 0) {
      // Only the bytes that complete the pending batch are joined to it: copying the whole chunk onto the pending
      // bytes cost the main thread as much as cutting the batches.
      const end = nthLineFeed(chunk, 0, this.linesPerBatch - this.#pendingLineFeeds);
      if (end < 0) {
        this.#pendingLineFeeds += lineFeeds(chunk);
        this.#pending = concat(this.#pending, chunk);
        return batches;
      }
      batches.push(this.#batch(concat(this.#pending, chunk.subarray(0, end + 1)), this.linesPerBatch));
      start = end + 1;
    }
    for (;;) {
      const end = nthLineFeed(chunk, start, this.linesPerBatch);
      if (end < 0) break;
      batches.push(this.#batch(chunk.subarray(start, end + 1), this.linesPerBatch));
      start = end + 1;
    }
    // A copy (Buffer#slice would not copy), so that the pending bytes do not keep their whole chunk alive.
    this.#pending = new Uint8Array(chunk.subarray(start));
    this.#pendingLineFeeds = lineFeeds(this.#pending);
    return batches;
  }

  /** The last lines, once the input has ended (none when it ended with a line end). */
  end(): InputBatch | undefined {
    const bytes = this.#pending;
    if (bytes.length === 0) return undefined;
    this.#pending = new Uint8Array(0);
    this.#pendingLineFeeds = 0;
    return this.#batch(bytes, lineFeeds(bytes) + (endsWithLineEnd(bytes) ? 0 : 1));
  }

  /** A batch of `bytes` holding `lineFeeds` lines that end in `\n` or with the input, and any ended by a lone `\r`. */
  #batch(bytes: Uint8Array, lineFeeds: number): InputBatch {
    const lineCount = lineFeeds + loneCarriageReturns(bytes);
    const batch = { firstLine: this.#nextLine, lineCount, bytes };
    this.#nextLine += lineCount;
    return batch;
  }
}

/**
 * The index of the `n`th `\n` from `start` when the bytes hold `n` of them, else -1. Full batches end there;
 * fewer than `n` wait for more input.
 */
function nthLineFeed(bytes: Uint8Array, start: number, n: number): number {
  let at = start - 1;
  for (let i = 0; i < n; i++) {
    at = bytes.indexOf(LF, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function lineFeeds(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, at + 1)) count++;
  return count;
}

/** How many `\r` end a line on their own, not followed by `\n` (none, in nearly every input: one search). */
function loneCarriageReturns(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(CR); at >= 0; at = bytes.indexOf(CR, at + 1)) if (bytes[at + 1] !== LF) count++;
  return count;
}

function endsWithLineEnd(bytes: Uint8Array): boolean {
  const last = bytes[bytes.length - 1];
  return last === LF || last === CR;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const both = new Uint8Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
}

const LINE_END = /\r\n|\n|\r/;

/**
 * The lines of a batch's text, as readline would give them: split at `\n`, `\r\n` and lone `\r`, without a last
 * empty line when the text ends with a line end.
 */
export function linesOf(text: string): string[] {
  const lines = text.split(LINE_END);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
