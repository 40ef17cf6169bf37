/**
 * Builds the bin once for the whole integration run (vitest's globalSetup), before any test file starts, so
 * that no file builds its own. Kept apart from cli-helpers.ts, which loads the command's sources: this runs in
 * vitest's own process, outside the test transform.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The build under test: the project's own tsup config, written to an ignored folder of its own so that a
 * concurrent `npm run build` (or another test reading dist/) never sees a half-cleaned dist/. Type
 * declarations are skipped, and the CommonJS build: the bin and its worker are ESM.
 */
export const CLI_DIR = fileURLToPath(new URL('../../test-output/cli-dist/', import.meta.url));

// Set once the build is done, and inherited by the test processes: buildCli() there has nothing left to do.
const BUILT = 'LPD_TEST_CLI_BUILT';

/** Builds the bin with tsup, unless this run built it already; throws with tsup's output when the build fails. */
export function buildCli(): void {
  if (process.env[BUILT] === CLI_DIR) return;
  const result = spawnSync('npx', ['tsup', '--out-dir', CLI_DIR, '--format', 'esm', '--no-dts', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tsup failed (${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
  process.env[BUILT] = CLI_DIR;
}

export default function setup(): void {
  buildCli();
}
