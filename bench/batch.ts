/**
 * The batch command as users run it: `node dist/cli.js check --input FILE > /dev/null` over 1,000,000 NDJSON
 * lines, timed from outside, with the process's peak resident memory (all threads) read at its exit.
 *
 *   tsx bench/batch.ts [lines=1000000] [runs=3]
 *
 * The input is made once from a fixed seed (test-output/bench/members-mix-<lines>.ndjson): members of ten
 * countries, one or more in every region; two thirds with a birth date (1950–2011: minors too); a seventh with an
 * opt-out (`true` or a date); one in twenty with a zone of their own; `at` is one of 60 dates in 2025–2026 as
 * 'YYYY-MM-DD' (a report as of a date) for 60 % of the lines and a distinct ISO instant for the others (event
 * times); a few hundred lines are bad (an unknown country, an invalid date, a line cut short).
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../test/support/seeded-random.js';
import { median, RESULTS_DIR, writeSection, type Figure } from './figures.js';

const [linesText = '1000000', runsText = '3'] = process.argv.slice(2);
const LINES = Number(linesText);
const RUNS = Number(runsText);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TARGET_LINES_PER_SECOND = 500_000;
const MEMORY_LIMIT_MB = 200;

const COUNTRIES = ['DE', 'FR', 'IE', 'NO', 'CH', 'GB', 'CA', 'HK', 'US', 'IN'];
const BAD = ['{"country":"XX","at":"2025-11-04"}', '{"country":"DE","at":"2025-02-30"}', '{"country":"DE","at":"2025-11-04"'];
// One line in this many is bad: 300 in a million.
const BAD_EVERY = 3_333;

async function makeInput(file: string): Promise<void> {
  const random = seededRandom(20_251_103);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const pad = (n: number) => String(n).padStart(2, '0');
  const days = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2025, 0, 1) + i * 12 * 86_400_000).toISOString().slice(0, 10));
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  let chunk = '';
  for (let i = 0; i < LINES; i++) {
    let line: string;
    if (i % BAD_EVERY === BAD_EVERY - 1) {
      line = BAD[Math.floor(i / BAD_EVERY) % BAD.length]!;
    } else {
      const member: Record<string, unknown> = { country: pick(COUNTRIES) };
      if (random() < 2 / 3) member['birthDate'] = `${1950 + Math.floor(random() * 62)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
      if (random() < 1 / 7) member['optOuts'] = { [random() < 0.8 ? 'ai-training' : 'microsoft-ads']: random() < 0.5 ? true : '2025-12-01' };
      if (random() < 0.05) member['timeZone'] = 'America/Los_Angeles';
      member['at'] = random() < 0.6 ? pick(days) : new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 730 * 86_400) * 1000).toISOString();
      line = JSON.stringify(member);
    }
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  renameSync(partial, file);
}

// Printed at the process's exit by a module preloaded into the CLI's process: its peak RSS, all threads included.
const PEAK_RSS_PROBE = `data:text/javascript,import{writeSync}from'node:fs';process.on('exit',()=>writeSync(2,'\\npeak-rss-kb '+process.resourceUsage().maxRSS+'\\n'))`;

interface Run {
  readonly seconds: number;
  readonly peakMb: number;
}

function run(file: string, args: readonly string[]): Run {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', PEAK_RSS_PROBE, 'dist/cli.js', 'check', '--input', file, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '' },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // exit code 1: the input's bad lines, as intended
  if (result.status !== 1) throw new Error(`check --input ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
  const peak = /peak-rss-kb (\d+)/.exec(result.stderr);
  if (peak === null) throw new Error(`no peak memory reported:\n${result.stderr}`);
  return { seconds, peakMb: Number(peak[1]) / 1024 };
}

mkdirSync(RESULTS_DIR, { recursive: true });
const file = `${RESULTS_DIR}/members-mix-${LINES}.ndjson`;
if (!existsSync(file)) await makeInput(file);

const cores = availableParallelism();
const FULL_TARGET_LINES_PER_SECOND = 100_000;
// Each variant with a target is held to its rate and to the memory limit.
const variants: readonly { readonly name: string; readonly args: readonly string[]; readonly targetRate: number | undefined }[] = [
  { name: `compact output, ${cores} threads (the default: one per core)`, args: [], targetRate: TARGET_LINES_PER_SECOND },
  { name: 'compact output, --workers 1 (in the main thread)', args: ['--workers', '1'], targetRate: undefined },
  { name: `--full (whole decisions), ${cores} threads`, args: ['--full'], targetRate: FULL_TARGET_LINES_PER_SECOND },
];
const figures: Figure[] = [];
for (const { name, args, targetRate } of variants) {
  const runs = Array.from({ length: RUNS }, () => run(file, args));
  const rate = LINES / median(runs.map((r) => r.seconds));
  const peak = Math.max(...runs.map((r) => r.peakMb));
  const reference = targetRate ?? TARGET_LINES_PER_SECOND;
  figures.push({
    name,
    shown: `${Math.round(rate).toLocaleString('en-US')} lines/s`,
    ratio: rate / reference,
    ...(targetRate === undefined ? {} : { target: { compare: '≥' as const, value: 1, unit: `of ${targetRate.toLocaleString('en-US')} lines/s` } }),
    note: `peak RSS ${peak.toFixed(0)} MB`,
  });
  if (targetRate !== undefined) {
    figures.push({
      name: `  its peak memory (RSS, all threads)`,
      shown: `${peak.toFixed(0)} MB`,
      ratio: peak / MEMORY_LIMIT_MB,
      target: { compare: '≤' as const, value: 1, unit: `of ${MEMORY_LIMIT_MB} MB` },
    });
  }
  console.log(`${name.padEnd(52)} ${figures.at(-1 - (targetRate === undefined ? 0 : 1))!.shown.padStart(16)}  peak RSS ${peak.toFixed(0)} MB`);
}
writeSection('3-batch', {
  title: `Batch: check --input, ${LINES.toLocaleString('en-US')} lines to /dev/null`,
  method: `${RUNS} runs of each; median wall time including process start; peak RSS of the whole process (all threads), the highest of the runs.`,
  figures,
});
