/**
 * `export --format jsonld`: the policy as one JSON-LD document in the W3C Data Privacy Vocabulary. The command
 * runs in-process; the document is expanded by a real JSON-LD processor (jsonld) with the network refused, and
 * what it holds is checked against the data files and the committed DPV 2.3 and fideslang term lists.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export.js';
import type { CliContext } from '../../src/cli/context.js';
import { UsageError } from '../../src/cli/errors.js';
import { unknownDpvIris, unknownFideslangKeys } from '../support/vocabulary-terms.js';

const DPV_NS = 'https://w3id.org/dpv#';
const LPD = 'https://www.npmjs.com/package/linkedin-policy-data#';
const data = (name: string) => JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8')) as unknown;

interface RawProvision {
  effectiveFrom: string;
  lawfulBasis: string | null;
  dataCategories: string[] | null;
  citations: { source: string; quote: string; supports: string[] }[];
}
const timelines = (['ai-training', 'microsoft-ads', 'microsoft-ai-training'] as const).map(
  (purpose) => [purpose, (data(purpose) as { regions: Record<string, RawProvision[]> }).regions] as const,
);
const vocabulary = data('vocabulary') as Record<string, { id: string; dpv: string[] | null }[]>;
const regionFile = data('regions') as { regions: { id: string; dpv: string[] | null }[] };

type Expanded = Record<string, unknown>;
const values = (node: Expanded, property: string): Expanded[] => (node[property] ?? []) as Expanded[];
const ids = (node: Expanded, property: string): string[] => values(node, property).map((value) => value['@id'] as string);

async function runExport(args: string[]): Promise<{ code: number; stderr: string }> {
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ctx = { program: 'linkedin-policy-data', stdout: new PassThrough(), stderr, stdin: new PassThrough(), now: new Date() } as unknown as CliContext;
  const code = await exportCommand(args, ctx);
  return { code, stderr: Buffer.concat(chunks).toString('utf8') };
}

/** Every IRI the expanded graph uses — properties, types, node ids — with the path it was found at. */
function* irisIn(value: unknown, at: string): Generator<readonly [string, string]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* irisIn(item, `${at}[${i}]`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '@id' && typeof inner === 'string') yield [at, inner];
      else if (key === '@type') for (const type of [inner].flat()) yield [at, type as string];
      else if (key === '@value') continue;
      else {
        if (!key.startsWith('@')) yield [at, key];
        yield* irisIn(inner, `${at}/${key}`);
      }
    }
  }
}

/** Every string value of `property`, anywhere in the graph, with where it was found. */
function* literalsOf(value: unknown, property: string, at = ''): Generator<readonly [string, string]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* literalsOf(item, property, `${at}[${i}]`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === property) for (const literal of inner as Expanded[]) yield [at, literal['@value'] as string];
      else yield* literalsOf(inner, property, `${at}/${key}`);
    }
  }
}

let file: string;
let stderr: string;
let document: Record<string, unknown>;
let expanded: Expanded[];
let processes: Expanded[];

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'lpd-jsonld-'));
  const run = await runExport(['--format', 'jsonld', '--out', out]);
  expect(run.code).toBe(0);
  stderr = run.stderr;
  file = join(out, 'policy.jsonld');
  document = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  expanded = (await jsonld.expand(document as jsonld.JsonLdDocument, {
    documentLoader: (url: string) => Promise.reject(new Error(`the document must not need the network, yet it asked for ${url}`)),
  })) as Expanded[];
  processes = expanded.filter((node) => ([node['@type']].flat() as string[]).includes(`${DPV_NS}Process`));
});

