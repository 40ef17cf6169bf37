/**
 * The evidence as the command line hands it out: decisions whose claims name their sources by id, each source
 * once, small enough to print; the sources command reading the claims; and the evidence tables exported.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { decide, sourceById, type PurposeId } from '../../src/index.js';
import { buildCli, ndjson, runCli } from './cli-helpers.js';

const PURPOSES: PurposeId[] = ['ai-training', 'microsoft-ads', 'microsoft-ai-training'];

interface CheckJson {
  at: string;
  decisions: {
    purpose: PurposeId;
    sources: { id: string }[];
    provision: { claims: { citations: Record<string, unknown>[] }[] } | null;
  }[];
}

beforeAll(() => {
  buildCli();
}, 300_000);

describe('check --json', () => {
  it('prints the three purposes for a member in Germany in at most 60,000 characters, each source once', async () => {
    const run = await runCli(['check', '--country', 'DE', '--date', '2025-11-04', '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeLessThanOrEqual(60_000);
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.decisions.map((d) => d.purpose)).toEqual(PURPOSES);
    for (const decision of json.decisions) {
      const ids = decision.sources.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const claim of decision.provision?.claims ?? []) {
        for (const citation of claim.citations) {
          expect(ids).toContain(citation['source']);
          expect(citation).not.toHaveProperty('url');
          expect(citation).not.toHaveProperty('title');
        }
      }
      expect(decision).toEqual(JSON.parse(JSON.stringify(decide(decision.purpose, { country: 'DE' }, '2025-11-04'))));
    }
  });

  it('lists each source of a decision once in the text answer', async () => {
    const run = await runCli(['check', '--country', 'DE', '--date', '2025-11-04', '--purpose', 'ai-training']);
    expect(run.code).toBe(0);
    for (const source of decide('ai-training', { country: 'DE' }, '2025-11-04').sources) {
      expect(run.stdout.split(`(${source.id}; `).length - 1, source.id).toBe(1);
    }
  });
});

describe('timeline --json', () => {
  it('gives provisions with their claims and no copy of the citation list', async () => {
    const run = await runCli(['timeline', '--country', 'CA', '--purpose', 'ai-training', '--json']);
    const json = JSON.parse(run.stdout) as { timelines: { provisions: Record<string, unknown>[] }[] };
    for (const provision of json.timelines[0]!.provisions) {
      expect(provision).not.toHaveProperty('citations');
      expect(provision['claims']).toBeInstanceOf(Array);
    }
  });
});

describe('sources ID', () => {
  it("groups a source's quotes under the claims they support, read from the claims", async () => {
    const json = JSON.parse((await runCli(['sources', 'ota-erpn-2025', '--json'])).stdout) as {
      id: string;
      citedBy: { purpose: string; effectiveFrom: string; regions: string[]; quotes: { quote: string; supports: string[]; revision: string | null }[] }[];
    };
    expect(json.id).toBe('ota-erpn-2025');
    const eu = json.citedBy.find((c) => c.purpose === 'ai-training' && c.effectiveFrom === '2025-11-03' && c.regions.includes('eu'))!;
    const claims = decide('ai-training', { country: 'DE' }, '2025-11-03').provision!.claims;
    for (const quote of eu.quotes) {
      expect(quote.revision).toMatch(/^[0-9a-f]{40}$/);
      for (const key of quote.supports) {
        const [field, value] = key.includes(':') ? [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)] : [key, undefined];
        const claim = claims.find((c) => c.field === field && (value === undefined || String(c.value) === value))!;
        expect(claim.citations.some((c) => c.source === 'ota-erpn-2025' && c.quote === quote.quote)).toBe(true);
      }
    }
    expect(sourceById(json.id).title.length).toBeGreaterThan(0);
  });

  it('notes a quote\'s revision in the text only where it is not the main archived copy', async () => {
    const flat = (await runCli(['sources', 'ota-erpn-2025'])).stdout.replace(/\s+/g, ' ');
    const main = sourceById('ota-erpn-2025').archive!.commit;
    expect(flat).toContain(`Archived OpenTermsArchive/pga-versions, "LinkedIn/Privacy Policy.md" at commit ${main}`);
    expect(flat).not.toContain(`in the archived revision ${main}`);
    for (const { commit } of sourceById('ota-erpn-2025').revisions) expect(flat).toContain(`in the archived revision ${commit}`);
  });
});

describe('export: the evidence tables', () => {
  const shipped = (name: string) => readFileSync(new URL(`../../tables/${name}.csv`, import.meta.url), 'utf8');
  const outDir = () => mkdtempSync(join(tmpdir(), 'lpd-evidence-'));
  const EVIDENCE = ['sources', 'claims', 'citations'];

  it('--format csv writes sources, claims and citations as the package ships them', async () => {
    const out = outDir();
    const run = await runCli(['export', '--format', 'csv', '--out', out]);
    expect(run.code).toBe(0);
    for (const name of EVIDENCE) {
      expect(run.stderr).toContain(join(out, `${name}.csv`));
      expect(readFileSync(join(out, `${name}.csv`), 'utf8')).toBe(shipped(name));
    }
  });

  it('--format ndjson writes one object per row, keyed by the columns', async () => {
    const out = outDir();
    expect((await runCli(['export', '--format', 'ndjson', '--out', out])).code).toBe(0);
    const citations = ndjson(readFileSync(join(out, 'citations.ndjson'), 'utf8')) as Record<string, unknown>[];
    expect(citations).toHaveLength(shipped('citations').trimEnd().split('\n').length - 1);
    expect(Object.keys(citations[0]!)).toEqual(['purpose', 'region', 'effective_from', 'field', 'value', 'source', 'quote', 'revision']);
    const claims = ndjson(readFileSync(join(out, 'claims.ndjson'), 'utf8'));
    expect(claims).toContainEqual({ purpose: 'ai-training', region: 'eu', effective_from: '2025-11-03', field: 'lawfulBasis', value: 'legitimate-interests', confidence: 'high' });
  });

  it('--format parquet writes the evidence with typed dates and the same rows as the CSV', async () => {
    const out = outDir();
    expect((await runCli(['export', '--format', 'parquet', '--out', out])).code).toBe(0);
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    for (const name of EVIDENCE) {
      const csv = fileURLToPath(new URL(`../../tables/${name}.csv`, import.meta.url));
      const same = await db.runAndReadAll(
        `SELECT count(*) FROM (SELECT * FROM read_parquet('${join(out, `${name}.parquet`)}') EXCEPT ALL SELECT * FROM read_csv('${csv}'))`,
      );
      expect(same.getRowsJson(), name).toEqual([['0']]);
    }
    const types = await db.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${join(out, 'sources.parquet')}')`);
    const typed = Object.fromEntries(types.getRowObjectsJson().map((r) => [String(r['column_name']), String(r['column_type'])]));
    expect([typed['published'], typed['archive_captured'], typed['archive_commit']]).toEqual(['DATE', 'DATE', 'VARCHAR']);
  });
});
