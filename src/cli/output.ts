import type { Writable } from 'node:stream';

/**
 * Writes `text` and resolves once the stream has taken it, so that the process can end with
 * `process.exitCode` (never `process.exit()`, which cuts off output still queued for a pipe).
 */
export function writeAll(stream: Writable, text: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error === null || error === undefined ? resolve() : reject(error)));
  });
}