describe('export --format jsonld', () => {
  it('writes policy.jsonld with its own @context and says so on stderr', () => {
    expect(stderr).toBe(`linkedin-policy-data: wrote ${file} (${processes.length} processes)\n`);
    expect(document['@context']).toMatchObject({ dpv: DPV_NS, pd: 'https://w3id.org/dpv/pd#', loc: 'https://w3id.org/dpv/loc#' });
  });

  it('expands, offline, to terms that all exist in DPV 2.3', () => {
    const used = [...irisIn(expanded, '')];
    expect(used.filter(([, iri]) => iri.startsWith('https://w3id.org/dpv')).length).toBeGreaterThan(processes.length * 5);
    expect(unknownDpvIris(used)).toEqual([]);
  });

  it('uses fideslang keys that all exist in fideslang, each from its own list', () => {
    const fides = (property: string) => [...literalsOf(expanded, `${LPD}${property}`)];
    expect(fides('fidesDataUse').length).toBeGreaterThan(0);
    expect(unknownFideslangKeys('dataUses', fides('fidesDataUse'))).toEqual([]);
    expect(unknownFideslangKeys('dataCategories', fides('fidesDataCategory'))).toEqual([]);
    expect(unknownFideslangKeys('dataSubjects', fides('fidesDataSubject'))).toEqual([]);
  });

  it('has one process per provision of every purpose and region, in the policy', () => {
    const expected = timelines.flatMap(([purpose, regions]) =>
      Object.entries(regions).flatMap(([region, provisions]) => provisions.map((p) => `${LPD}process/${purpose}/${region}/${p.effectiveFrom}`)),
    );
    expect(processes.map((node) => node['@id']).sort()).toEqual([...expected].sort());
    const policy = expanded.find((node) => ([node['@type']].flat() as string[]).includes(`${DPV_NS}Policy`))!;
    expect(ids(policy, `${DPV_NS}hasProcess`).sort()).toEqual([...expected].sort());
  });

  it('gives each process its legal basis and its jurisdiction, as the data maps them', () => {
    const basisIris = new Map(vocabulary['lawfulBases']!.map((entry) => [entry.id, entry.dpv]));
    const regionIris = new Map(regionFile.regions.map((region) => [region.id, region.dpv]));
    for (const [purpose, regions] of timelines) {
      for (const [region, provisions] of Object.entries(regions)) {
        for (const provision of provisions) {
          const node = processes.find((p) => p['@id'] === `${LPD}process/${purpose}/${region}/${provision.effectiveFrom}`)!;
          const at = `${purpose} ${region} ${provision.effectiveFrom}`;
          expect(ids(node, `${DPV_NS}hasLegalBasis`), at).toEqual(provision.lawfulBasis === null ? [`${LPD}lawful-basis/not-stated`] : basisIris.get(provision.lawfulBasis));
          const jurisdiction = ids(node, `${DPV_NS}hasJurisdiction`);
          expect(jurisdiction, at).toEqual(regionIris.get(region) ?? [`${LPD}region/${region}`]);
          expect(values(node, `${DPV_NS}hasDataController`), at).toHaveLength(1);
        }
      }
    }
  });

  it('attaches every quote the data cites for the provision, with its source and archived commit', () => {
    const process = processes.find((p) => p['@id'] === `${LPD}process/ai-training/eu/2025-11-03`)!;
    const raw = timelines[0]![1]['eu']!.find((p) => p.effectiveFrom === '2025-11-03')!;
    const quotes = values(process, `${LPD}claim`).flatMap((claim) =>
      values(claim, `${LPD}evidence`).flatMap((evidence) => values(evidence, `${LPD}quote`).map((q) => q['@value'])),
    );
    expect(new Set(quotes)).toEqual(new Set(raw.citations.map((citation) => citation.quote)));
    const evidence = values(process, `${LPD}claim`).flatMap((claim) => values(claim, `${LPD}evidence`));
    const archived = evidence.filter((e) => e[`${LPD}archivedCommit`] !== undefined);
    expect(archived.length).toBeGreaterThan(0);
    for (const e of archived) expect(values(e, `${LPD}archivedCommit`)[0]!['@value']).toMatch(/^[0-9a-f]{40}$/);
    expect(evidence.some((e) => ids(e, 'http://purl.org/dc/terms/source')[0]?.startsWith('https://www.linkedin.com/'))).toBe(true);
  });

  it('says which data is used and not, who is excluded, and how to object', () => {
    const process = processes.find((p) => p['@id'] === `${LPD}process/ai-training/eu/2025-11-03`)!;
    expect(ids(process, `${DPV_NS}hasPersonalData`)).toContain('https://w3id.org/dpv/pd#IndividualProfile');
    const prohibitions = values(process, `${DPV_NS}hasProhibition`);
    expect(prohibitions.flatMap((p) => ids(p, `${DPV_NS}hasPersonalData`))).toContain('https://w3id.org/dpv/pd#Authenticating');
    expect(prohibitions.flatMap((p) => ids(p, `${DPV_NS}hasDataSubject`))).toContain(`${DPV_NS}Child`);
    expect(values(process, `${LPD}minimumAge`)[0]!['@value']).toBe(18);
    expect(values(process, `${LPD}onByDefault`)[0]!['@value']).toBe(true);
    expect(ids(process, `${DPV_NS}hasEntityInvolvement`)).toEqual([`${DPV_NS}OptingOutFromProcess`, `${DPV_NS}ObjectingToProcess`]);
    const right = values(process, `${DPV_NS}hasRight`)[0]!;
    const where = values(right, `${DPV_NS}isExercisedAt`).flatMap((notice) => ids(notice, `${LPD}url`));
    expect(where).toContain('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
  });

  it('rejects an unknown format, listing the formats', async () => {
    await expect(runExport(['--format', 'rdfxml', '--out', tmpdir()])).rejects.toThrow(
      new UsageError('unknown format "rdfxml"; expected one of csv, ndjson, parquet, jsonld', 'export'),
    );
  });
});
