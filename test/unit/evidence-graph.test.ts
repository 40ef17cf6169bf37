/**
 * The evidence of a decision as a normalized graph: claims name their sources by id and carry the quotes, each
 * source stands once, and the whole stays small enough to hand to a browser or write to a log line.
 */
import { describe, expect, it } from 'vitest';
import {
  decide,
  explainAiTraining,
  PolicyInputError,
  regions,
  sourceById,
  sources,
  timeline,
  type Decision,
  type PurposeId,
} from '../../src/index.js';

const PURPOSES: PurposeId[] = ['ai-training', 'microsoft-ads', 'microsoft-ai-training'];

// Every provision of every region and purpose, asked about on the day it starts, in each region's first country.
const everyDecision = PURPOSES.flatMap((purpose) =>
  regions.flatMap((region) =>
    timeline(region.countries[0]!.code, purpose).map((provision) => ({
      name: `${purpose} ${region.id} ${provision.effectiveFrom}`,
      decision: decide(purpose, { country: region.countries[0]!.code }, provision.effectiveFrom),
    })),
  ),
);

const citedIds = (decision: Decision) => decision.provision?.claims.flatMap((c) => c.citations.map((q) => q.source)) ?? [];

describe("a decision's sources", () => {
  it.each(everyDecision)('$name: each source once, in order of first citation, and nothing else', ({ decision }) => {
    const ids = decision.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...new Set(citedIds(decision))]);
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(everyDecision)("$name: every claim's citation names a source of the decision, and the source is the record itself", ({ decision }) => {
    for (const id of citedIds(decision)) expect(decision.sources.find((s) => s.id === id)).toBe(sourceById(id));
  });

  it('hands out sources as records, without quotes', () => {
    for (const source of explainAiTraining({ country: 'DE' }, '2025-11-04').sources) {
      expect(Object.keys(source)).toEqual(['id', 'title', 'publisher', 'url', 'archive', 'revisions', 'published', 'retrieved', 'confidence', 'notes']);
    }
  });

  it('has none before the coverage start', () => {
    expect(explainAiTraining({ country: 'DE' }, '2024-01-01').sources).toEqual([]);
  });
});

describe("a claim's citations", () => {
  it.each(everyDecision)('$name: the source by id, the quote, and the commit that holds it when the source is archived', ({ decision }) => {
    for (const claim of decision.provision?.claims ?? []) {
      for (const citation of claim.citations) {
        const keys = Object.keys(citation);
        expect(keys.slice(0, 3)).toEqual(['source', 'quote', 'revision']);
        expect(keys.slice(3)).toEqual(citation.foundIn === undefined ? [] : ['foundIn']);
        const source = sourceById(citation.source);
        const commits = [source.archive, ...source.revisions].flatMap((a) => (a === null ? [] : [a.commit]));
        if (source.archive === null) expect(citation.revision).toBeNull();
        else expect(commits).toContain(citation.revision);
      }
    }
  });

  it('are frozen', () => {
    const citation = explainAiTraining({ country: 'DE' }, '2025-11-04').provision!.claims[0]!.citations[0]!;
    expect(Object.isFrozen(citation)).toBe(true);
  });
});

describe('timeline provisions', () => {
  it.each(PURPOSES)('%s: carry their claims, not a copy of the citation list, and every cited id resolves', (purpose) => {
    for (const region of regions) {
      for (const provision of timeline(region.countries[0]!.code, purpose)) {
        expect(provision).not.toHaveProperty('citations');
        for (const claim of provision.claims) for (const c of claim.citations) expect(sourceById(c.source).id).toBe(c.source);
      }
    }
  });
});

describe('sourceById', () => {
  it('gets from a claim to its source, its address and its archived commit', () => {
    const claim = explainAiTraining({ country: 'DE' }, '2025-11-04').provision!.claims.find((c) => c.field === 'lawfulBasis')!;
    const source = sourceById(claim.citations[0]!.source);
    expect(source.url).toMatch(/^https:\/\//);
    expect(source.archive?.commit).toBe(claim.citations[0]!.revision);
  });

  it('returns the same record as `sources` lists', () => {
    for (const source of sources) expect(sourceById(source.id)).toBe(source);
    expect(Object.isFrozen(sources)).toBe(true);
    expect(Object.isFrozen(sources[0]!.archive)).toBe(true);
  });

  it.each([['no-such-source'], [''], ['ICO-2024-09-20'], [undefined], [42], [null], [{ id: 'ico-2024-09-20' }]])('rejects %j naming the field and the value', (id) => {
    const call = () => sourceById(id as string);
    expect(call).toThrow(PolicyInputError);
    try {
      call();
    } catch (error) {
      expect((error as PolicyInputError).code).toBe('INVALID_SOURCE');
      expect((error as PolicyInputError).field).toBe('id');
      expect((error as PolicyInputError).value).toBe(id);
      expect((error as Error).message).toMatch(/^Invalid id: /);
      if (typeof id === 'string') expect((error as Error).message).toContain(JSON.stringify(id));
    }
  });

  it('does not find inherited properties by name', () => {
    expect(() => sourceById('constructor')).toThrow(PolicyInputError);
    expect(() => sourceById('__proto__')).toThrow(PolicyInputError);
  });
});

describe('a decision as JSON', () => {
  it('stays small: the decision for Germany the day after the 2025 change is at most 25,000 characters', () => {
    expect(JSON.stringify(explainAiTraining({ country: 'DE' }, '2025-11-04')).length).toBeLessThanOrEqual(25_000);
  });

  it.each(everyDecision)('$name: survives a JSON round trip with the same data, `at` as its ISO string', ({ decision }) => {
    const back = JSON.parse(JSON.stringify(decision)) as Record<string, unknown>;
    expect(back).toEqual({ ...decision, at: decision.at.toISOString() });
    expect(new Date(back['at'] as string)).toEqual(decision.at);
  });
});
