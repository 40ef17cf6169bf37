import type { TextStyle } from './render/text.js';

/** What a command needs from the process, passed in so that commands hold no global state. */
export interface CliContext {
  /** The name the tool is invoked by, for messages and help. */
  readonly program: string;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadStream;
  /** How to lay out text on stdout: colour only on a terminal and never with `NO_COLOR`. */
  readonly style: TextStyle;
  /** The moment "now" stands for, read once so that one run answers for one instant. */
  readonly now: Date;
}
