/**
 * The warehouse path: sql/duckdb.sql deciding for a million members in embedded DuckDB on two threads, beside a
 * loop over `decide()` from the built package on the same members in the same process, and the batch command
 * (`check --input`) on the same members as NDJSON. Every member is decided for all three purposes on each path.
 *
 *   tsx bench/warehouse.ts [members=1000000] [rounds=3]   (rounds of the view; the loop runs once)
 *
 * It writes its section of `npm run bench`'s report (bench/figures.ts) and prints its own summary.
 *
 * Members come from a fixed seed (test/sql/support/members.ts, `typicalMembers`): every country, a fifth with a
 * zone of their own, half with a birth date, a tenth opted out of each purpose, moments across the period
 * covered; then the same members with every fifth asked about at their 18th birthday's local midnight ±1 ms
 * (`edgeHeavyMembers`). Loading them into DuckDB is not timed; the view is timed computing every column of every row
 * (an aggregate over all of them), and again writing them all to a table. Answers are compared: per purpose,
 * status, reasons, region, provision and error, the counts must be equal, and the first 100,000 members' rows
 * must be equal one by one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DateInput, Decision, Member, PurposeId } from '../dist/index.js';
import { decide, DATA_VERSION } from '../dist/index.js';
import { libraryDecisions, libraryInputs } from '../test/sql/support/library.js';
import { edgeHeavyMembers, typicalMembers } from '../test/sql/support/members.js';
import { loadMembers, openWarehouse, readDecisions, type SqlDecision } from '../test/sql/support/warehouse.js';
import { median, writeSection } from './figures.js';

const [countText = '1000000', roundsText = '3'] = process.argv.slice(2);
const COUNT = Number(countText);
const ROUNDS = Number(roundsText);
const THREADS = 2;
const CHECKED = Math.min(COUNT, 100_000);
const PURPOSES: readonly PurposeId[] = ['ai-training', 'microsoft-ads', 'microsoft-ai-training'];
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TARGET_RATE = 1_000_000;
const TARGET_RATIO = 5;

const log = (line: string) => process.stderr.write(`warehouse: ${line}\n`);
const load = () => loadavg()[0]!.toFixed(2);

log(`${COUNT.toLocaleString('en-US')} members, ${ROUNDS} rounds, DuckDB on ${THREADS} threads; load average ${load()}`);
const members = typicalMembers(COUNT, 20_251_103);
const db = await openWarehouse({ threads: THREADS });
await loadMembers(db, members);

// 1. The view.
const ALL_COLUMNS = `SELECT count(*), count(status), sum(len(reasons)), count(region), count(time_zone),
  count(provision_effective_from), count(error) FROM lpd_member_decisions`;
const sqlSeconds: number[] = [];
const sqlTableSeconds: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  let started = performance.now();
  await db.run(ALL_COLUMNS);
  sqlSeconds.push((performance.now() - started) / 1000);
  started = performance.now();
  await db.run('CREATE OR REPLACE TEMP TABLE lpd_answers AS SELECT * FROM lpd_member_decisions');
  sqlTableSeconds.push((performance.now() - started) / 1000);
}
log(`view: ${sqlSeconds.map((s) => s.toFixed(2)).join(', ')} s; into a table: ${sqlTableSeconds.map((s) => s.toFixed(2)).join(', ')} s`);

// 1b. The view on edge-heavy members: every fifth asked about at the local midnight of their 18th birthday,
// or a millisecond either side, the slowest path through an age rule.
await loadMembers(db, edgeHeavyMembers(COUNT, 20_251_103));
const edgeSeconds: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const started = performance.now();
  await db.run(ALL_COLUMNS);
  edgeSeconds.push((performance.now() - started) / 1000);
}
log(`view, edge-heavy members: ${edgeSeconds.map((s) => s.toFixed(2)).join(', ')} s`);

// 2. A loop over decide() from the built package, on inputs prepared beforehand.
const inputs = members.map(libraryInputs);
const decideSeconds: number[] = [];
let answers: Decision[] = [];
// One round: three million calls take tens of seconds, long enough to time.
for (let round = 0; round < 1; round++) {
  answers = new Array<Decision>(COUNT * PURPOSES.length);
  let n = 0;
  const started = performance.now();
  for (const { member, at } of inputs) {
    for (const purpose of PURPOSES) {
      try {
        answers[n++] = decide(purpose, member as Member, at as DateInput);
      } catch {
        n++; // an error is an answer too; the comparison below checks the codes
      }
    }
  }
  decideSeconds.push((performance.now() - started) / 1000);
}
log(`decide() loop: ${decideSeconds.map((s) => s.toFixed(2)).join(', ')} s`);

// 3. Same answers: counts over everything, then row by row for the first members.
const key = (d: Pick<SqlDecision, 'purpose' | 'status' | 'reasons' | 'region' | 'provision_effective_from' | 'error'>) =>
  [d.purpose, d.status, d.reasons?.join(',') ?? null, d.region, d.provision_effective_from, d.error].join('|');
const libraryCounts = new Map<string, number>();
inputs.forEach((_, i) => {
  for (const row of libraryDecisions(members[i]!, decide, PURPOSES)) libraryCounts.set(key(row), (libraryCounts.get(key(row)) ?? 0) + 1);
});
const sqlCounts = new Map<string, number>();
const grouped = await db.runAndReadAll(`SELECT purpose, status, reasons, region, strftime(provision_effective_from, '%Y-%m-%d'), error, count(*)
  FROM lpd_answers GROUP BY ALL`);
for (const [purpose, status, reasons, region, from, error, n] of grouped.getRowsJson()) {
  const row = { purpose: String(purpose), status: status as string | null, reasons: reasons as string[] | null, region: region as string | null, provision_effective_from: from as string | null, error: error as string | null };
  sqlCounts.set(key(row), Number(n));
}
const countsEqual = libraryCounts.size === sqlCounts.size && [...libraryCounts].every(([k, n]) => sqlCounts.get(k) === n);
await loadMembers(db, members.slice(0, CHECKED));
const sqlRows = await readDecisions(db);
const libraryRows = members.slice(0, CHECKED).flatMap((m) => libraryDecisions(m, decide, PURPOSES));
const rowsDiffering = libraryRows.filter((row, i) => JSON.stringify(row) !== JSON.stringify(sqlRows[i])).length + Math.abs(libraryRows.length - sqlRows.length);
log(`answers: counts ${countsEqual ? 'equal' : 'DIFFER'}; first ${CHECKED.toLocaleString('en-US')} members: ${rowsDiffering} rows differ`);

// 4. The batch command on the same members, as NDJSON lines with an "at".
const scratch = mkdtempSync(join(tmpdir(), 'lpd-warehouse-'));
let batchSeconds: number;
try {
  const input = join(scratch, 'members.ndjson');
  writeFileSync(
    input,
    inputs.map(({ member, at }) => JSON.stringify({ ...member, at: at === undefined ? undefined : typeof at === 'number' && Number.isFinite(at) ? at : String(at) })).join('\n') + '\n',
  );
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--input', input], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24 });
  batchSeconds = (performance.now() - started) / 1000;
  log(`batch CLI: ${batchSeconds.toFixed(2)} s (${String(run.stderr).trim()})`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const sqlRate = COUNT / median(sqlSeconds);
const result = {
  dataVersion: DATA_VERSION,
  members: COUNT,
  purposesPerMember: PURPOSES.length,
  duckdbThreads: THREADS,
  loadAverage: load(),
  sqlSeconds,
  sqlTableSeconds,
  decideSeconds,
  batchSeconds,
  edgeSeconds,
  sqlMembersPerSecond: Math.round(sqlRate),
  sqlEdgeMembersPerSecond: Math.round(COUNT / median(edgeSeconds)),
  sqlIntoTableMembersPerSecond: Math.round(COUNT / median(sqlTableSeconds)),
  decideMembersPerSecond: Math.round(COUNT / median(decideSeconds)),
  batchMembersPerSecond: Math.round(COUNT / batchSeconds),
  ratioToDecide: median(decideSeconds) / median(sqlSeconds),
  countsEqual,
  rowsCompared: CHECKED * PURPOSES.length,
  rowsDiffering,
};
const rate = (n: number) => `${Math.round(n).toLocaleString('en-US')} members/s`;
writeSection('4-warehouse', {
  title: `Warehouse: sql/duckdb.sql on ${COUNT.toLocaleString('en-US')} members × ${PURPOSES.length} purposes`,
  method: `Embedded DuckDB on ${THREADS} threads, the view computing every column of every row (median of ${ROUNDS} rounds), beside a loop over decide() from the built package and the batch command on the same members; the answers compared.`,
  figures: [
    {
      name: 'the view, members/s (three purposes each)',
      shown: rate(result.sqlMembersPerSecond),
      ratio: result.sqlMembersPerSecond / TARGET_RATE,
      target: { compare: '≥', value: 1, unit: `of ${rate(TARGET_RATE)}` },
    },
    {
      name: 'the view, edge-heavy members/s',
      shown: rate(result.sqlEdgeMembersPerSecond),
      ratio: result.sqlEdgeMembersPerSecond / TARGET_RATE,
      target: { compare: '≥', value: 1, unit: `of ${rate(TARGET_RATE)}` },
      note: 'a fifth of them at their 18th birthday\'s local midnight ±1 ms',
    },
    {
      name: 'the view ÷ a loop over decide()',
      shown: `${result.ratioToDecide.toFixed(1)}×`,
      ratio: result.ratioToDecide,
      target: { compare: '≥', value: TARGET_RATIO, unit: '× the loop' },
      note: `loop ${rate(result.decideMembersPerSecond)}; batch CLI ${rate(result.batchMembersPerSecond)}; into a table ${rate(result.sqlIntoTableMembersPerSecond)}`,
    },
    {
      name: 'same answers as decide()',
      shown: countsEqual && rowsDiffering === 0 ? 'yes' : 'NO',
      note: `counts over all rows ${countsEqual ? 'equal' : 'differ'}; ${rowsDiffering} of ${result.rowsCompared.toLocaleString('en-US')} rows compared one by one differ`,
    },
  ],
});

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
console.log(`
Warehouse: ${COUNT.toLocaleString('en-US')} members × ${PURPOSES.length} purposes (the view: median of ${ROUNDS} rounds; load average ${result.loadAverage})
  sql/duckdb.sql, DuckDB ${THREADS} threads   ${rate(result.sqlMembersPerSecond)}   target ≥ ${rate(TARGET_RATE)}: ${verdict(result.sqlMembersPerSecond >= TARGET_RATE)}
    … edge-heavy members                ${rate(result.sqlEdgeMembersPerSecond)}   target ≥ ${rate(TARGET_RATE)}: ${verdict(result.sqlEdgeMembersPerSecond >= TARGET_RATE)}
    … writing every row to a table      ${rate(result.sqlIntoTableMembersPerSecond)}
  loop over decide() (dist, 1 thread)   ${rate(result.decideMembersPerSecond)}   SQL ÷ loop = ${result.ratioToDecide.toFixed(1)}×, target ≥ ${TARGET_RATIO}×: ${verdict(result.ratioToDecide >= TARGET_RATIO)}
  check --input (NDJSON, the batch CLI) ${rate(result.batchMembersPerSecond)}
  same answers: ${countsEqual && rowsDiffering === 0 ? 'yes' : 'NO'} (counts over all rows ${countsEqual ? 'equal' : 'differ'}; ${rowsDiffering} of ${result.rowsCompared.toLocaleString('en-US')} rows compared one by one differ)
`);
if (!countsEqual || rowsDiffering !== 0) process.exitCode = 1;
