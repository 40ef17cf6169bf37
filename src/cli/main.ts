/**
 * The `linkedin-policy-data` command: LinkedIn's data-use policy for a member, from a terminal or a script.
 * Run with no arguments for a sample query, or `--help` for the commands. {@link run} is the whole command,
 * given its streams and environment; bin.ts hands it the process's.
 *
 * @module
 */
import type { Readable } from 'node:stream';
import { DATA_AS_OF, DATA_VERSION } from '../index.js';
import { nearest } from './args.js';
import { checkCommand, OPTIONS as CHECK_OPTIONS } from './commands/check.js';
import { exposureCommand, OPTIONS as EXPOSURE_OPTIONS } from './commands/exposure.js';
import { regionsCommand, OPTIONS as REGIONS_OPTIONS } from './commands/regions.js';
import { exportCommand, OPTIONS as EXPORT_OPTIONS } from './commands/export.js';
import { sampleCommand } from './commands/sample.js';
import { sourcesCommand, OPTIONS as SOURCES_OPTIONS } from './commands/sources.js';
import { timelineCommand, OPTIONS as TIMELINE_OPTIONS } from './commands/timeline.js';
import type { CliContext, CliOutput } from './context.js';
import { describeFailure, EXIT, UsageError } from './errors.js';
import { HELP } from './help.js';
import { writeAll } from './output.js';
import { BIN, programName } from './program.js';
import { colourFor } from './render/colour.js';
import { outputWidth } from './render/text.js';

const COMMANDS: Readonly<Record<string, (args: readonly string[], ctx: CliContext) => Promise<number>>> = {
  check: checkCommand,
  timeline: timelineCommand,
  exposure: exposureCommand,
  regions: regionsCommand,
  sources: sourcesCommand,
  export: exportCommand,
};

/** Each command's options, to tell a misplaced option (`--json check`) from one no command has (`--color`). */
const OPTIONS_OF: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  check: CHECK_OPTIONS,
  timeline: TIMELINE_OPTIONS,
  exposure: EXPOSURE_OPTIONS,
  regions: REGIONS_OPTIONS,
  sources: SOURCES_OPTIONS,
  export: EXPORT_OPTIONS,
};

function misplacedOption(flag: string, program: string): UsageError {
  const name = flag.replace(/^-+/, '').split('=')[0] ?? '';
  const owners = Object.keys(OPTIONS_OF).filter((command) => name in OPTIONS_OF[command]!);
  if (owners.length > 0) {
    return new UsageError(`unknown option ${flag}: a command comes first, such as '${program} ${owners[0]} ${flag}'`);
  }
  const near = nearest(name, [...new Set(Object.values(OPTIONS_OF).flatMap((options) => Object.keys(options)))]);
  const hint = near === undefined ? '' : ` (did you mean --${near}, after a command?)`;
  return new UsageError(`unknown option ${flag}: no command has it${hint}`);
}

async function help(topic: string | undefined, ctx: CliContext): Promise<number> {
  const text = HELP[topic ?? ''];
  if (text === undefined) throw unknownCommand(topic ?? '');
  await writeAll(ctx.stdout, text(ctx.program));
  return EXIT.ok;
}

function unknownCommand(name: string): UsageError {
  const near = nearest(name, Object.keys(COMMANDS));
  const hint = near === undefined ? '' : ` (did you mean ${near}?)`;
  return new UsageError(`unknown command ${JSON.stringify(name)}${hint}; expected one of ${Object.keys(COMMANDS).join(', ')}`);
}

/** Runs the command line `argv` (without `node` and the script) and resolves to the exit code. */
async function main(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) return sampleCommand(ctx);
  if (first === '--help' || first === '-h') return help(undefined, ctx);
  if (first === 'help') return help(rest[0], ctx);
  if (first === '--version' || first === '-V') {
    await writeAll(ctx.stdout, `${BIN} ${DATA_VERSION} (data ${DATA_VERSION}, last checked against its sources on ${DATA_AS_OF})\n`);
    return EXIT.ok;
  }
  if (first.startsWith('-')) throw misplacedOption(first, ctx.program);
  const command = COMMANDS[first];
  if (command === undefined) throw unknownCommand(first);
  return command(rest, ctx);
}

/** What the command reads and writes: the process's own streams and environment, or a test's. */
export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly stdin: Readable;
  /** The environment: `PATH` and `npm_command` for the program name, `NO_COLOR`, `FORCE_COLOR` and `TERM` for colour. */
  readonly env: NodeJS.ProcessEnv;
  /** The moment "now" stands for; the current time when not given. */
  readonly now?: Date;
}

/**
 * Runs the command line `argv` (without `node` and the script) against `io` and resolves to the exit code.
 * Failures are reported on `io.stderr` as the bin reports them; nothing here touches the process itself.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const ctx: CliContext = {
    program: programName(io.env),
    stdout: io.stdout,
    stderr: io.stderr,
    stdin: io.stdin,
    style: { colour: colourFor(io.stdout, io.env), width: outputWidth(io.stdout) },
    now: io.now ?? new Date(),
  };
  try {
    return await main(argv, ctx);
  } catch (error) {
    const { text, exitCode } = describeFailure(error, ctx.program);
    await writeAll(io.stderr, text);
    return exitCode;
  }
}
