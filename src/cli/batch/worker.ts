/**
 * A worker thread of `check --input`: answers the batches of input lines the main thread posts, in any order,
 * and posts each batch's output back as UTF-8 bytes whose buffer is transferred, not copied. (Posted as text, the
 * output was copied twice, into the message and out of it, and the main thread then encoded it as it wrote: with
 * as many workers as cores, that work took time from the workers.)
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

// TextEncoder gives every output a buffer of its own: a short Buffer.from(text) would share Node's pool, which
// cannot be transferred.
const utf8 = new TextEncoder();

/** `text` as UTF-8, in `spare` when it fits there, else in a new buffer. */
function encode(text: string, spare: ArrayBuffer | undefined): Uint8Array {
  if (spare !== undefined) {
    const target = new Uint8Array(spare);
    const { read, written } = utf8.encodeInto(text, target);
    if (read === text.length) return target.subarray(0, written);
  }
  return utf8.encode(text);
}

if (parentPort !== null) {
  const port = parentPort;
  const answerer = new BatchAnswerer(workerData as BatchSetup);
  port.on('message', ({ seq, batch, spare }: BatchRequest) => {
    let reply: BatchReply;
    try {
      const { output, ok, failed } = answerer.answer(batch);
      reply = { seq, output: typeof output === 'string' ? encode(output, spare) : output, ok, failed };
    } catch (error) {
      reply = { seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply, 'output' in reply ? [reply.output.buffer as ArrayBuffer] : []);
  });
}
