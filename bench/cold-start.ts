/**
 * The cold start of the package: new Node processes importing the built dist (ESM import, CJS require) beside a
 * bare `node -e ''`, and an empty ESM `-e` for what Node's ESM loader costs before any package code runs.
 *
 *   tsx bench/cold-start.ts OUT.json [rounds=40]
 *
 * The commands are interleaved, in a shuffled order each round, so that load from other processes on the machine
 * falls on all of them alike; the medians are compared. Children get only PATH from the environment: variables
 * such as NODE_OPTIONS or NODE_EXTRA_CA_CERTS (which on this machine adds ~30 ms to every start) would dilute the
 * ratio with a cost that has nothing to do with the package.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [out, roundsText = '40'] = process.argv.slice(2);
if (out === undefined) throw new Error('usage: tsx bench/cold-start.ts OUT.json [rounds]');
const rounds = Number(roundsText);
const ROOT = fileURLToPath(new URL('../', import.meta.url));

export const COMMANDS: readonly { readonly name: string; readonly args: readonly string[] }[] = [
  { name: "bare: node -e ''", args: ['-e', ''] },
  { name: "node --input-type=module -e ''", args: ['--input-type=module', '-e', ''] },
  { name: "import { isSubjectToAiTraining } from 'linkedin-policy-data'", args: ['--input-type=module', '-e', "import { isSubjectToAiTraining } from 'linkedin-policy-data';"] },
  { name: "require('linkedin-policy-data')", args: ['-e', "require('linkedin-policy-data');"] },
];

function spawnMs(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore', env: { PATH: process.env['PATH'] ?? '' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}`);
  return ms;
}

let seed = 20_251_103;
const random = () => ((seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647);

const samples = COMMANDS.map(() => [] as number[]);
for (const { args } of COMMANDS) spawnMs(args); // warm the file system cache
for (let round = 0; round < rounds; round++) {
  const order = COMMANDS.map((_, i) => i).sort(() => random() - 0.5);
  for (const i of order) samples[i]!.push(spawnMs(COMMANDS[i]!.args));
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const results = COMMANDS.map(({ name }, i) => ({ name, median: median(samples[i]!), min: Math.min(...samples[i]!), samples: samples[i]!.length }));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ rounds, results }, null, 2)}\n`);
for (const r of results) console.log(`${r.name.padEnd(62)} median ${r.median.toFixed(1).padStart(6)} ms  min ${r.min.toFixed(1).padStart(6)} ms  (${r.samples} runs)`);
