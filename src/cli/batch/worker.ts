/**
 * A worker thread of `check --input`: answers the batches of input lines the main thread posts, in any order,
 * and posts each batch's output back as text. (Encoding it to UTF-8 here took a fifth of a worker's time; the
 * main thread, which is mostly waiting, encodes it as it writes.)
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
}

/** A worker's answer to a {@link BatchRequest}: its output, or the unexpected error that stopped it. */
export type BatchReply =
  | { readonly seq: number; readonly text: string; readonly ok: number; readonly failed: number }
  | { readonly seq: number; readonly error: string };

if (parentPort !== null) {
  const port = parentPort;
  const answerer = new BatchAnswerer(workerData as BatchSetup);
  port.on('message', ({ seq, batch }: BatchRequest) => {
    let reply: BatchReply;
    try {
      reply = { seq, ...answerer.answer(batch) };
    } catch (error) {
      reply = { seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
