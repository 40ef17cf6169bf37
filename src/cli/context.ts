import type { Readable, Writable } from 'node:stream';
import type { TextStyle } from './render/text.js';

/** An output stream as the commands use it: written to, and asked whether (and how wide) a terminal it is. */
export type CliOutput = Writable & { readonly isTTY?: boolean; readonly columns?: number };

/** What a command needs from the process, passed in so that commands hold no global state. */
export interface CliContext {
  /** The name the tool is invoked by, for messages and help. */
  readonly program: string;
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly stdin: Readable;
  /** How to lay out text on stdout: colour only on a terminal and never with `NO_COLOR`. */
  readonly style: TextStyle;
  /** The moment "now" stands for, read once so that one run answers for one instant. */
  readonly now: Date;
}
