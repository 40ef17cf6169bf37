/**
 * The test commands (see the README):
 *
 *   npm test          typecheck (type tests included), then vitest: the unit and property suites in the host's
 *                     time zone and the integration tests — what a contributor runs before trusting a change
 *   npm run test:ci   typecheck, then every vitest project with coverage thresholds: the unit and property suites
 *                     under four host zones with ten times the property runs, integration, and the release tests
 *                     (the packed tarball in fresh projects, the decision-snapshot gate)
 *
 * Extra arguments go to vitest (`npm test -- test/unit/members.test.ts`). Colour only on a terminal (see
 * plain-output.ts). `FC_RUNS` scales the property runs; test:ci sets it to 10 unless it is set already.
 */
import { colourEnv, runBin } from './plain-output.js';

const ci = process.argv[2] === '--ci';
const passThrough = process.argv.slice(ci ? 3 : 2);

const env = colourEnv(process.env, process.stdout.isTTY);
if (ci && (env['FC_RUNS'] ?? '') === '') env['FC_RUNS'] = '10';

const vitestArgs = ci ? ['run', '--coverage'] : ['run', '--project', 'unit', '--project', 'integration'];
const code = runBin('tsc', ['--noEmit'], env) || runBin('vitest', [...vitestArgs, ...passThrough], env);
process.exitCode = code;
