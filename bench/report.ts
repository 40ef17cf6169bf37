/**
 * Reads vitest's benchmark JSON (`vitest bench --outputJson FILE`) and the cold-start JSON (bench/cold-start.ts)
 * and prints the ratio table: each benchmark's median beside its group's baseline, per call, against DESIGN.md's
 * targets.
 *
 *   tsx bench/report.ts test-output/bench/results.json test-output/bench/cold-start.json [--strict]
 *
 * --strict exits 1 when a target is missed (npm run bench reports without failing: timings depend on the machine).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { BATCH } from './inputs.js';

interface Benchmark {
  readonly name: string;
  readonly median: number; // ms per iteration
  readonly rme: number;
  readonly sampleCount: number;
}
interface Output {
  readonly files: readonly { readonly groups: readonly { readonly fullName: string; readonly benchmarks: readonly Benchmark[] }[] }[];
}

const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const [file, coldFile] = args.filter((a) => !a.startsWith('--'));
if (file === undefined) throw new Error('usage: tsx bench/report.ts RESULTS.json [COLD-START.json] [--strict]');
const output = JSON.parse(readFileSync(file, 'utf8')) as Output;
const cold =
  coldFile === undefined
    ? undefined
    : (JSON.parse(readFileSync(coldFile, 'utf8')) as { rounds: number; results: { name: string; median: number }[] });

interface Row {
  group: string;
  name: string;
  perCall: string;
  ratio: number;
  target: number | undefined;
}

/** DESIGN.md / issue 7: Date input within 10× the baseline, string inputs within 30×, cold import under 1.5×. */
function targetFor(group: string, name: string): number | undefined {
  if (group === 'cold start') return name.startsWith('import ') || name.startsWith('require(') ? 1.5 : undefined;
  if (!group.startsWith('at: ') || name !== 'isSubjectToAiTraining') return undefined;
  if (group === 'at: Date') return 10;
  if (group === 'at: epoch ms') return 10; // not named in DESIGN.md; a number is cheaper than a Date
  return 30;
}

const rows: Row[] = [];
if (cold !== undefined) {
  const bare = cold.results.find((r) => r.name.startsWith('bare'))!;
  for (const r of cold.results) {
    rows.push({ group: 'cold start', name: r.name, perCall: `${r.median.toFixed(1)} ms`, ratio: r.median / bare.median, target: targetFor('cold start', r.name) });
  }
}
for (const { groups } of output.files) {
  for (const { fullName, benchmarks } of groups) {
    const group = fullName.split(' > ').at(-1)!;
    const single = group.includes('1 call per sample');
    const base = benchmarks.find((b) => b.name === 'baseline');
    if (base === undefined) continue;
    for (const b of benchmarks) {
      rows.push({
        group,
        name: b.name,
        perCall: `${((b.median * 1e6) / (single ? 1 : BATCH)).toFixed(1)} ns`,
        ratio: b.median / base.median,
        target: single ? undefined : targetFor(group, b.name),
      });
    }
  }
}

const width = (key: keyof Row | ((r: Row) => string), title: string) => Math.max(title.length, ...rows.map((r) => (typeof key === 'function' ? key(r) : String(r[key])).length));
const verdict = (r: Row) => (r.target === undefined ? '' : r.ratio <= r.target ? `≤ ${r.target}× ok` : `≤ ${r.target}× MISSED`);
const wGroup = width('group', 'group');
const wName = width('name', 'benchmark');
const wPer = width('perCall', 'median');
console.log('');
console.log(`${'group'.padEnd(wGroup)}  ${'benchmark'.padEnd(wName)}  ${'median'.padStart(wPer)}  ${'× base'.padStart(7)}  target`);
console.log('-'.repeat(wGroup + wName + wPer + 26));
let missed = 0;
let previous = '';
for (const r of rows) {
  if (r.target !== undefined && r.ratio > r.target) missed++;
  console.log(`${(r.group === previous ? '' : r.group).padEnd(wGroup)}  ${r.name.padEnd(wName)}  ${r.perCall.padStart(wPer)}  ${`${r.ratio.toFixed(2)}×`.padStart(7)}  ${verdict(r)}`);
  previous = r.group;
}
const [one, five] = loadavg();
console.log('');
console.log(
  `medians; hot paths per call (${BATCH} calls per sample unless the group says otherwise), cold start per process (${cold?.rounds ?? 0} interleaved runs each). ${availableParallelism()} CPUs (${cpus()[0]?.model ?? '?'}), node ${process.version}, load average ${one!.toFixed(2)} (1 min) ${five!.toFixed(2)} (5 min) at report time.`,
);
console.log(missed === 0 ? 'All targets met.' : `${missed} target(s) missed.`);
if (flags.includes('--strict') && missed > 0) process.exitCode = 1;
