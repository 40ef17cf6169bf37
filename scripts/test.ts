/**
 * The test commands (see the README):
 *
 *   npm test             typecheck (type tests included) beside vitest: the unit and property suites in the host's
 *                        time zone and the integration tests — what a contributor runs before trusting a change
 *   npm run test:matrix  what npm test leaves to CI, with coverage thresholds: the unit and property suites under
 *                        the other host zones with ten times the property runs, and the decision-snapshot gate's
 *                        tests (the packed tarball in fresh projects is npm run check:release and release:dry)
 *   npm run test:ci      both, as CI runs them
 *
 * Extra arguments go to vitest (`npm test -- test/unit/members.test.ts`). Colour only on a terminal (see
 * plain-output.ts). `FC_RUNS` scales the property runs; test:matrix sets it to 10 unless it is set already.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { colourEnv, runBin } from './plain-output.js';
import { MATRIX_PROJECTS } from '../vitest.projects.js';

const matrix = process.argv[2] === '--matrix';
const passThrough = process.argv.slice(matrix ? 3 : 2);

const env = colourEnv(process.env, process.stdout.isTTY);
if (matrix && (env['FC_RUNS'] ?? '') === '') env['FC_RUNS'] = '10';

const projects = (names: readonly string[]) => names.flatMap((name) => ['--project', name]);
/**
 * Runs the type check beside the test run: tsc works on one core for most of a minute, and the tests leave it
 * room (they wait on processes, I/O and their own start-up). Its output is held and printed after the tests',
 * so the two never interleave. Resolves to its exit code.
 */
function typecheckAlongside(): Promise<{ code: number; output: string }> {
  const tsc = spawn(join(fileURLToPath(new URL('../', import.meta.url)), 'node_modules', '.bin', 'tsc'), ['--noEmit', '--pretty', 'false'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  let output = '';
  tsc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  tsc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    tsc.on('error', reject);
    tsc.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

if (matrix) {
  process.exitCode = runBin('vitest', ['run', '--coverage', ...projects(MATRIX_PROJECTS), ...passThrough], env);
} else {
  const typecheck = typecheckAlongside();
  const tests = runBin('vitest', ['run', ...projects(['unit', 'integration']), ...passThrough], env);
  const { code, output } = await typecheck;
  if (code !== 0) process.stderr.write(`\ntsc --noEmit failed (${code}):\n${output}`);
  process.exitCode = tests || code;
}
