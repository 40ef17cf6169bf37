/**
 * Runs a command with colour only on a terminal. vitest (through tinyrainbow) colours a pipe too unless told
 * not to, so NO_COLOR is set when standard output is not a TTY; an explicit FORCE_COLOR still wins.
 *
 *   tsx scripts/plain-output.ts vitest bench --run …
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** `env` with NO_COLOR added when output goes to something other than a terminal. */
export function colourEnv(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): NodeJS.ProcessEnv {
  return isTTY === true || env['FORCE_COLOR'] !== undefined ? { ...env } : { ...env, NO_COLOR: '1' };
}

/** Runs a binary from node_modules/.bin in the repository root; resolves to its exit code. */
export function runBin(name: string, args: readonly string[], env: NodeJS.ProcessEnv): number {
  const { status, error } = spawnSync(join(ROOT, 'node_modules', '.bin', name), args, {
    cwd: ROOT,
    env,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (error !== undefined) throw error;
  return status ?? 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [name, ...args] = process.argv.slice(2);
  if (name === undefined) throw new Error('usage: tsx scripts/plain-output.ts BIN [ARGS…]');
  process.exitCode = runBin(name, args, colourEnv(process.env, process.stdout.isTTY));
}
