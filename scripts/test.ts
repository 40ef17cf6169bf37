/**
 * The test commands (see the README):
 *
 *   npm test             typecheck (type tests included), then vitest: the unit and property suites in the host's
 *                        time zone and the integration tests — what a contributor runs before trusting a change
 *   npm run test:matrix  what npm test leaves to CI, with coverage thresholds: the unit and property suites under
 *                        the other host zones with ten times the property runs, and the release tests (the packed
 *                        tarball in fresh projects, the decision-snapshot gate)
 *   npm run test:ci      both, as CI runs them
 *
 * Extra arguments go to vitest (`npm test -- test/unit/members.test.ts`). Colour only on a terminal (see
 * plain-output.ts). `FC_RUNS` scales the property runs; test:matrix sets it to 10 unless it is set already.
 */
import { colourEnv, runBin } from './plain-output.js';
import { MATRIX_PROJECTS } from '../vitest.projects.js';

const matrix = process.argv[2] === '--matrix';
const passThrough = process.argv.slice(matrix ? 3 : 2);

const env = colourEnv(process.env, process.stdout.isTTY);
if (matrix && (env['FC_RUNS'] ?? '') === '') env['FC_RUNS'] = '10';

const projects = (names: readonly string[]) => names.flatMap((name) => ['--project', name]);
const code = matrix
  ? runBin('vitest', ['run', '--coverage', ...projects(MATRIX_PROJECTS), ...passThrough], env)
  : runBin('tsc', ['--noEmit'], env) || runBin('vitest', ['run', ...projects(['unit', 'integration']), ...passThrough], env);
process.exitCode = code;
