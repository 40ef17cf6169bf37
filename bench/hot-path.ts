/**
 * The per-call cost of the library's answers, measured the way a caller meets it: each function is called through
 * a function value, in one loop over 8 members × 64 instants (bench/inputs.ts), beside the trivial baseline — one
 * string compare and one number compare — called the same way in the same loop. Seven rounds, alternating the
 * order of the functions from round to round; each function's median over the rounds is compared with the
 * baseline's median.
 *
 *   tsx bench/hot-path.ts
 *
 * Measures the BUILT package, dist/index.js, as users install it (`npm run bench` builds it first).
 */
import { decide, explainAiTraining, isSubjectToAiTraining, type DateInput, type Member } from '../dist/index.js';
import { median, writeSection, type Figure } from './figures.js';
import { bareMembers, CUTOFF, dateOnlyStrings, dates, epochs, isoInstantStrings, members, membersWithOptOuts } from './inputs.js';

type Call = (member: Member, at: never) => unknown;

interface Case {
  readonly name: string;
  readonly fn: Call;
  readonly members: readonly Member[];
  readonly instants: readonly DateInput[];
  /** The target ratio to the baseline, where there is one. */
  readonly target?: number;
}

const baseline = (member: Member, at: Date): boolean => member.country === 'DE' && at.getTime() >= CUTOFF;

const CASES: readonly Case[] = [
  { name: 'baseline: one string compare, one number compare', fn: baseline, members, instants: dates },
  { name: 'isSubjectToAiTraining, Date, birth date', fn: isSubjectToAiTraining, members, instants: dates, target: 8 },
  { name: 'explainAiTraining, Date, birth date', fn: explainAiTraining, members, instants: dates },
  { name: "decide('ai-training'), Date, birth date", fn: (member: Member, at: Date) => decide('ai-training', member, at), members, instants: dates },
  { name: 'isSubjectToAiTraining, Date, no birth date', fn: isSubjectToAiTraining, members: bareMembers, instants: dates },
  { name: 'isSubjectToAiTraining, epoch ms, birth date', fn: isSubjectToAiTraining, members, instants: epochs },
  { name: 'isSubjectToAiTraining, Date, birth date and opt-outs', fn: isSubjectToAiTraining, members: membersWithOptOuts, instants: dates },
  { name: "isSubjectToAiTraining, 'YYYY-MM-DD', birth date", fn: isSubjectToAiTraining, members, instants: dateOnlyStrings },
  { name: "isSubjectToAiTraining, ISO instant 'Z', birth date", fn: isSubjectToAiTraining, members, instants: isoInstantStrings },
];

const ROUNDS = 7;
const SAMPLE_MS = 40;
let sink = 0;

/** One loop over every member × every instant, `passes` times, calling `fn` through its value. */
function loop(fn: Call, list: readonly Member[], instants: readonly DateInput[], passes: number): number {
  let hits = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (let m = 0; m < list.length; m++) {
      const member = list[m]!;
      for (let i = 0; i < instants.length; i++) if (fn(member, instants[i] as never)) hits++;
    }
  }
  return hits;
}

/**
 * Nanoseconds per call for one sample of `passes` passes, in CPU time: on a machine shared with other work, the
 * time this process was not running is no cost of the function (wall time is printed beside it for the record).
 */
function sample(c: Case, passes: number): number {
  const start = process.cpuUsage();
  sink += loop(c.fn, c.members, c.instants, passes);
  const { user, system } = process.cpuUsage(start);
  return ((user + system) * 1000) / (passes * c.members.length * c.instants.length);
}

/** Enough passes for a sample of about SAMPLE_MS, after warming the function up. */
function calibrate(c: Case): number {
  let passes = 1;
  for (;;) {
    const ns = sample(c, passes) * passes * c.members.length * c.instants.length;
    if (ns >= SAMPLE_MS * 1e6 / 4) return Math.ceil((passes * SAMPLE_MS * 1e6) / ns);
    passes *= 2;
  }
}

// Every function through the loop once before any is timed, so the loop's call site has seen them all (as a
// caller's would) and no function is measured while the site is still specialised to it alone.
for (const c of CASES) sample(c, 20);
const passes = CASES.map(calibrate);
const samples = CASES.map(() => [] as number[]);
for (let round = 0; round < ROUNDS; round++) {
  const order = CASES.map((_, i) => i);
  if (round % 2 === 1) order.reverse();
  for (const i of order) samples[i]!.push(sample(CASES[i]!, passes[i]!));
}

const medians = samples.map(median);
const base = medians[0]!;
const figures: Figure[] = CASES.map((c, i) => ({
  name: c.name,
  shown: `${medians[i]!.toFixed(1)} ns`,
  ratio: medians[i]! / base,
  ...(c.target === undefined ? {} : { target: { compare: '≤' as const, value: c.target, unit: '× baseline' } }),
  note: `range ${Math.min(...samples[i]!).toFixed(1)}–${Math.max(...samples[i]!).toFixed(1)} ns`,
}));
writeSection('2-hot-path', {
  title: 'Hot path: per call, through a function value, 8 members × 64 instants',
  method: `${ROUNDS} alternating rounds of ~${SAMPLE_MS} ms per function; medians; ratio = median ÷ the baseline's median.`,
  figures,
});
for (const f of figures) console.log(`${f.name.padEnd(58)} ${f.shown.padStart(9)}  ${f.ratio!.toFixed(2).padStart(6)}×`);
if (sink === -1) console.log(sink);
