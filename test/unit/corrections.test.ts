/**
 * The corrections a re-reading of LinkedIn's archived texts made, as scenarios. The expectations are transcribed
 * from the research (the texts, commits and quotes named here), not derived from data/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide, explainAiTraining, explainMicrosoftAdsSharing, regions, sourceById, timeline, type Claim, type Decision, type PurposeId } from '../../src/index.js';
import { SAMPLE_COUNTRIES } from '../facts.js';

const claimsOf = (decision: Decision, field: Claim['field']) => decision.provision!.claims.filter((c) => c.field === field);
const confidenceBy = (decision: Decision, field: Claim['field']) =>
  Object.fromEntries(claimsOf(decision, field).map((c) => [String(c.value), c.confidence]));
const quotesOf = (decision: Decision, field: Claim['field']) => claimsOf(decision, field).flatMap((c) => c.citations.map((q) => q.quote));
const everyQuote = (decision: Decision) => decision.provision!.claims.flatMap((c) => c.citations.map((q) => q.quote));

describe('AI-training data categories', () => {
  // The European Regional Privacy Notice's training row lists exactly five kinds of data; feedback rests on the
  // generative-AI FAQ as copied by a third party (medium); engagement only on the starting article (low).
  it.each(['DE', 'NO', 'CH'])('%s from 2025-11-03: five from the notice, feedback medium, engagement low', (country) => {
    expect(confidenceBy(explainAiTraining({ country }, '2025-11-03'), 'dataCategories')).toEqual({
      profile: 'high',
      'member-content': 'high',
      resumes: 'high',
      'gai-inputs': 'high',
      'group-activity': 'high',
      feedback: 'medium',
      engagement: 'low',
    });
  });

  it('GB from 2025-11-03: the same five and feedback; the starting article, which omits the UK, adds nothing', () => {
    expect(confidenceBy(explainAiTraining({ country: 'GB' }, '2025-11-03'), 'dataCategories')).toEqual({
      profile: 'high',
      'member-content': 'high',
      resumes: 'high',
      'gai-inputs': 'high',
      'group-activity': 'high',
      feedback: 'medium',
    });
  });

  it.each(['CA', 'HK'])('%s from 2025-11-03: the FAQ six (medium) and engagement (low)', (country) => {
    const categories = confidenceBy(explainAiTraining({ country }, '2025-11-03'), 'dataCategories');
    expect(categories).toEqual({
      profile: 'medium',
      'member-content': 'medium',
      resumes: 'medium',
      'gai-inputs': 'medium',
      'group-activity': 'medium',
      feedback: 'medium',
      engagement: 'low',
    });
  });

  it.each(['US', 'IN'])('%s from 2025-11-03: the FAQ six, no engagement', (country) => {
    expect(Object.keys(confidenceBy(explainAiTraining({ country }, '2025-11-03'), 'dataCategories')).sort()).toEqual(
      ['feedback', 'gai-inputs', 'group-activity', 'member-content', 'profile', 'resumes'],
    );
  });

  it('does not cite the FAQ sentence on general processing ("how frequently you use LinkedIn") for any category', () => {
    for (const country of ['DE', 'GB', 'CA', 'US']) {
      expect(quotesOf(explainAiTraining({ country }, '2025-11-03'), 'dataCategories').join(' ')).not.toContain('how frequently you use LinkedIn');
    }
  });

  it('leaves the 2024 categories unstated rather than copying 2025 back in time', () => {
    expect(explainAiTraining({ country: 'US' }, '2025-01-01').provision!.dataCategories).toBeNull();
  });
});

describe('the under-18 rule', () => {
  it('is stated for the 2025 change, as LinkedIn words it, at medium confidence', () => {
    const minimumAge = claimsOf(explainAiTraining({ country: 'US' }, '2025-11-03'), 'minimumAge')[0]!;
    expect(minimumAge.value).toBe(18);
    expect(minimumAge.confidence).toBe('medium');
    expect(minimumAge.citations.map((c) => c.quote)).toContain(
      'If we have reason to believe that a member may be under the age of 18, for example, if they are currently in a secondary educational establishment or its local equivalent, we do not train generative AI models with their data, even if their preference appears enabled.',
    );
  });

  it('is not documented before 2025-11-03 in the US and elsewhere', () => {
    for (const country of ['US', 'IN', 'CA', 'HK']) expect(explainAiTraining({ country }, '2024-09-18').provision!.minimumAge).toBeNull();
  });
});

describe('Microsoft ad sharing in the UK', () => {
  it('is unknown from 2024-09-18 to 2025-11-02 and not subject from 2025-11-03', () => {
    expect(explainMicrosoftAdsSharing({ country: 'GB' }, '2024-09-18').status).toBe('unknown');
    expect(explainMicrosoftAdsSharing({ country: 'GB' }, '2025-11-02T23:59').status).toBe('unknown');
    const after = explainMicrosoftAdsSharing({ country: 'GB' }, '2025-11-03');
    expect(after.status).toBe('not-subject');
    expect(after.provision!.statusReason).toBe('excluded');
    expect(after.sources.map((s) => s.id)).toContain('ota-erpn-2025');
  });
});

describe('Microsoft ad sharing in the US, revision of 23 February 2026', () => {
  const before = explainMicrosoftAdsSharing({ country: 'US' }, '2026-02-22');
  const after = explainMicrosoftAdsSharing({ country: 'US' }, '2026-02-23');

  it('quotes the new scope, not the old sentence', () => {
    const quotes = quotesOf(after, 'status');
    expect(quotes).toContain('If you are a member, we may also share your personal information with Microsoft to personalize the ads they show you off of LinkedIn.');
    expect(quotes.some((q) => q.includes('Microsoft may show those ads anywhere, including outside of Microsoft’s services'))).toBe(true);
    expect(everyQuote(after).join(' ')).not.toContain('when you use Microsoft services');
    expect(everyQuote(before).join(' ')).toContain('the ads you see when you use Microsoft services');
  });

  it('reads the new text in the archived revision of that date', () => {
    for (const claim of after.provision!.claims) {
      for (const citation of claim.citations) expect(citation.revision).toBe('d290d7ce314c2a22d442b1ba00fc01b3fb9a8ef4');
    }
  });

  it('moves the opt-out link to the trusted-partners address', () => {
    expect(before.provision!.optOut!.paths.map((p) => p.url)).toContain('https://www.linkedin.com/mypreferences/d/settings/share-data-with-select-partners');
    expect(after.provision!.optOut!.paths.map((p) => p.url)).toContain('https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners');
  });

  it('claims no on-screen label for the setting that no archived text shows', () => {
    expect(after.provision!.optOut!.paths.every((p) => p.control === undefined)).toBe(true);
  });
});

describe('Microsoft AI training', () => {
  it.each(['US', 'CA', 'HK', 'IN'])('%s stays unknown until 2025-11-02, citing the 2024 Privacy Policy and the help page, not the UK-only row', (country) => {
    const decision = decide('microsoft-ai-training', { country }, '2025-11-02');
    expect(decision.status).toBe('unknown');
    const quotes = decision.provision!.claims.flatMap((c) => c.citations.map((q) => `${q.source}: ${q.quote}`));
    expect(quotes.some((q) => q.startsWith('ota-privacy-2024: In regions outside the Designated Countries, we may also share your publicly-shared content'))).toBe(true);
    expect(quotes.some((q) => q.startsWith('linkedin-help-a6278444: ') && q.includes('LinkedIn or its affiliates train'))).toBe(true);
    expect(quotes.join(' ')).not.toContain('Microsoft for its AI training purposes');
  });

  // The Privacy Policy of 3 November 2025 reworded the 2024 sentence (Open Terms Archive, vlopses-ca-versions:
  // still there on 2 November, 61f8f9f7; reworded on 4 November, 299dc41b; unchanged on 20 February 2026, 2496d550).
  it.each(['US', 'CA', 'HK', 'IN'])('%s stays unknown from 2025-11-03, on the reworded sentence of the Privacy Policy of that date', (country) => {
    const decision = decide('microsoft-ai-training', { country }, '2026-12-05');
    expect(decision.status).toBe('unknown');
    expect(decision.provision!.effectiveFrom).toBe('2025-11-03');
    const status = claimsOf(decision, 'status').flatMap((c) => c.citations);
    const policy = status.find((c) => c.source === 'ota-privacy-2025-ca')!;
    expect(policy.quote).toBe(
      'Subject to our European Regional Privacy Notice, we may also share with our Affiliates, including Microsoft, your (1) publicly-shared content (such as your public LinkedIn posts) to provide or develop their services and (2) personal data to improve, provide or develop their advertising services.',
    );
    expect(policy.revision).toBe('299dc41b3bc2af5bc859765cf5bcabb1778ea421');
    expect(status.map((c) => c.source)).not.toContain('ota-privacy-2024');
    expect(status.map((c) => c.source)).toContain('linkedin-help-a6278444');
  });

  it('is subject in the UK from 2025-11-03 on the notice row headed for UK members', () => {
    const decision = decide('microsoft-ai-training', { country: 'GB' }, '2025-11-03');
    expect(decision.status).toBe('subject');
    expect(quotesOf(decision, 'status')).toContain('If you are in the UK: Sharing data with our parent company, Microsoft for its AI training purposes');
  });
});

describe('sources cited only for the regions they cover', () => {
  const cited = (purpose: PurposeId, country: string) => timeline(country, purpose).flatMap((p) => p.claims.flatMap((c) => c.citations.map((q) => q.source)));
  it("LinkedIn's 2025 notice (EU, EEA, CH, CA, HK) is not cited for the US or the rest of the world", () => {
    for (const purpose of ['ai-training', 'microsoft-ads', 'microsoft-ai-training'] as const) {
      for (const country of ['US', ...SAMPLE_COUNTRIES['rest-of-world']]) expect(cited(purpose, country)).not.toContain('linkedin-notice-2025');
    }
  });
  it("the Irish DPC's statement (EU and EEA members) is not cited for Switzerland or outside the EEA", () => {
    for (const country of ['CH', 'GB', 'CA', 'HK', 'US', 'IN']) expect(cited('ai-training', country)).not.toContain('dpc-2025-11');
    expect(cited('ai-training', 'DE')).toContain('dpc-2025-11');
  });
});

describe('the sources themselves', () => {
  interface SourceJson {
    id: string;
    url: string | null;
    archive: { commit: string; path: string; repository: string } | null;
    revisions: { commit: string }[];
  }
  const sources = (JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8')) as { sources: SourceJson[] }).sources;
  const byId = new Map(sources.map((s) => [s.id, s]));

  it('name every archived revision by its full commit hash', () => {
    for (const s of sources) for (const a of [s.archive, ...s.revisions]) if (a) expect(a.commit, s.id).toMatch(/^[0-9a-f]{40}$/);
  });

  it('give the California disclosure its own address and its four captures', () => {
    const disclosure = byId.get('ota-ca-disclosure-us')!;
    expect(disclosure.url).toBe('https://www.linkedin.com/legal/california-privacy-disclosure');
    expect([disclosure.archive, ...disclosure.revisions].map((a) => a!.commit.slice(0, 8))).toEqual(['60ff95e3', 'a5805897', '7d8231db', 'd290d7ce']);
  });

  it('take acceptance by continued use from the User Agreement, not the Privacy Policy', () => {
    const acceptance = claimsOf(explainAiTraining({ country: 'CA' }, '2025-11-03'), 'acceptance')[0]!;
    const agreement = acceptance.citations.find((c) => c.revision !== null)!;
    expect(agreement.revision).toBe('700b23d76de7500c280fdfa30297152027818c01');
    expect(sourceById(agreement.source).archive).toMatchObject({ path: 'LinkedIn/Terms of Service.md' });
  });

  it('record the newest captures read: the User Agreement of 4 November 2025 and the Privacy Policy of 20 February 2026', () => {
    expect(byId.get('ota-user-agreement-2024')!.revisions.map((a) => a.commit)).toContain('1f64470599a6f6cca2571643899d2266036c791e');
    expect(byId.get('ota-privacy-2025-ca')!.revisions.map((a) => a.commit)).toContain('2496d550c1029a81b37c87ff4703c99f575f6eba');
  });

  it('take the definition of the Designated Countries, which the EU, EEA and Swiss controllers rest on, from the policy in force', () => {
    for (const id of ['eu', 'eea', 'ch']) {
      const definition = regions.find((r) => r.id === id)!.controller.citations.find((c) => c.quote.startsWith('We use the term “Designated Countries”'))!;
      expect(definition.source, id).toBe('ota-privacy-2025-ca');
    }
  });

  it('rate the starting article low', () => {
    expect(explainAiTraining({ country: 'DE' }, '2025-11-03').sources.find((s) => s.id === 'article-2025')?.confidence).toBe('low');
  });

  it('say where a quote found only in a secondary copy was read', () => {
    const minimumAge = claimsOf(explainAiTraining({ country: 'DE' }, '2025-11-03'), 'minimumAge')[0]!;
    const statement = minimumAge.citations.find((c) => c.source === 'linkedin-statement-minors-2025')!;
    expect(statement.foundIn?.url).toMatch(/^https?:\/\//);
    expect(statement.revision).toBeNull();
  });
});
