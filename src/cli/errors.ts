import { PolicyInputError } from '../index.js';

/**
 * Exit codes, a contract for scripts: 0 when everything asked was answered, 1 when an answer could not be
 * given (bad policy input such as an unknown country or date, an unreadable input file, a batch with failed
 * lines), 2 when the command line itself is wrong (unknown command or flag, missing or misspelt flag value).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A command line that cannot be run as written; reported without a stack trace, with exit code 2. */
export class UsageError extends Error {
  /** The subcommand whose help explains the fix, if any. */
  readonly command: string | undefined;

  /**
   * @param message - what is wrong, naming the flag and the value
   * @param command - the subcommand being parsed, so the message can point at its `--help`
   */
  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** A failure the user can act on (such as a missing input file): reported without a stack trace, exit 1. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliFailure';
  }
}

// The library names its own fields; the user typed flags, so the message says which flag to fix.
const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  country: '--country',
  at: '--date',
  birthDate: '--birth-date',
  timeZone: '--time-zone',
  optOuts: '--opted-out',
  purpose: '--purpose',
  'range.from': '--from',
  'range.to': '--to',
};

/** The command-line flag that sets a library input field such as `at` or `optOuts.ai-training`. */
export function flagOfField(field: string): string | undefined {
  return FLAG_OF_FIELD[field] ?? (field.startsWith('optOuts.') ? '--opted-out' : undefined);
}

/**
 * The text printed for an error that ends a command, and the exit code it calls for. User errors get one
 * plain line (two for bad policy input: the code and the flag); anything else is a bug and keeps its stack.
 */
export function describeFailure(error: unknown, program: string): { text: string; exitCode: number } {
  if (error instanceof UsageError) {
    const help = error.command === undefined ? `${program} --help` : `${program} ${error.command} --help`;
    return { text: `error: ${error.message}\nSee '${help}'.\n`, exitCode: EXIT.usage };
  }
  if (error instanceof PolicyInputError) {
    const flag = flagOfField(error.field);
    const where = flag === undefined ? `field ${error.field}` : `flag ${flag}, field ${error.field}`;
    // The library's message carries any suggestion (UK → GB), from the one list both read.
    return { text: `error: ${error.message}\n  (${error.code}; ${where})\n`, exitCode: EXIT.failed };
  }
  if (error instanceof CliFailure) return { text: `error: ${error.message}\n`, exitCode: EXIT.failed };
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { text: `internal error (please report it): ${detail}\n`, exitCode: EXIT.failed };
}
