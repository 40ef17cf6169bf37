#!/usr/bin/env node
/**
 * The `linkedin-policy-data` command: LinkedIn's data-use policy for a member, from a terminal or a script.
 * Run with no arguments for a sample query, or `--help` for the commands.
 *
 * @module
 */
import { DATA_AS_OF, DATA_VERSION } from '../index.js';
import { nearest } from './args.js';
import { checkCommand } from './commands/check.js';
import { exportCommand } from './commands/export.js';
import { exposureCommand } from './commands/exposure.js';
import { regionsCommand } from './commands/regions.js';
import { sampleCommand } from './commands/sample.js';
import { sourcesCommand } from './commands/sources.js';
import { timelineCommand } from './commands/timeline.js';
import type { CliContext } from './context.js';
import { describeFailure, EXIT, UsageError } from './errors.js';
import { HELP } from './help.js';
import { writeAll } from './output.js';
import { colourFor } from './render/colour.js';
import { outputWidth } from './render/text.js';

const PROGRAM = 'linkedin-policy-data';

const COMMANDS: Readonly<Record<string, (args: readonly string[], ctx: CliContext) => Promise<number>>> = {
  check: checkCommand,
  timeline: timelineCommand,
  exposure: exposureCommand,
  regions: regionsCommand,
  sources: sourcesCommand,
  export: exportCommand,
};

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
    await writeAll(ctx.stdout, `${PROGRAM} ${DATA_VERSION} (data ${DATA_VERSION}, last checked against its sources on ${DATA_AS_OF})\n`);
    return EXIT.ok;
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option ${first}: a command comes first, such as '${PROGRAM} check ${first}'`);
  const command = COMMANDS[first];
  if (command === undefined) throw unknownCommand(first);
  return command(rest, ctx);
}

const ctx: CliContext = {
  program: PROGRAM,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  style: { colour: colourFor(process.stdout, process.env), width: outputWidth(process.stdout) },
  now: new Date(),
};

// A reader that stops early (`| head`) closes the pipe: stop quietly instead of dying with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? EXIT.ok);
});

main(process.argv.slice(2), ctx).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const { text, exitCode } = describeFailure(error, PROGRAM);
    process.stderr.write(text);
    process.exitCode = exitCode;
  },
);
