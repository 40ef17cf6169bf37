// A batch's output is about 1.5 kB a line, so 1 MiB holds a batch of 512 lines with room to spare.
const INITIAL_BYTES = 1 << 20;
// Up to this many bytes are copied one by one rather than with TypedArray#set (measured: a loop is cheaper for a
// line's punctuation, TypedArray#set from an instant's 24 bytes up).
const SHORT_BYTES = 16;
// The most UTF-8 bytes one UTF-16 code unit can take (a surrogate pair's two units take four).
const MAX_BYTES_PER_UNIT = 3;

/**
 * Output lines encoded as UTF-8 into one buffer as they are made. Encoding a batch's text in one go cost more
 * than making it: the text of 512 lines is a rope of tens of thousands of pieces that V8 must first copy into
 * one string. A line at a time, each piece is encoded straight after it is made.
 */
export class ByteOutput {
  #buffer: Buffer;
  #length = 0;

  /** @param spare - a buffer whose contents are no longer needed, to write into first */
  constructor(spare?: ArrayBuffer) {
    // allocUnsafeSlow: a buffer of its own, never a slice of Node's shared pool, so that it can be transferred.
    this.#buffer = spare === undefined ? Buffer.allocUnsafeSlow(INITIAL_BYTES) : Buffer.from(spare);
  }

  write(text: string): void {
    const needed = text.length * MAX_BYTES_PER_UNIT;
    if (this.#buffer.length - this.#length < needed) this.#grow(needed);
    this.#length += this.#buffer.write(text, this.#length);
  }

  /** Bytes already encoded, copied as they are: the parts of a line that repeat from line to line. */
  writeBytes(bytes: Uint8Array): void {
    if (this.#buffer.length - this.#length < bytes.length) this.#grow(bytes.length);
    if (bytes.length > SHORT_BYTES) {
      this.#buffer.set(bytes, this.#length);
      this.#length += bytes.length;
      return;
    }
    // A line's punctuation is a few bytes: a loop costs less than a call into TypedArray#set.
    const buffer = this.#buffer;
    let at = this.#length;
    for (let i = 0; i < bytes.length; i++) buffer[at++] = bytes[i]!;
    this.#length = at;
  }

  /**
   * Text known to be ASCII (an ISO instant), one byte per character: for a few dozen characters a loop costs
   * less than a call into the encoder.
   */
  writeAscii(text: string): void {
    if (this.#buffer.length - this.#length < text.length) this.#grow(text.length);
    const buffer = this.#buffer;
    let at = this.#length;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.#length = at;
  }

  /** A non-negative integer in decimal digits (a line number), without making its string. */
  writeDecimal(value: number): void {
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    if (this.#buffer.length - this.#length < digits) this.#grow(digits);
    const buffer = this.#buffer;
    let rest = value;
    for (let at = this.#length + digits - 1; at >= this.#length; at--) {
      buffer[at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.#length += digits;
  }

  /** How many bytes have been written: a mark to {@link truncate} back to. */
  get length(): number {
    return this.#length;
  }

  /** Drops what was written after `mark`: a line that failed half-way is written again as an error. */
  truncate(mark: number): void {
    this.#length = mark;
  }

  /** The bytes written, in the buffer they were written to. */
  bytes(): Uint8Array {
    return this.#buffer.subarray(0, this.#length);
  }

  #grow(needed: number): void {
    const bigger = Buffer.allocUnsafeSlow(Math.max(this.#buffer.length * 2, this.#length + needed));
    this.#buffer.copy(bigger, 0, 0, this.#length);
    this.#buffer = bigger;
  }
}

/**
 * Buffers of output already written, kept to be written into again: without them every batch would take a new
 * megabyte, and V8 frees such buffers only when the heap they hang from is next collected, which in a thread
 * that makes little garbage of its own can be many batches later.
 */
export class SpareBuffers {
  readonly #buffers: ArrayBuffer[] = [];

  /** @param limit - how many to keep: about as many as there are batches in flight */
  constructor(private readonly limit: number) {}

  /** Keeps the buffer of output that has been written. */
  give(written: Uint8Array): void {
    if (this.#buffers.length < this.limit) this.#buffers.push(written.buffer as ArrayBuffer);
  }

  take(): ArrayBuffer | undefined {
    return this.#buffers.pop();
  }
}
