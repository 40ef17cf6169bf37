/**
 * The evidence tables joined to the view as docs/warehouse.md shows: for members of every region, the claims,
 * confidences, quotes and sources a decision row leads to in SQL are exactly those `decide()` gives.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decide, regionOf, regions, sourceById } from '../../src/index.js';
import { PURPOSE_IDS } from '../../src/ids.js';
import { libraryInputs } from './support/library.js';
import { typicalMembers } from './support/members.js';
import { loadEvidenceSql, loadMembers, openWarehouse, PACKAGE_ROOT, type SqlMember } from './support/warehouse.js';

const PER_REGION = 12;
let db: DuckDBConnection;
let members: SqlMember[];

beforeAll(async () => {
  db = await openWarehouse({ threads: 2 });
  await db.run(loadEvidenceSql());
  // A seeded draw of members, kept until every region has its share: the small regions are one country each.
  const taken = new Map<string, number>();
  members = typicalMembers(20_000, 17).filter((m) => {
    const region = regionOf(m.country!).id;
    const n = taken.get(region) ?? 0;
    taken.set(region, n + 1);
    return n < PER_REGION;
  });
  await loadMembers(db, members);
});

const JOIN_CLAIMS = `
  FROM lpd_member_decisions AS d
  JOIN lpd_claims AS c
    ON c.purpose = d.purpose AND c.region = d.region AND c.effective_from = d.provision_effective_from`;
const JOIN_CITATIONS = `${JOIN_CLAIMS}
  JOIN lpd_citations AS ci
    ON (ci.purpose, ci.region, ci.effective_from, ci.field, ci.value) = (c.purpose, c.region, c.effective_from, c.field, c.value)
  JOIN lpd_sources AS s ON s.source = ci.source`;

/** Rows of a query as JSON texts grouped by `member_id purpose`, each group sorted. */
async function grouped(sql: string): Promise<Map<string, string[]>> {
  const rows = (await db.runAndReadAll(sql)).getRowsJson();
  const groups = new Map<string, string[]>();
  for (const [member, purpose, ...rest] of rows) {
    const key = `${String(member)} ${String(purpose)}`;
    groups.set(key, [...(groups.get(key) ?? []), JSON.stringify(rest)]);
  }
  for (const list of groups.values()) list.sort();
  return groups;
}

describe('the evidence tables', () => {
  const header = (name: string) => readFileSync(`${PACKAGE_ROOT}tables/${name}.csv`, 'utf8').split('\n', 1)[0];
  it('have the columns the guide names, in order', () => {
    expect(header('sources')).toBe('source,title,publisher,url,published,confidence,archive_repository,archive_path,archive_commit,archive_captured');
    expect(header('claims')).toBe('purpose,region,effective_from,field,value,confidence');
    expect(header('citations')).toBe('purpose,region,effective_from,field,value,source,quote,revision');
  });

  it('are read by DuckDB with dates as DATE', async () => {
    const types = await db.runAndReadAll(
      "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE data_type = 'DATE' AND table_name IN ('lpd_sources', 'lpd_claims', 'lpd_citations') ORDER BY ALL",
    );
    expect(types.getRowsJson().map((row) => row.slice(0, 2).join('.'))).toEqual([
      'lpd_citations.effective_from',
      'lpd_claims.effective_from',
      'lpd_sources.archive_captured',
      'lpd_sources.published',
    ]);
  });
});

describe('the evidence tables joined to lpd_member_decisions', () => {
  it('sample members of every region', () => {
    expect(new Set(members.map((m) => regionOf(m.country!).id))).toEqual(new Set(regions.map((r) => r.id)));
    expect(members).toHaveLength(PER_REGION * regions.length);
  });

  it("give each member exactly decide()'s claims and confidences, its quotes and their revisions, and its sources", async () => {
    const claims = await grouped(`SELECT d.member_id, d.purpose, c.field, c.value, c.confidence ${JOIN_CLAIMS}`);
    const citations = await grouped(
      `SELECT d.member_id, d.purpose, c.field, c.value, ci.source, ci.quote, ci.revision, s.title, s.url, s.confidence,
              s.archive_commit ${JOIN_CITATIONS}`,
    );
    let compared = 0;
    for (const row of members) {
      const { member, at } = libraryInputs(row);
      for (const purpose of PURPOSE_IDS) {
        const decision = decide(purpose, member, at!);
        const key = `${row.member_id} ${purpose}`;
        const expectedClaims = (decision.provision?.claims ?? []).map((c) => JSON.stringify([c.field, String(c.value), c.confidence])).sort();
        const expectedCitations = (decision.provision?.claims ?? [])
          .flatMap((c) =>
            c.citations.map((q) => {
              const source = sourceById(q.source);
              return JSON.stringify([c.field, String(c.value), q.source, q.quote, q.revision, source.title, source.url, source.confidence, source.archive?.commit ?? null]);
            }),
          )
          .sort();
        expect(claims.get(key) ?? [], key).toEqual(expectedClaims);
        expect(citations.get(key) ?? [], key).toEqual(expectedCitations);
        const sqlSources = [...new Set((citations.get(key) ?? []).map((text) => (JSON.parse(text) as string[])[2]))].sort();
        expect(sqlSources, key).toEqual(decision.sources.map((s) => s.id).sort());
        compared += expectedClaims.length;
      }
    }
    expect(compared).toBeGreaterThan(members.length);
  });

  it('has every claim cited and every citation naming a source the sources table holds', async () => {
    const orphans = await db.runAndReadAll(`
      SELECT count(*) FROM lpd_claims AS c
      WHERE NOT EXISTS (SELECT 1 FROM lpd_citations AS ci WHERE (ci.purpose, ci.region, ci.effective_from, ci.field, ci.value) = (c.purpose, c.region, c.effective_from, c.field, c.value))`);
    expect(orphans.getRowsJson()).toEqual([['0']]);
    const unknown = await db.runAndReadAll('SELECT count(*) FROM lpd_citations WHERE source NOT IN (SELECT source FROM lpd_sources)');
    expect(unknown.getRowsJson()).toEqual([['0']]);
  });

  it('loads the tables with the statements the guide shows', () => {
    const guide = readFileSync(`${PACKAGE_ROOT}docs/warehouse.md`, 'utf8');
    for (const statement of loadEvidenceSql('node_modules/linkedin-policy-data/').split('\n')) expect(guide).toContain(statement);
  });
});
