import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decide,
  explainAiTraining,
  PolicyInputError,
  timeline,
  withConfidenceAtLeast,
  type Claim,
  type Confidence,
  type Provision,
  type PurposeId,
} from '../../src/index.js';
import { SAMPLE_COUNTRIES } from '../facts.js';

const PURPOSES: PurposeId[] = ['ai-training', 'microsoft-ads', 'microsoft-ai-training'];
const LEVELS: Confidence[] = ['high', 'medium', 'low'];
const rank = (level: Confidence) => LEVELS.indexOf(level);

// Read straight from data/, not through the library: the claims are checked against the raw records.
const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8')) as T;
interface SourceJson {
  id: string;
  confidence: Confidence;
  archive: { commit: string } | null;
}
interface CitationJson {
  source: string;
  quote: string;
  supports: string[];
  revision?: string;
  foundIn?: { url: string; description: string };
}
const sourceJson = new Map(readJson<{ sources: SourceJson[] }>('sources.json').sources.map((s) => [s.id, s]));
const sourceConfidence = new Map([...sourceJson].map(([id, s]) => [id, s.confidence]));
const recordCitations = (purpose: PurposeId, region: string, index: number) =>
  readJson<{ regions: Record<string, { citations: CitationJson[] }[]> }>(`${purpose}.json`).regions[region]![index]!.citations;

const everyProvision = PURPOSES.flatMap((purpose) =>
  Object.entries(SAMPLE_COUNTRIES).flatMap(([region, [country]]) =>
    timeline(country!, purpose).map((provision, index) => ({
      name: `${purpose} ${region} ${provision.effectiveFrom}`,
      purpose,
      region,
      index,
      country: country!,
      provision,
    })),
  ),
);
const keyOf = (claim: Claim) =>
  ['dataCategories', 'excludedData', 'optOut.paths'].includes(claim.field) ? `${claim.field}:${String(claim.value)}` : claim.field;

/** The facts a provision states, counted from its fields alone: a null field and an unknown opt-out effect state none. */
function statedFacts(p: Provision): string[] {
  const facts = ['status'];
  for (const field of ['default', 'acceptance', 'lawfulBasis', 'minimumAge'] as const) if (p[field] !== null) facts.push(field);
  for (const id of p.dataCategories ?? []) facts.push(`dataCategories=${id}`);
  for (const id of p.excludedData ?? []) facts.push(`excludedData=${id}`);
  if (p.optOut !== null && p.optOut.effect !== 'unknown') facts.push('optOut.effect');
  for (const path of p.optOut?.paths ?? []) facts.push(`optOut.paths=${path.url ?? path.label}`);
  return facts;
}
const factOf = (claim: Claim) =>
  ['dataCategories', 'excludedData', 'optOut.paths'].includes(claim.field) ? `${claim.field}=${String(claim.value)}` : claim.field;

describe('every provision, claim by claim', () => {
  it.each(everyProvision)('$name: one claim per fact it states, each cited', ({ provision }) => {
    expect(provision.claims.map(factOf)).toEqual(statedFacts(provision));
    for (const claim of provision.claims) expect(claim.citations.length, factOf(claim)).toBeGreaterThan(0);
  });

  it.each(everyProvision)("$name: each claim's citations are exactly the record's citations that support it, by source id", ({ provision, purpose, region, index }) => {
    const raw = recordCitations(purpose, region, index);
    for (const claim of provision.claims) {
      const expected = raw
        .filter((c) => c.supports.includes(keyOf(claim)))
        .map((c) => ({
          source: c.source,
          quote: c.quote,
          revision: c.revision ?? sourceJson.get(c.source)!.archive?.commit ?? null,
          ...(c.foundIn === undefined ? {} : { foundIn: c.foundIn }),
        }));
      expect(claim.citations, factOf(claim)).toEqual(expected);
    }
    // The handed-out provision says nothing its claims do not: the record's citation list stays in data/.
    expect(provision).not.toHaveProperty('citations');
  });

  it.each(everyProvision)('$name: each claim is as firm as its firmest source', ({ provision }) => {
    for (const claim of provision.claims) {
      const best = LEVELS[Math.min(...claim.citations.map((c) => rank(sourceConfidence.get(c.source)!)))];
      expect(claim.confidence, factOf(claim)).toBe(best);
    }
  });

  it('gives each claim the value of its field', () => {
    const [, after] = timeline('IE', 'ai-training');
    const value = (field: Claim['field']) => after!.claims.filter((c) => c.field === field).map((c) => c.value);
    expect(value('status')).toEqual(['subject']);
    expect(value('minimumAge')).toEqual([18]);
    expect(value('lawfulBasis')).toEqual(['legitimate-interests']);
    expect(value('optOut.paths')).toEqual([
      'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
      'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
    ]);
  });

  it('hands claims out deeply frozen', () => {
    const claim = explainAiTraining({ country: 'DE' }, '2025-11-03').provision!.claims[0]!;
    expect(Object.isFrozen(claim)).toBe(true);
    expect(Object.isFrozen(claim.citations)).toBe(true);
    expect(Object.isFrozen(claim.citations[0])).toBe(true);
  });
});

