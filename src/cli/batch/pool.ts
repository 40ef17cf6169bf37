import { Worker } from 'node:worker_threads';
import type { AnsweredBatch, BatchSetup } from './answer.js';
import type { InputBatch } from './split.js';
import type { BatchReply, BatchRequest } from './worker.js';

interface Pending {
  readonly resolve: (answer: AnsweredBatch) => void;
  readonly reject: (error: unknown) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
}

/**
 * The worker script beside this module in the built dist/ (`cli-worker.js`, or `.cjs` in the CommonJS build),
 * as the bin runs it.
 */
function workerScript(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.cjs') ? './cli-worker.cjs' : './cli-worker.js', here);
}

// Each worker is a V8 heap of its own, and left alone V8 lets each grow well past what it needs (measured: 250 MB
// for the process with two workers). A batch's output goes into a byte buffer line by line, so what dies young is
// one line's strings at a time: an 8 MB young generation holds that (measured faster than 24 MB, and 20 MB less
// per process). The old generation holds the engine's bounded caches, some 20 MB at their fullest.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };

/**
 * A fixed set of worker threads answering batches; each batch goes to the worker with the fewest waiting.
 * Workers send their output as bytes, and a batch can carry a buffer of written output for its worker to write
 * into.
 */
export class WorkerPool {
  readonly #slots: Slot[];
  #seq = 0;
  #failure: unknown;

  constructor(size: number, setup: BatchSetup) {
    this.#slots = Array.from({ length: size }, () => this.#start(setup));
  }

  #start(setup: BatchSetup): Slot {
    const worker = new Worker(workerScript(), { workerData: setup, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (reply: BatchReply) => {
      const pending = slot.pending.get(reply.seq);
      slot.pending.delete(reply.seq);
      if ('error' in reply) {
        const error = new Error('an input line could not be answered');
        error.stack = reply.error;
        pending?.reject(error);
      } else {
        pending?.resolve({ output: reply.output, ok: reply.ok, failed: reply.failed });
      }
    });
    const fail = (error: unknown) => {
      this.#failure ??= error;
      for (const { reject } of slot.pending.values()) reject(error);
      slot.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (slot.pending.size > 0) fail(new Error(`a batch worker stopped (exit code ${code}) with batches unanswered`));
    });
    return slot;
  }

  /** How many batches the workers hold, answered or not yet sent back. */
  get waiting(): number {
    let waiting = 0;
    for (const slot of this.#slots) waiting += slot.pending.size;
    return waiting;
  }

  /**
   * Sends a batch to the least busy worker, with `spare` (which moves to the worker); resolves with its answer.
   */
  run(batch: InputBatch, spare: ArrayBuffer | undefined): Promise<AnsweredBatch> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    const slot = this.#slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
    const seq = this.#seq++;
    // A copy into a buffer of its own (Buffer#slice would not copy), which is then moved to the worker rather
    // than copied again.
    const bytes = new Uint8Array(batch.bytes);
    const request: BatchRequest = { seq, batch: { firstLine: batch.firstLine, lineCount: batch.lineCount, bytes }, spare };
    const transfer = spare === undefined ? [bytes.buffer as ArrayBuffer] : [bytes.buffer as ArrayBuffer, spare];
    return new Promise((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject });
      slot.worker.postMessage(request, transfer);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.#slots.map(({ worker }) => worker.terminate()));
  }
}
