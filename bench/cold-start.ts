/**
 * The cold start of the package: new Node processes importing the built dist (ESM import, CJS require) beside a
 * bare `node -e ''`, and an empty ESM `-e` for what Node's ESM loader costs before any package code runs.
 *
 *   tsx bench/cold-start.ts [rounds=40]
 *
 * The commands are interleaved, in a shuffled order each round, so that load from other processes on the machine
 * falls on all of them alike; the medians are compared. Children get only PATH from the environment: variables
 * such as NODE_OPTIONS or NODE_EXTRA_CA_CERTS (which on this machine adds ~30 ms to every start) would dilute the
 * ratio with a cost that has nothing to do with the package.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, writeSection, type Figure } from './figures.js';

const [roundsText = '40'] = process.argv.slice(2);
const rounds = Number(roundsText);
const ROOT = fileURLToPath(new URL('../', import.meta.url));

const FIRST_ANSWER = "isSubjectToAiTraining({ country: 'DE', birthDate: '1990-01-01' }, new Date());";

/** What is started, and the target of its median as a multiple of the bare start's, where there is one. */
const COMMANDS: readonly { readonly name: string; readonly args: readonly string[]; readonly target?: number }[] = [
  { name: "bare: node -e ''", args: ['-e', ''] },
  { name: "node --input-type=module -e ''", args: ['--input-type=module', '-e', ''] },
  { name: "import { isSubjectToAiTraining } from 'linkedin-policy-data'", args: ['--input-type=module', '-e', "import { isSubjectToAiTraining } from 'linkedin-policy-data';"] },
  {
    name: 'the same import plus a first answer (Date, birth date)',
    args: ['--input-type=module', '-e', `import { isSubjectToAiTraining } from 'linkedin-policy-data'; ${FIRST_ANSWER}`],
    target: 1.5,
  },
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

const medians = samples.map(median);
const figures: Figure[] = COMMANDS.map(({ name, target }, i) => ({
  name,
  shown: `${medians[i]!.toFixed(1)} ms`,
  ratio: medians[i]! / medians[0]!,
  ...(target === undefined ? {} : { target: { compare: '≤' as const, value: target, unit: '× bare node' } }),
  note: `min ${Math.min(...samples[i]!).toFixed(1)} ms`,
}));
writeSection('1-cold-start', {
  title: 'Cold start: a new Node process, per process',
  method: `${rounds} rounds of every command in a shuffled order; medians; ratio = median ÷ the bare start's median.`,
  figures,
});
for (const f of figures) console.log(`${f.name.padEnd(62)} ${f.shown.padStart(9)}  ${f.ratio!.toFixed(2)}×`);
