/**
 * `npm run check:release`: everything a release must pass, from a fresh clone (after `npm ci`).
 *
 *   build      npm run build (validates data/ and the generated files first, via prebuild)
 *   shape      exports / sideEffects / files / no install scripts / no zod in the main entry (release-shape.ts)
 *   publint    publint --strict
 *   attw       attw --pack . (every resolution: node10, node16 from CJS and ESM, bundler)
 *   size       size-limit: the budgets in .size-limit.json (gzip)
 *   consumer   the tarball in a fresh project: ESM, CJS, instanceof, JSON subpaths, bin, strict TypeScript ×4, ./schema
 *   snapshot   the decision-snapshot gate (snapshot-gate.ts)
 *
 * The build must pass for the rest to mean anything; after it every step runs, so one run reports every
 * failure. Exit code 1 if any step failed. Timings are printed per step.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { colourEnv } from './plain-output.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const STEPS: readonly { name: string; command: string; args: string[] }[] = [
  { name: 'build', command: NPM, args: ['run', 'build', '--silent'] },
  { name: 'shape', command: bin('tsx'), args: ['scripts/release-shape.ts'] },
  { name: 'publint', command: bin('publint'), args: ['--strict'] },
  { name: 'attw', command: bin('attw'), args: ['--pack', '.'] },
  { name: 'size', command: bin('size-limit'), args: [] },
  { name: 'consumer', command: bin('tsx'), args: ['scripts/consumer-test.ts'] },
  { name: 'snapshot', command: bin('tsx'), args: ['scripts/snapshot-gate.ts'] },
];

// Colour only on a terminal: CI keeps this output in a file.
const ENV = colourEnv(process.env, process.stdout.isTTY);

function runStep(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: ENV });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

const results: { name: string; ok: boolean; seconds: number }[] = [];
const started = Date.now();
for (const step of STEPS) {
  console.log(`\n── check:release ${step.name}: ${[step.command.replace(ROOT, ''), ...step.args].join(' ')}`);
  const t0 = Date.now();
  const code = await runStep(step.command, step.args);
  results.push({ name: step.name, ok: code === 0, seconds: (Date.now() - t0) / 1000 });
  if (step.name === 'build' && code !== 0) break;
}

console.log('\n── check:release summary');
for (const r of results) console.log(`  ${r.ok ? 'ok    ' : 'FAILED'}  ${r.name.padEnd(9)} ${r.seconds.toFixed(1).padStart(6)} s`);
const failed = results.filter((r) => !r.ok).map((r) => r.name);
console.log(`  total ${((Date.now() - started) / 1000).toFixed(1)} s — ${failed.length === 0 ? 'passed' : `failed: ${failed.join(', ')}`}`);
process.exitCode = failed.length === 0 ? 0 : 1;
