import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DATA_AS_OF,
  DATA_VERSION,
  decide,
  explainAiTraining,
  explainMicrosoftAdsSharing,
  isDataStale,
  isSharedWithMicrosoftForAds,
  isSubjectToAiTraining,
  optOutPaths,
  regionOf,
  regions,
  timeline,
} from '../../src/index.js';
import { FACTS, FACT_ZONES, SAMPLE_COUNTRIES } from '../facts.js';

function expectDeepFrozen(value: unknown, path = 'value'): void {
  if (typeof value !== 'object' || value === null || value instanceof Date) return;
  expect(Object.isFrozen(value), `${path} is frozen`).toBe(true);
  for (const [key, child] of Object.entries(value)) expectDeepFrozen(child, `${path}.${key}`);
}

describe('regions and regionOf', () => {
  it('has the eight policy regions, each country in exactly one', () => {
    expect(regions.map((r) => r.id)).toEqual(['eu', 'eea', 'ch', 'gb', 'ca', 'hk', 'us', 'rest-of-world']);
    const codes = regions.flatMap((r) => r.countries.map((c) => c.code));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(250);
    const settled = (id: string) => regions.find((r) => r.id === id)?.countries.filter((c) => regionOf(c.code).candidates.length === 1);
    expect(settled('eu')?.map((c) => c.code).filter((code) => !['AX', 'GF', 'GP', 'MF', 'MQ', 'RE', 'YT'].includes(code))).toHaveLength(27);
    expect(settled('eea')?.map((c) => c.code).sort()).toEqual(['IS', 'LI', 'NO']);
  });

  it('finds a region in any case, with its controller', () => {
    for (const [region, countries] of Object.entries(SAMPLE_COUNTRIES)) {
      for (const country of countries) {
        expect(regionOf(country).id).toBe(region);
        expect(regionOf(country.toLowerCase()).id).toBe(region);
      }
    }
    expect(regionOf('dE').controller.name).toBe('LinkedIn Ireland Unlimited Company');
    expect(regionOf('GB').controller.name).toBe('LinkedIn Corporation');
    expect(regionOf('JP').id).toBe('rest-of-world');
  });

  it('takes every code in each of its four spellings, asked once or many times, and nothing that only upper-cases to one', () => {
    for (const code of regions.flatMap((r) => r.countries.map((c) => c.code))) {
      const [a, b] = [code[0]!, code[1]!];
      const spellings = [code, code.toLowerCase(), a + b.toLowerCase(), a.toLowerCase() + b];
      for (let round = 0; round < 2; round++) {
        for (const spelling of spellings) expect(isSubjectToAiTraining({ country: spelling }, '2025-11-04'), spelling).toBe(isSubjectToAiTraining({ country: code }, '2025-11-04'));
      }
    }
    // dotless i and long s upper-case to I and S; the fullwidth letters and the Kelvin sign are not ASCII either
    for (const lookalike of ['\u0131t', '\u017fe', 'ＤＥ', '\u212Ae', 'DE ', 'D', 'DEU']) {
      expect(() => isSubjectToAiTraining({ country: lookalike }, '2025-11-04'), lookalike).toThrow(expect.objectContaining({ code: 'INVALID_COUNTRY', field: 'country' }));
    }
  });

  it('gives each country the zone of its capital', () => {
    for (const [code, zone] of Object.entries(FACT_ZONES)) {
      expect(regionOf(code).countries.find((c) => c.code === code)?.timeZone).toBe(zone);
    }
  });
});

describe('timeline', () => {
  it('is the region history for a purpose, oldest first, matching the researched facts', () => {
    for (const [purpose, table] of Object.entries(FACTS)) {
      for (const [region, rows] of Object.entries(table)) {
        const country = SAMPLE_COUNTRIES[region as keyof typeof SAMPLE_COUNTRIES][0]!;
        const history = timeline(country, purpose as keyof typeof FACTS);
        // Provisions that only add detail keep the status; collapse them to compare with the table.
        const statuses = history.filter((p, i) => i === 0 || p.status !== history[i - 1]!.status);
        expect(statuses.map((p) => [p.effectiveFrom, p.status]), `${purpose} ${region}`).toEqual(rows);
      }
    }
  });
});

