import type { DateInput, PurposeId } from '../../index.js';
import { ByteOutput } from './bytes.js';
import { BatchLines } from './lines.js';
import type { InputBatch } from './split.js';

/** What every process answering batches needs to know, the same in the main thread and in each worker. */
export interface BatchSetup {
  readonly purposes: readonly PurposeId[];
  /** The moment for lines that carry no `at`. */
  readonly defaultAt: DateInput | undefined;
  /** Whole decisions (`--full`) instead of the compact form. */
  readonly full: boolean;
}

/**
 * A batch's output lines as UTF-8, with how many of its lines were answered and how many failed. A worker's
 * output moves to the main thread without a copy (its buffer is transferred).
 */
export interface AnsweredBatch {
  readonly output: Uint8Array;
  readonly ok: number;
  readonly failed: number;
}

/**
 * Answers batches of input lines: decodes each batch's bytes as UTF-8 and turns every line into its output line.
 * A bad line is a PolicyInputError (or SyntaxError) thrown and caught; its stack trace is never shown, and
 * capturing one costs about 10 µs, several times the cost of answering a good line, so traces are off while a
 * batch is answered. An unexpected error still gets its stack: the line is run again with the limit restored.
 */
export class BatchAnswerer {
  readonly #lines: BatchLines;

  constructor(setup: BatchSetup) {
    this.#lines = new BatchLines(setup.purposes, setup.defaultAt, setup.full);
  }

  /** @param spare - a buffer of output already written, to write this batch's output into */
  answer(batch: InputBatch, spare?: ArrayBuffer): AnsweredBatch {
    const text = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength).toString('utf8');
    const { ok, failed } = this.#lines;
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      const out = new ByteOutput(spare);
      this.#lines.processText(text, batch.firstLine, out);
      return { output: out.bytes(), ok: this.#lines.ok - ok, failed: this.#lines.failed - failed };
    } catch (error) {
      Error.stackTraceLimit = stackTraceLimit;
      throw withStack(error, () => this.#lines.processText(text, batch.firstLine, new ByteOutput()));
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }
}

/** An unexpected error, thrown again by re-running the batch (the library is pure) to get its stack trace. */
function withStack(error: unknown, rerun: () => unknown): unknown {
  try {
    rerun();
  } catch (again) {
    return again;
  }
  return error;
}
