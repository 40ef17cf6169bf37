/**
 * The mapping of every id and region to the W3C Data Privacy Vocabulary 2.3 and to fideslang: each term must
 * exist in the committed term lists, a missing mapping must say why, and the public `vocabulary` and `regions`
 * hand the mappings out as the data records them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regions, vocabulary } from '../../src/index.js';
import { DpvIriSchema, RegionsFileSchema, VocabularyFileSchema, VocabularyMappingSchema } from '../../src/schema/index.js';
import { DPV, FIDESLANG, unknownMappedTerms } from '../support/vocabulary-terms.js';
import { VOCABULARY_GUIDE, withMappingTables } from '../../scripts/docs-vocabulary.js';

const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, unknown>;
const vocabularyFile = json('../../data/vocabulary.json');
const regionsFile = json('../../data/regions.json') as unknown as { regions: { id: string; dpv: string[] | null; fideslang: string[] | null }[] };
const LISTS = ['purposes', 'dataCategories', 'excludedData', 'lawfulBases', 'dataSubjects'] as const;

describe('the committed term lists', () => {
  it('name the commit they were read from and hold the vocabularies whole', () => {
    expect(DPV.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(DPV.version).toBe('2.3');
    expect(FIDESLANG.commit).toMatch(/^[0-9a-f]{40}$/);
    // Core, personal-data, AI, location and GDPR terms all come from the one list.
    for (const prefix of ['https://w3id.org/dpv#', 'https://w3id.org/dpv/pd#', 'https://w3id.org/dpv/ai#', 'https://w3id.org/dpv/loc#', 'https://w3id.org/dpv/legal/eu/gdpr#']) {
      expect(DPV.iris.some((iri) => iri.startsWith(prefix)), prefix).toBe(true);
    }
    expect(FIDESLANG.dataUses.length).toBeGreaterThan(40);
    expect(FIDESLANG.dataCategories.length).toBeGreaterThan(80);
    expect(FIDESLANG.dataSubjects.length).toBeGreaterThan(10);
  });
});

describe('every mapped term exists', () => {
  it('in DPV 2.3 and fideslang, for every vocabulary id and region', () => {
    expect(unknownMappedTerms({ vocabulary: vocabularyFile, regions: regionsFile })).toEqual([]);
  });

  it('and a made-up IRI or key fails, named with where it is used', () => {
    const madeUp = json('../fixtures/invalid/made-up-terms.vocabulary.json');
    expect(VocabularyFileSchema.safeParse(madeUp).success).toBe(true); // well formed: only the term lists can tell
    expect(unknownMappedTerms({ vocabulary: madeUp, regions: regionsFile })).toEqual([
      { at: 'purposes.ai-training.fideslang', term: 'train_ai_model' },
      { at: 'dataCategories.profile.dpv', term: 'https://w3id.org/dpv/pd#LinkedInProfile' },
    ]);
  });

  it('a fideslang key from the wrong list fails too: a data use is not a data category', () => {
    const swapped = structuredClone(vocabularyFile) as Record<string, { id: string; fideslang: string[] | null }[]>;
    swapped['dataCategories']!.find((entry) => entry.id === 'profile')!.fideslang = ['train_ai_system'];
    expect(unknownMappedTerms({ vocabulary: swapped, regions: regionsFile })).toEqual([{ at: 'dataCategories.profile.fideslang', term: 'train_ai_system' }]);
  });
});

describe('the schema of a mapping', () => {
  it('takes only full DPV IRIs', () => {
    expect(DpvIriSchema.safeParse('https://w3id.org/dpv/legal/eu/gdpr#A6-1-f').success).toBe(true);
    for (const bad of ['dpv:User', 'http://w3id.org/dpv#User', 'https://w3id.org/dpvx#User', 'https://example.org/dpv#User']) {
      expect(DpvIriSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('requires a note where a mapping is null, and no term twice', () => {
    expect(VocabularyMappingSchema.safeParse({ dpv: null, fideslang: ['user'] }).error?.issues.map((i) => i.message)).toEqual([
      'a note is required to say why no dpv term fits',
    ]);
    expect(VocabularyMappingSchema.safeParse({ dpv: null, fideslang: null, note: 'No term fits.' }).success).toBe(true);
    expect(VocabularyMappingSchema.safeParse({ dpv: ['https://w3id.org/dpv#User', 'https://w3id.org/dpv#User'], fideslang: null, note: 'x' }).success).toBe(false);
  });

  it('is required of every region', () => {
    const { dpv: _dpv, ...unmapped } = RegionsFileSchema.parse(regionsFile).regions[0]!;
    const file = { regions: [unmapped, ...RegionsFileSchema.parse(regionsFile).regions.slice(1)] };
    expect(RegionsFileSchema.safeParse(file).error?.issues.map((i) => i.path.join('.'))).toContain('regions.0.dpv');
  });
});

describe('the public vocabulary', () => {
  it('is the data, list by list, every id with its label, description and terms', () => {
    for (const list of LISTS) expect(vocabulary[list]).toEqual(vocabularyFile[list]);
    expect(Object.keys(vocabulary).sort()).toEqual([...LISTS].sort());
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(vocabulary)).toBe(true);
    expect(Object.isFrozen(vocabulary.dataCategories[0]!.dpv)).toBe(true);
    expect(() => (vocabulary.purposes as unknown as unknown[]).push({})).toThrow(TypeError);
  });

  it('maps every id, or says why it cannot', () => {
    for (const list of LISTS) {
      for (const term of vocabulary[list]) {
        expect(term.dpv !== null || term.note !== undefined, `${list}.${term.id}`).toBe(true);
        expect(term.fideslang !== null || term.note !== undefined, `${list}.${term.id}`).toBe(true);
      }
    }
  });

  it('maps the ids privacy engineers ask about to the closest terms', () => {
    const term = (list: (typeof LISTS)[number], id: string) => vocabulary[list].find((entry) => entry.id === id)!;
    expect(term('lawfulBases', 'legitimate-interests').dpv).toEqual([
      'https://w3id.org/dpv#LegitimateInterestOfController',
      'https://w3id.org/dpv/legal/eu/gdpr#A6-1-f',
    ]);
    expect(term('purposes', 'ai-training').dpv).toEqual(['https://w3id.org/dpv/ai#ModelTraining', 'https://w3id.org/dpv/ai#GenAI']);
    expect(term('purposes', 'microsoft-ads').dpv).toEqual(
      expect.arrayContaining(['https://w3id.org/dpv#PersonalisedAdvertising', 'https://w3id.org/dpv#Share', 'https://w3id.org/dpv#Recipient']),
    );
    expect(term('purposes', 'microsoft-ads').fideslang).toContain('marketing.advertising.third_party.targeted');
    expect(term('excludedData', 'private-messages').note).toMatch(/private messages/);
    expect(term('dataSubjects', 'members-under-18').dpv).toContain('https://w3id.org/dpv#Child');
  });
});

describe('the public regions', () => {
  it('carry their DPV locations; only the rest of the world has none, and says so', () => {
    expect(Object.fromEntries(regions.map((region) => [region.id, region.dpv]))).toEqual({
      eu: ['https://w3id.org/dpv/loc#EU'],
      eea: ['https://w3id.org/dpv/loc#EEA'],
      ch: ['https://w3id.org/dpv/loc#CH'],
      gb: ['https://w3id.org/dpv/loc#GB'],
      ca: ['https://w3id.org/dpv/loc#CA'],
      hk: ['https://w3id.org/dpv/loc#HK'],
      us: ['https://w3id.org/dpv/loc#US'],
      'rest-of-world': null,
    });
    for (const region of regions) expect(region.note, region.id).toMatch(/fideslang has no locations/);
  });
});

describe('the vocabularies guide', () => {
  const guide = readFileSync(new URL(`../../${VOCABULARY_GUIDE}`, import.meta.url), 'utf8');

  it('shows every mapping as the data has it (npm run generate rewrites the tables)', () => {
    expect(withMappingTables(guide)).toBe(guide);
    for (const list of LISTS) for (const term of vocabulary[list]) expect(guide, `${list}.${term.id}`).toContain(`| \`${term.id}\` |`);
    expect(guide).toContain('[`ai:ModelTraining`](https://w3id.org/dpv/ai#ModelTraining)');
  });

  it('would show a changed mapping: the tables are not written by hand', () => {
    const stale = guide.replace('[`ai:ModelTraining`](https://w3id.org/dpv/ai#ModelTraining)', '[`ai:Training`](https://w3id.org/dpv/ai#Training)');
    expect(stale).not.toBe(guide);
    expect(withMappingTables(stale)).toBe(guide);
  });
});