describe('withConfidenceAtLeast', () => {
  it.each(everyProvision.flatMap(({ name, provision }) => LEVELS.map((level) => ({ name, provision, level }))))(
    '$name at $level: drops exactly the claims and quotes below the level',
    ({ provision, level }) => {
      const kept = withConfidenceAtLeast(provision, level);
      expect(kept.claims.map(factOf)).toEqual(provision.claims.filter((c) => rank(c.confidence) <= rank(level)).map(factOf));
      const firm = (id: string) => rank(sourceConfidence.get(id)!) <= rank(level);
      const keptClaims = provision.claims.filter((c) => rank(c.confidence) <= rank(level));
      expect(kept.claims.map((c) => c.citations)).toEqual(keptClaims.map((c) => c.citations.filter((q) => firm(q.source))));
      for (const claim of kept.claims) expect(claim.citations.length).toBeGreaterThan(0);
      // The record's own fields are its answer on all the evidence and stay as they are.
      expect({ ...kept, claims: [] }).toEqual({ ...provision, claims: [] });
      expect(Object.isFrozen(kept)).toBe(true);
    },
  );

  it.each(everyProvision.flatMap((entry) => LEVELS.map((level) => ({ ...entry, level }))))(
    '$name at $level: a decision keeps only the sources its remaining claims cite, once each, in order',
    ({ purpose, country, provision, level }) => {
      const decision = decide(purpose, { country }, provision.effectiveFrom);
      expect(decision.provision).toBe(provision);
      const kept = withConfidenceAtLeast(decision, level);
      expect(kept.provision).toBe(withConfidenceAtLeast(provision, level));
      const cited = [...new Set(kept.provision!.claims.flatMap((c) => c.citations.map((q) => q.source)))];
      expect(kept.sources.map((s) => s.id)).toEqual(cited);
      expect(kept.sources.every((s) => rank(s.confidence) <= rank(level))).toBe(true);
      expect(kept.sources.every((s) => decision.sources.includes(s))).toBe(true);
      expect({ ...kept, provision: null, sources: [] }).toEqual({ ...decision, provision: null, sources: [] });
    },
  );

  it('keeps everything at low', () => {
    const provision = timeline('DE', 'ai-training')[1]!;
    expect(withConfidenceAtLeast(provision, 'low')).toEqual(provision);
  });

  it('filters a decision: its provision and its sources, not its answer', () => {
    const decision = decide('microsoft-ads', { country: 'CA' }, '2025-12-01');
    const high = withConfidenceAtLeast(decision, 'high');
    expect(high.status).toBe('subject');
    expect(high.reasons).toEqual(decision.reasons);
    expect(high.sources.every((s) => s.confidence === 'high')).toBe(true);
    expect(high.sources.length).toBeGreaterThan(0);
    expect(high.provision?.claims.map(factOf)).toEqual(['status']);
    expect(withConfidenceAtLeast(decision, 'high')).toBe(high);
  });

  it('passes a decision before coverage through with no provision', () => {
    const decision = decide('ai-training', { country: 'DE' }, '2024-01-01');
    expect(withConfidenceAtLeast(decision, 'high')).toEqual(decision);
  });

  it.each([['certain'], [''], [undefined], [2], ['HIGH']])('rejects the level %j by name', (level) => {
    const provision = timeline('DE', 'ai-training')[0]!;
    const call = () => withConfidenceAtLeast(provision, level as Confidence);
    expect(call).toThrow(PolicyInputError);
    expect(call).toThrow(/Invalid minimum: .*expected a confidence level: 'high', 'medium' or 'low'/);
    try {
      call();
    } catch (error) {
      expect((error as PolicyInputError).code).toBe('INVALID_CONFIDENCE');
      expect((error as PolicyInputError).field).toBe('minimum');
    }
  });

  it('rejects anything but a provision or a decision', () => {
    expect(() => withConfidenceAtLeast({ country: 'DE' } as unknown as Provision, 'high')).toThrow(TypeError);
  });
});