describe('decisions carry the provision, sources with quotes, and assumptions', () => {
  it('explains AI training for an EU member after the change', () => {
    const decision = explainAiTraining({ country: 'IE' }, '2025-11-03');
    expect(decision).toMatchObject({ purpose: 'ai-training', status: 'subject', subject: true, region: 'eu', timeZone: 'Europe/Dublin' });
    expect(decision.provision).toMatchObject({
      effectiveFrom: '2025-11-03',
      lawfulBasis: 'legitimate-interests',
      default: 'on',
      minimumAge: 18,
      optOut: { effect: 'prospective' },
    });
    expect(decision.provision?.dataCategories).toEqual(
      expect.arrayContaining(['profile', 'member-content', 'resumes', 'engagement', 'gai-inputs', 'group-activity', 'feedback']),
    );
    expect(decision.provision?.excludedData).toEqual(
      expect.arrayContaining(['private-messages', 'login-credentials', 'payment-data', 'salary-data']),
    );
    expect(decision.sources.length).toBeGreaterThan(0);
    for (const source of decision.sources) {
      expect(source.title.length).toBeGreaterThan(0);
      expect(['high', 'medium', 'low']).toContain(source.confidence);
    }
    expect(decision.sources.map((s) => s.id)).toContain('ota-erpn-2025');
    expect(decision.assumptions).toEqual([
      'timeZone not given: dates are read in Europe/Dublin, the default zone for IE',
      'birthDate not given: treated as 18 or older',
    ]);
  });

  it('states no lawful basis for the US and rest of the world', () => {
    expect(explainAiTraining({ country: 'US' }, '2025-11-03').provision?.lawfulBasis).toBeNull();
    expect(explainAiTraining({ country: 'IN' }, '2025-11-03').provision?.lawfulBasis).toBeNull();
    expect(explainAiTraining({ country: 'CA' }, '2025-11-03').provision?.lawfulBasis).toBe('legitimate-interests');
  });

  it('has no provision and no sources before coverage', () => {
    const decision = explainAiTraining({ country: 'DE' }, '2024-09-17');
    expect(decision.provision).toBeNull();
    expect(decision.sources).toEqual([]);
  });

  it('tells paused from excluded', () => {
    expect(explainAiTraining({ country: 'HK' }, '2025-01-01').provision?.statusReason).toBe('paused');
    expect(explainAiTraining({ country: 'FR' }, '2025-01-01').provision?.statusReason).toBe('excluded');
  });

  it('the named functions agree with the generic engine', () => {
    for (const at of ['2024-10-01', '2025-11-03', '2026-03-01']) {
      for (const country of ['DE', 'GB', 'CA', 'HK', 'US', 'IN']) {
        expect(explainAiTraining({ country }, at)).toEqual(decide('ai-training', { country }, at));
        expect(isSubjectToAiTraining({ country }, at)).toBe(decide('ai-training', { country }, at).subject);
        expect(explainMicrosoftAdsSharing({ country }, at)).toEqual(decide('microsoft-ads', { country }, at));
        expect(isSharedWithMicrosoftForAds({ country }, at)).toBe(decide('microsoft-ads', { country }, at).subject);
      }
    }
  });
});

describe('optOutPaths', () => {
  it('gives the setting and the objection form in Europe, the setting elsewhere', () => {
    expect(optOutPaths('IE', 'ai-training', '2025-11-03').map((p) => p.kind)).toEqual(['setting', 'form']);
    expect(optOutPaths('GB', 'ai-training', '2025-11-03').map((p) => p.kind)).toEqual(['setting', 'form']);
    expect(optOutPaths('CA', 'ai-training', '2025-11-03').map((p) => p.kind)).toEqual(['setting']);
    const [setting] = optOutPaths('US', 'ai-training', '2025-11-03');
    expect(setting).toMatchObject({
      label: 'Data for Generative AI Improvement',
      control: 'Use my data for training content creation AI models',
      url: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
    });
  });

  it('follows the US Data sharing setting to its new address on 23 February 2026', () => {
    const url = (at: string) => optOutPaths('US', 'microsoft-ads', at).find((p) => p.kind === 'setting')?.url;
    expect(url('2026-02-22')).toBe('https://www.linkedin.com/mypreferences/d/settings/share-data-with-select-partners');
    expect(url('2026-02-23')).toBe('https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners');
    expect(optOutPaths('US', 'microsoft-ads', '2026-02-23').map((p) => p.kind)).toContain('signal');
  });

  it('is empty before coverage and where no path is known', () => {
    expect(optOutPaths('DE', 'ai-training', '2024-01-01')).toEqual([]);
    expect(optOutPaths('IN', 'microsoft-ads', '2025-11-03')).toEqual([]);
  });

  it('defaults to now', () => {
    expect(optOutPaths('DE', 'ai-training')).toEqual(optOutPaths('DE', 'ai-training', new Date()));
  });
});

describe('versions and staleness', () => {
  it('DATA_VERSION is the package version and DATA_AS_OF the verification date', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(DATA_VERSION).toBe(pkg.version);
    expect(DATA_AS_OF).toBe('2026-12-05');
  });

  it('isDataStale counts days from 00:00 UTC of DATA_AS_OF', () => {
    // From DATA_AS_OF, so that the test holds each time a watch of the sources moves it.
    const asOf = Date.parse(`${DATA_AS_OF}T00:00:00Z`);
    const day = 86_400_000;
    expect(isDataStale(new Date(asOf + 180 * day).toISOString())).toBe(false); // 180 days
    expect(isDataStale(new Date(asOf + 180 * day + 1).toISOString())).toBe(true);
    expect(isDataStale(new Date(asOf + day), 1)).toBe(false);
    expect(isDataStale(new Date(asOf + day + 1000), 1)).toBe(true);
    expect(isDataStale(asOf, 0)).toBe(false);
  });
});

describe('everything handed out is deeply frozen', () => {
  it('regions, timelines, decisions, sources, exposure intervals and paths', () => {
    expectDeepFrozen(regions);
    expectDeepFrozen(timeline('DE', 'ai-training'));
    expectDeepFrozen(explainAiTraining({ country: 'DE' }, '2025-11-03'));
    expectDeepFrozen(optOutPaths('DE', 'ai-training', '2025-11-03'));
    expect(() => {
      (regions[0] as { name: string }).name = 'changed';
    }).toThrow(TypeError);
  });
});
