import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { BatchAnswerer, type AnsweredBatch, type BatchSetup } from '../batch/answer.js';
import { SpareBuffers } from '../batch/bytes.js';
import { WorkerPool } from '../batch/pool.js';
import { LineBatcher, type InputBatch } from '../batch/split.js';
import type { CliContext } from '../context.js';
import { CliFailure, EXIT } from '../errors.js';
import { writeAll } from '../output.js';

/** What `check --input` was asked to do. */
export interface BatchOptions extends BatchSetup {
  /** A file path, or `-` for standard input. */
  readonly input: string;
  /** How many threads answer lines: 1 answers them in this thread. */
  readonly workers: number;
}

// Lines per batch: enough that handing a batch to a worker costs little beside answering it, few enough that a
// batch's output (held until it is written) stays small and dies young in the worker's heap. Whole decisions
// (--full) are some twelve times longer, so their batches are shorter.
const LINES_PER_BATCH = 512;
const FULL_LINES_PER_BATCH = 32;
// Batches handed out and not yet written, per thread answering: a worker holds one being answered and up to three
// waiting, so that it still has work while this thread answers a batch of its own or waits for the oldest one.
const IN_FLIGHT_PER_WORKER = 4;
// Batches answered here that may wait, written, behind a worker's older ones: with none, this thread would stop
// at each batch a worker has not finished, which while a worker starts (compiling, then running cold code) is most
// of them. Measured: 1,000,000 lines 2–5 % faster with 8 to 32 (16: about 8 MB more held at most).
const AHEAD_OF_WORKERS = 16;
const READ_CHUNK = 1 << 20;
// Written output buffers kept for reuse: about one per batch in flight, and those whose writes are finishing.
const SPARE_BUFFERS = 12;
const PROGRESS_EVERY_MS = 250;

