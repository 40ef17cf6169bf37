/**
 * Builds the command-line tool once and runs it as a subprocess, the way users and scripts run the bin.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The build under test: the project's own tsup config, written to an ignored folder of its own so that a
 * concurrent `npm run build` (or another test reading dist/) never sees a half-cleaned dist/. Type
 * declarations are skipped: the bin does not need them and they are most of the build time.
 */
export const CLI_DIR = fileURLToPath(new URL('../../test-output/cli-dist/', import.meta.url));
/** The bin as `package.json` names it, inside {@link CLI_DIR}. */
export const CLI = `${CLI_DIR}cli.js`;

/**
 * Builds the bin with tsup, once per test run however many test files ask (they run side by side, in workers of
 * one vitest process): the first takes a lock and builds, the others wait for it. Throws with tsup's output when
 * the build fails.
 */
export function buildCli(): void {
  // Beside the build, not in it: tsup empties its output folder.
  const run = `${CLI_DIR.replace(/\/$/, '')}.run-${process.ppid}`;
  const built = `${run}.built`;
  mkdirSync(dirname(run), { recursive: true });
  let mine = true;
  try {
    mkdirSync(`${run}.lock`);
  } catch {
    mine = false;
  }
  if (mine) {
    const result = spawnSync('npx', ['tsup', '--out-dir', CLI_DIR, '--no-dts', '--silent'], { cwd: ROOT, encoding: 'utf8' });
    writeFileSync(built, result.status === 0 ? 'ok' : `tsup failed (${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
  }
  const deadline = Date.now() + 300_000;
  while (!existsSync(built)) {
    if (Date.now() > deadline) throw new Error('waited five minutes for another test file to build the bin');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
  const outcome = readFileSync(built, 'utf8');
  if (outcome !== 'ok') throw new Error(outcome);
}

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
 * Runs `node CLI ...args` and collects its output. Colour variables and npm's marker from the caller's
 * environment are removed so that each test states the ones it depends on; `PATH` is the caller's, which does
 * not hold the bin, so the tool calls itself `npx linkedin-policy-data` unless a test says otherwise.
 */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, npm_command: undefined };
  for (const [key, value] of Object.entries(options.env ?? {})) env[key] = value;
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
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

/** The parsed lines of NDJSON output. */
export function ndjson(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** Matches ANSI escape sequences (colour codes). */
export const ANSI = /\u001b\[/;
