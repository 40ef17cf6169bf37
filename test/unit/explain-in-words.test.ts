/**
 * `explainInWords`: a decision in the plain sentences the command line prints. The labels come from
 * data/vocabulary.json, every reason code has its own sentence, and the CLI's `check` block says the same
 * sentences (one wording, written once).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisionBlock } from '../../src/cli/render/decision.js';
import { NO_COLOUR } from '../../src/cli/render/colour.js';
import { decide, explainAiTraining, explainInWords, regionOf, withConfidenceAtLeast, type Decision, type ReasonCode } from '../../src/index.js';

const vocabulary = JSON.parse(readFileSync(new URL('../../data/vocabulary.json', import.meta.url), 'utf8')) as Record<
  'purposes' | 'dataCategories' | 'excludedData' | 'lawfulBases',
  { id: string; label: string }[]
>;
const label = (list: keyof typeof vocabulary, id: string) => vocabulary[list].find((entry) => entry.id === id)!.label;

/** One decision per reason code, each reason first in its decision. */
const byReason: Record<ReasonCode, Decision> = {
  'in-scope': explainAiTraining({ country: 'DE' }, '2025-11-03'),
  'region-not-in-scope': explainAiTraining({ country: 'CA' }, '2025-01-15'),
  'not-known': explainAiTraining({ country: 'GB' }, '2024-09-19'),
  minor: explainAiTraining({ country: 'FR', birthDate: '2009-06-01' }, '2025-11-04'),
  'opted-out': explainAiTraining({ country: 'GB', optOuts: { 'ai-training': '2025-10-01' } }, '2025-11-04'),
  'before-coverage': explainAiTraining({ country: 'DE' }, '2020-01-01'),
};

describe('explainInWords', () => {
  it('starts with the status, then one sentence per reason, in the order of the reasons', () => {
    for (const [reason, decision] of Object.entries(byReason)) {
      expect(decision.reasons[0]).toBe(reason);
      const words = explainInWords(decision);
      expect(words[0]).toMatch(new RegExp(`^${label('purposes', decision.purpose)} — ${decision.status.replace('-', ' ').toUpperCase()}: `));
      expect(words.length).toBeGreaterThan(decision.reasons.length);
    }
    const teen = explainAiTraining({ country: 'DE', birthDate: '2010-01-01', optOuts: { 'ai-training': true } }, '2025-11-03');
    expect(teen.reasons).toEqual(['minor', 'opted-out']);
    const [, minor, optedOut] = explainInWords(teen);
    expect(minor).toBe('The member is under 18 on this date, and members under 18 are excluded.');
    expect(optedOut).toMatch(/^The member opted out .*data used before that stays used\.$/);
  });

  it('words every reason code its own way, naming the region and the date the policy took effect', () => {
    const sentences = Object.values(byReason).map((decision) => explainInWords(decision)[1]!);
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(explainInWords(byReason['region-not-in-scope'])[1]).toBe(`LinkedIn paused this in the member's region (${regionOf('CA').name}) since 2024-12-10.`);
    expect(explainInWords(byReason['in-scope'])[1]).toContain(`(${regionOf('DE').name})`);
  });

  it('names the lawful basis, the data used and the data not used by their labels, and the ways to opt out', () => {
    const decision = byReason['in-scope'];
    const provision = decision.provision!;
    const words = explainInWords(decision);
    expect(words).toContain(`Lawful basis: ${label('lawfulBases', provision.lawfulBasis!)}.`);
    expect(words).toContain(`Data used: ${provision.dataCategories!.map((id) => label('dataCategories', id)).join('; ')}.`);
    expect(words).toContain(`Not used: ${provision.excludedData!.map((id) => label('excludedData', id)).join('; ')}.`);
    const paths = words.filter((sentence) => sentence.startsWith('To opt out, way '));
    expect(paths).toHaveLength(provision.optOut!.paths.length);
    provision.optOut!.paths.forEach((path, i) => {
      expect(paths[i]).toContain(`"${path.label}"`);
      if (path.url !== undefined) expect(paths[i]).toContain(path.url);
    });
  });

  it('says "not stated" where the sources are silent, and "left out" where a confidence filter removed the evidence', () => {
    expect(explainInWords(decide('microsoft-ads', { country: 'US' }, '2025-11-03'))).toContain('Lawful basis: not stated by the sources.');
    const full = decide('ai-training', { country: 'US' }, '2025-11-03');
    const filtered = withConfidenceAtLeast(full, 'high');
    const lost = full.provision!.claims.filter((claim) => claim.field === 'dataCategories').length - filtered.provision!.claims.filter((claim) => claim.field === 'dataCategories').length;
    expect(lost).toBeGreaterThan(0);
    expect(explainInWords(filtered).join(' ')).toContain('left out: its evidence is below the confidence asked for');
    expect(explainInWords(full).join(' ')).not.toContain('left out');
  });

  it('hands out a frozen list', () => {
    expect(Object.isFrozen(explainInWords(byReason['in-scope']))).toBe(true);
  });

  it("is the CLI's wording: the check block says each status headline and reason sentence", () => {
    for (const decision of Object.values(byReason)) {
      const block = decisionBlock(decision, { colour: NO_COLOUR, width: 1000 })
        .join('\n')
        .replace(/\s+/g, ' ');
      const [status, ...rest] = explainInWords(decision);
      expect(block).toContain(status!.split(' — ')[1]!.replace(/\.$/, ''));
      for (const reason of rest.slice(0, decision.reasons.length)) expect(block).toContain(reason);
    }
  });
});
