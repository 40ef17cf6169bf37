import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { DateInput, Decision, PurposeId } from '../../index.js';
import { BatchLines } from '../batch/lines.js';
import type { CliContext } from '../context.js';
import { CliFailure, EXIT } from '../errors.js';
import { ChunkedWriter, writeAll } from '../output.js';

/** What `check --input` was asked to do. */
export interface BatchOptions {
  /** A file path, or `-` for standard input. */
  readonly input: string;
  readonly purposes: readonly PurposeId[];
  /** The moment for lines that carry no `at`. */
  readonly defaultAt: DateInput | undefined;
  readonly serialize: (decision: Decision) => string;
}

function openInput(input: string, ctx: CliContext): Readable {
  return input === '-' ? ctx.stdin : createReadStream(input, { highWaterMark: 1 << 16 });
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * `check --input FILE|-`: streams NDJSON members through the library, one output line per input line in
 * order. Memory stays flat whatever the input size: one input chunk and one output chunk are held at a time,
 * and reading pauses whenever stdout pushes back. Prints a summary to stderr; exits 1 when any line failed.
 */
export async function runBatch(options: BatchOptions, ctx: CliContext): Promise<number> {
  const started = performance.now();
  const lines = new BatchLines(options.purposes, options.defaultAt, options.serialize);
  const input = openInput(options.input, ctx);
  let reader: ReturnType<typeof createInterface> | undefined;
  const out = new ChunkedWriter(
    ctx.stdout,
    () => reader?.pause(),
    () => reader?.resume(),
  );
  // A bad line is a PolicyInputError (or SyntaxError) thrown and caught; its stack trace is never shown, and
  // capturing one costs about 10 µs, several times the cost of answering a good line. An unexpected error
  // still gets its stack: withStack() runs the line again with the limit restored.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const unreadable = (error: Error) => reject(new CliFailure(`cannot read --input ${JSON.stringify(options.input)}: ${error.message}`));
      input.on('error', unreadable);
      const lineReader = createInterface({ input, crlfDelay: Infinity });
      // readline passes its input's errors on as its own; unhandled, they would end the process with a trace.
      lineReader.on('error', unreadable);
      reader = lineReader;
      lineReader.on('line', (text) => {
        total++;
        // A byte-order mark is not part of the first line's JSON.
        const line = total === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        try {
          out.push(lines.process(line, total));
        } catch (error) {
          lineReader.close();
          input.destroy();
          reject(withStack(error, () => lines.process(line, total), stackTraceLimit));
        }
      });
      lineReader.once('close', resolve);
    });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  await out.end();
  const seconds = (performance.now() - started) / 1000;
  const rate = seconds > 0 ? Math.round(total / seconds) : total;
  const failed = lines.failed === 0 ? '0 failed' : `${count(lines.failed)} failed (see their "error" lines)`;
  await writeAll(
    ctx.stderr,
    `${ctx.program}: ${count(total)} lines: ${count(lines.ok)} answered, ${failed}; ${seconds.toFixed(2)} s, ${count(rate)} lines/s\n`,
  );
  return lines.failed === 0 ? EXIT.ok : EXIT.failed;
}

/** An unexpected error, thrown again by re-running the line (the library is pure) to get its stack trace. */
function withStack(error: unknown, rerun: () => unknown, stackTraceLimit: number): unknown {
  Error.stackTraceLimit = stackTraceLimit;
  try {
    rerun();
  } catch (again) {
    return again;
  }
  return error;
}
