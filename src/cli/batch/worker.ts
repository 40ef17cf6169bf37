/**
 * A worker thread of `check --input`: answers the batches of input lines the main thread posts, in any order,
 * and posts each batch's output back as UTF-8 bytes whose buffer is transferred, not copied. (Posted as text, the
 * output was copied twice, into the message and out of it, and the main thread then encoded it as it wrote: with
 * as many workers as cores, that work took time from the workers.) The main thread sends written buffers back
 * with later batches, to be written into again.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BatchAnswerer, type BatchSetup } from './answer.js';
import type { InputBatch } from './split.js';

/** A batch for a worker, numbered so the main thread can put answers back in input order. */
export interface BatchRequest {
  readonly seq: number;
  readonly batch: InputBatch;
  /** A buffer of output already written, to fill with this batch's output if it fits. */
  readonly spare: ArrayBuffer | undefined;
}

/** A worker's answer to a {@link BatchRequest}: its output, or the unexpected error that stopped it. */
export type BatchReply =
  | { readonly seq: number; readonly output: Uint8Array; readonly ok: number; readonly failed: number }
  | { readonly seq: number; readonly error: string };

if (parentPort !== null) {
  const port = parentPort;
  const answerer = new BatchAnswerer(workerData as BatchSetup);
  port.on('message', ({ seq, batch, spare }: BatchRequest) => {
    let reply: BatchReply;
    try {
      reply = { seq, ...answerer.answer(batch, spare) };
    } catch (error) {
      reply = { seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply, 'output' in reply ? [reply.output.buffer as ArrayBuffer] : []);
  });
}
