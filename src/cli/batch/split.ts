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
  #pending: Uint8Array = new Uint8Array(0);
  #nextLine = 1;

  /** @param linesPerBatch - how many `\n`-terminated lines make a batch (a lone `\r` adds to a batch's count) */
  constructor(private readonly linesPerBatch: number) {}

  /** Takes the next chunk of input and returns the batches it completes. */
  push(chunk: Uint8Array): InputBatch[] {
    const bytes = this.#pending.length === 0 ? chunk : concat(this.#pending, chunk);
    const batches: InputBatch[] = [];
    let start = 0;
    for (;;) {
      const end = nthLineFeed(bytes, start, this.linesPerBatch);
      if (end < 0) break;
      batches.push(this.#batch(bytes.subarray(start, end + 1), false));
      start = end + 1;
    }
    // A copy (Buffer#slice would not copy), so that the pending bytes do not keep their whole chunk alive.
    this.#pending = start === bytes.length ? new Uint8Array(0) : new Uint8Array(bytes.subarray(start));
    return batches;
  }

  /** The last lines, once the input has ended (none when it ended with a line end). */
  end(): InputBatch | undefined {
    if (this.#pending.length === 0) return undefined;
    const batch = this.#batch(this.#pending, true);
    this.#pending = new Uint8Array(0);
    return batch;
  }

  #batch(bytes: Uint8Array, last: boolean): InputBatch {
    const lineCount = lineEnds(bytes) + (last && !endsWithLineEnd(bytes) ? 1 : 0);
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

/** How many line ends the bytes hold: each `\n` (with its `\r` if any) and each lone `\r`. */
function lineEnds(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, at + 1)) count++;
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
