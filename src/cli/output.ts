import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Writes `text` and resolves once the stream has taken it, so that the process can end with
 * `process.exitCode` (never `process.exit()`, which cuts off output still queued for a pipe).
 */
export function writeAll(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error === null || error === undefined ? resolve() : reject(error)));
  });
}

const CHUNK = 1 << 16;

/**
 * Gathers many small writes into chunks of about 64 KiB (one `write` per line would cost a system call
 * each) and applies backpressure: while the stream asks to wait, nothing more is written and `onBlocked` is
 * called so that the producer can pause; `onUnblocked` is called once the stream has drained.
 */
export class ChunkedWriter {
  private pending = '';
  private blocked = false;

  constructor(
    private readonly stream: Writable,
    private readonly onBlocked: () => void = () => {},
    private readonly onUnblocked: () => void = () => {},
  ) {}

  /** Queues `text`, writing a chunk when enough has gathered and the stream is not pushing back. */
  push(text: string): void {
    this.pending += text;
    if (!this.blocked && this.pending.length >= CHUNK) this.flush();
  }

  private flush(): void {
    const chunk = this.pending;
    this.pending = '';
    if (this.stream.write(chunk)) return;
    this.blocked = true;
    this.onBlocked();
    this.stream.once('drain', () => {
      this.blocked = false;
      // Lines produced while blocked (the rest of an input chunk) wait here, not in the stream's buffer.
      if (this.pending.length >= CHUNK) this.flush();
      if (!this.blocked) this.onUnblocked();
    });
  }

  /** Writes what is left and resolves once the stream has taken all of it. */
  async end(): Promise<void> {
    while (this.blocked) await once(this.stream, 'drain');
    const rest = this.pending;
    this.pending = '';
    await writeAll(this.stream, rest);
  }
}
