/**
 * Two ways to run the command-line tool, with the same options and the same result:
 *
 * - {@link runInProcess}: the command itself (`run(argv, io)` from src/cli/main.ts) in the test's own process,
 *   with collected streams. No build, no process start: use it for what the command parses, answers and prints.
 * - {@link runCli}: the built bin as a subprocess, the way users and scripts run it. Use it only for what needs a
 *   process: the real bin's exit code, a host time zone (`TZ`), node options, a reader that goes away, worker
 *   threads (inputs of more than one batch), signals. The integration project builds the bin once before its
 *   tests (build-cli.global.ts).
 */
import { spawn } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';
import { CLI_DIR } from './build-cli.global.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export { buildCli, CLI_DIR } from './build-cli.global.js';
/** The bin as `package.json` names it, inside {@link CLI_DIR}. */
export const CLI = `${CLI_DIR}cli.js`;

/** What a run of the bin produced. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * How to run the bin: standard input to feed, environment variables to set (`undefined` removes one), options
 * for node itself before the script.
 */
export interface CliRunOptions {
  readonly input?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly nodeOptions?: readonly string[];
}

/**
 * The environment a run sees: the caller's, without colour variables and npm's marker, so that each test states
 * the ones it depends on; `PATH` is the caller's, which does not hold the bin, so the tool calls itself
 * `npx linkedin-policy-data` unless a test says otherwise.
 */
function runEnv(options: CliRunOptions): Record<string, string> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, npm_command: undefined };
  for (const [key, value] of Object.entries(options.env ?? {})) env[key] = value;
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as Record<string, string>;
}

/** Runs `node CLI ...args` (the built bin, see {@link buildCli}) in a subprocess and collects its output. */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const env = runEnv(options);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), CLI, ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
    child.stdin.end(options.input ?? '');
  });
}

/** A stream that keeps what is written to it, as a pipe would pass it on (not a terminal: no colour). */
class Collected extends Writable {
  readonly #chunks: Buffer[] = [];

  override _write(chunk: Buffer | string, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.#chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
    callback();
  }

  text(): string {
    return Buffer.concat(this.#chunks).toString('utf8');
  }
}

/**
 * Runs the command in this process, as `runCli` runs the bin: same arguments, options and result, the exit code
 * being what the bin would set. Options that only a process can honour (node options, a host zone) are refused:
 * use {@link runCli} for those.
 */
export async function runInProcess(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  if (options.nodeOptions !== undefined || options.env?.['TZ'] !== undefined) {
    throw new Error('node options and TZ need a process of their own: use runCli');
  }
  const stdout = new Collected();
  const stderr = new Collected();
  const stdin = Readable.from(options.input === undefined || options.input === '' ? [] : [Buffer.from(options.input)]);
  const code = await run(args, { stdout, stderr, stdin, env: runEnv(options) });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** The parsed lines of NDJSON output. */
export function ndjson(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** Matches ANSI escape sequences (colour codes). */
export const ANSI = /\u001b\[/;
