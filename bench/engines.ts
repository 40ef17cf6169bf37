/**
 * The PostgreSQL and ClickHouse views measured: sql/postgres.sql in PGlite (PostgreSQL compiled to
 * WebAssembly, one thread) and sql/clickhouse.sql in chDB (the ClickHouse engine embedded), each on typical
 * members and on edge-heavy ones (every fifth asked about at their 18th birthday's local midnight ±1 ms), from
 * the same seeded generators as the DuckDB benchmark. Reported, with no target: these engines are run to prove
 * the view's semantics, and an embedded WebAssembly build says little about a PostgreSQL server's speed.
 *
 *   tsx bench/engines.ts [postgres members=20000] [clickhouse members=200000]
 *
 * chDB is installed apart (`npm run install:clickhouse`); without it the ClickHouse lines say so and are
 * skipped. Loading members is not timed; the view is timed computing every column of every row, once after a
 * first run that warms the engine (ClickHouse loads each zone's tables on first use).
 */
import { loadavg } from 'node:os';
import { edgeHeavyMembers, typicalMembers } from '../test/sql/support/members.js';
import { asPostgresHolds, loadPostgresMembers, openPostgres } from '../test/sql/support/postgres.js';
import type { SqlMember } from '../test/sql/support/warehouse.js';
import { writeSection, type Figure } from './figures.js';

const [postgresText = '20000', clickhouseText = '200000'] = process.argv.slice(2);
const SEED = 20_251_103;
const log = (line: string) => process.stderr.write(`engines: ${line}\n`);
const rate = (n: number) => `${Math.round(n).toLocaleString('en-US')} members/s`;
const kinds: readonly [string, (count: number, seed: number) => SqlMember[]][] = [
  ['typical', typicalMembers],
  ['edge-heavy', edgeHeavyMembers],
];
const figures: Figure[] = [];

// PostgreSQL in PGlite.
{
  const count = Number(postgresText);
  const db = await openPostgres();
  const query = `SELECT count(*), count(status), sum(cardinality(reasons)), count(region), count(time_zone),
    count(provision_effective_from), count(error) FROM lpd_member_decisions`;
  for (const [kind, make] of kinds) {
    await loadPostgresMembers(db, make(count, SEED).map(asPostgresHolds));
    await db.query(query);
    const started = performance.now();
    await db.query(query);
    const seconds = (performance.now() - started) / 1000;
    log(`PGlite, ${kind}: ${count} members in ${seconds.toFixed(2)} s (load average ${loadavg()[0]!.toFixed(2)})`);
    figures.push({ name: `sql/postgres.sql in PGlite, ${kind} members/s`, shown: rate(count / seconds), note: `${count.toLocaleString('en-US')} members, no target` });
  }
  await db.close();
}

// ClickHouse in chDB, when installed.
{
  const count = Number(clickhouseText);
  let clickhouse: typeof import('../test/clickhouse/support.js') | undefined;
  let session: import('../test/clickhouse/support.js').ChSession | undefined;
  try {
    clickhouse = await import('../test/clickhouse/support.js');
    session = clickhouse.openClickHouse();
  } catch (error) {
    log(`ClickHouse skipped: ${error instanceof Error ? error.message.split(' (')[0] : String(error)}`);
    figures.push({ name: 'sql/clickhouse.sql in chDB', shown: 'skipped', note: 'chDB not installed: npm run install:clickhouse' });
  }
  if (clickhouse !== undefined && session !== undefined) {
    const query = `SELECT count(), count(status), sum(length(reasons)), count(region), count(time_zone),
      count(provision_effective_from), count(error) FROM lpd_member_decisions`;
    for (const [kind, make] of kinds) {
      clickhouse.loadClickHouseMembers(session, make(count, SEED).map(clickhouse.asClickHouseHolds));
      session.query(query);
      const started = performance.now();
      session.query(query);
      const seconds = (performance.now() - started) / 1000;
      log(`chDB, ${kind}: ${count} members in ${seconds.toFixed(2)} s (load average ${loadavg()[0]!.toFixed(2)})`);
      figures.push({ name: `sql/clickhouse.sql in chDB, ${kind} members/s`, shown: rate(count / seconds), note: `${count.toLocaleString('en-US')} members, no target` });
    }
    session.close();
  }
}

writeSection('5-engines', {
  title: 'Warehouse: sql/postgres.sql and sql/clickhouse.sql, embedded',
  method: 'PGlite (PostgreSQL in WebAssembly) and chDB (ClickHouse embedded), each view computing every column of every row for typical and edge-heavy members, timed once after a warm-up run; reported, no target.',
  figures,
});
for (const f of figures) console.log(`  ${f.name.padEnd(50)} ${f.shown}${f.note === undefined ? '' : `  (${f.note})`}`);