function openInput(input: string, ctx: CliContext): Readable {
  return input === '-' ? ctx.stdin : createReadStream(input, { highWaterMark: READ_CHUNK });
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** The input's chunks; a failure to read it (a missing file, say) is reported as the user's to fix. */
async function* chunksOf(input: Readable, name: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of input as AsyncIterable<Uint8Array>) yield chunk;
  } catch (error) {
    throw new CliFailure(`cannot read --input ${JSON.stringify(name)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Where batches are answered. With `workers` threads, this thread is one of them: a pool of `workers - 1` worker
 * threads is started once the input holds more than one batch (a short input is answered before workers could
 * have started), and this thread answers a batch itself whenever every worker already has its fill. That puts to
 * work the time this thread would spend waiting — all of it while the workers start, which takes as long as
 * answering tens of thousands of lines — and saves starting a worker.
 */
class Answerers {
  #local: BatchAnswerer | undefined;
  #pool: WorkerPool | undefined;
  readonly #spares = new SpareBuffers(SPARE_BUFFERS);

  constructor(private readonly options: BatchOptions) {}

  answer(batch: InputBatch, alone: boolean): Promise<AnsweredBatch> {
    const workers = this.options.workers - 1;
    if (workers < 1 || alone) return this.#answerHere(batch);
    this.#pool ??= new WorkerPool(workers, this.options);
    if (this.#pool.waiting >= workers * IN_FLIGHT_PER_WORKER) return this.#answerHere(batch);
    return this.#pool.run(batch, this.#spares.take());
  }

  #answerHere(batch: InputBatch): Promise<AnsweredBatch> {
    this.#local ??= new BatchAnswerer(this.options);
    try {
      return Promise.resolve(this.#local.answer(batch, this.#spares.take()));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Hands a written batch's output back for reuse. */
  written(output: Uint8Array): void {
    this.#spares.give(output);
  }

  close(): Promise<void> {
    return this.#pool?.close() ?? Promise.resolve();
  }
}

/** Shows how far a batch has got on stderr, when stderr is a terminal; cleared before the summary. */
class Progress {
  #lastShown = 0;
  #shown = false;

  constructor(
    private readonly ctx: CliContext,
    private readonly started: number,
  ) {}

  update(lines: number): void {
    if (this.ctx.stderr.isTTY !== true) return;
    const now = performance.now();
    if (now - this.#lastShown < PROGRESS_EVERY_MS) return;
    this.#lastShown = now;
    this.#shown = true;
    const rate = Math.round(lines / ((now - this.started) / 1000));
    this.ctx.stderr.write(`\r${this.ctx.program}: ${count(lines)} lines, ${count(rate)} lines/s\u001b[K`);
  }

  clear(): void {
    if (this.#shown) this.ctx.stderr.write('\r\u001b[K');
  }
}

/**
 * `check --input FILE|-`: streams NDJSON members through the library, one output line per input line in
 * order. The input is cut into batches of whole lines, answered by `options.workers` threads (one per core by
 * default) and written back in input order. Memory stays flat whatever the input size: reading pauses while
 * `workers × 4 + 16` batches are out or while stdout pushes back. Prints a summary to stderr; exits 1 when any line
 * failed.
 */
export async function runBatch(options: BatchOptions, ctx: CliContext): Promise<number> {
  const started = performance.now();
  const input = openInput(options.input, ctx);
  const batcher = new LineBatcher(options.full ? FULL_LINES_PER_BATCH : LINES_PER_BATCH);
  const answerers = new Answerers(options);
  const progress = new Progress(ctx, started);
  const maxInFlight = options.workers <= 1 ? 1 : options.workers * IN_FLIGHT_PER_WORKER + AHEAD_OF_WORKERS;
  const inFlight: { readonly lines: number; readonly answer: Promise<AnsweredBatch> }[] = [];
  let held: InputBatch | undefined;
  let total = 0;
  let ok = 0;
  let failed = 0;

  const writeNext = async () => {
    const { lines, answer } = inFlight.shift()!;
    const answered = await answer;
    ok += answered.ok;
    failed += answered.failed;
    total += lines;
    // Waiting until the stream has written the batch (not only until it takes more) bounds the output held in
    // memory, and frees the buffer to be written into again.
    await writeAll(ctx.stdout, answered.output);
    answerers.written(answered.output);
    progress.update(total);
  };
  const send = async (batch: InputBatch, alone: boolean) => {
    const answer = answerers.answer(batch, alone);
    // Settled in order by writeNext; until then a failure must not count as unhandled.
    answer.catch(() => {});
    inFlight.push({ lines: batch.lineCount, answer });
    while (inFlight.length >= maxInFlight) await writeNext();
    // After a batch answered here, the workers' answers that came in meanwhile are taken before the next batch,
    // so that each worker is handed more work before it runs out.
    if (options.workers > 1) await new Promise(setImmediate);
  };

  try {
    for await (const chunk of chunksOf(input, options.input)) {
      for (const batch of batcher.push(chunk)) {
        // The first batch waits until a second exists, so that a short input never starts workers.
        if (held === undefined && inFlight.length === 0 && total === 0) {
          held = batch;
          continue;
        }
        if (held !== undefined) await send(held, false);
        held = undefined;
        await send(batch, false);
      }
    }
    const last = batcher.end();
    if (held !== undefined) await send(held, last === undefined && inFlight.length === 0);
    if (last !== undefined) await send(last, held === undefined && inFlight.length === 0 && total === 0);
    while (inFlight.length > 0) await writeNext();
  } finally {
    await answerers.close();
  }
  await writeAll(ctx.stdout, '');
  progress.clear();
  const seconds = (performance.now() - started) / 1000;
  const rate = seconds > 0 ? Math.round(total / seconds) : total;
  const failedText = failed === 0 ? '0 failed' : `${count(failed)} failed (see their "error" lines)`;
  await writeAll(ctx.stderr, `${ctx.program}: ${count(total)} lines: ${count(ok)} answered, ${failedText}; ${seconds.toFixed(2)} s, ${count(rate)} lines/s\n`);
  return failed === 0 ? EXIT.ok : EXIT.failed;
}
