/**
 * The committed DPV 2.3 and fideslang term lists (test/fixtures/vocabularies/), and the check that every term
 * the data or the export uses is in them: a made-up or misspelt term comes back by name.
 */
import { readFileSync } from 'node:fs';

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/vocabularies/${name}`, import.meta.url), 'utf8')) as T;

/** Every IRI of DPV 2.3, and the commit it was read from. */
export const DPV = fixture<{ readonly commit: string; readonly version: string; readonly iris: readonly string[] }>('dpv.json');
/** Every fideslang key, by list, and the commit it was read from. */
export const FIDESLANG = fixture<{
  readonly commit: string;
  readonly dataUses: readonly string[];
  readonly dataCategories: readonly string[];
  readonly dataSubjects: readonly string[];
}>('fideslang.json');

const dpvIris: ReadonlySet<string> = new Set(DPV.iris);

/** The fideslang list each mapped list of the data draws its keys from; regions and lawful bases have none. */
export const FIDESLANG_LIST = {
  purposes: 'dataUses',
  dataCategories: 'dataCategories',
  excludedData: 'dataCategories',
  dataSubjects: 'dataSubjects',
  lawfulBases: null,
  regions: null,
} as const;

/** A term the data or the export uses that its vocabulary does not have, and where it was used. */
export interface UnknownTerm {
  readonly at: string;
  readonly term: string;
}

/** The IRIs in a DPV namespace (`https://w3id.org/dpv…`) that DPV 2.3 does not define. */
export function unknownDpvIris(iris: Iterable<readonly [at: string, iri: string]>): UnknownTerm[] {
  const unknown: UnknownTerm[] = [];
  for (const [at, iri] of iris) if (iri.startsWith('https://w3id.org/dpv') && !dpvIris.has(iri)) unknown.push({ at, term: iri });
  return unknown;
}

/** The keys that the fideslang list `list` does not define (any key at all where `list` is null). */
export function unknownFideslangKeys(list: keyof typeof FIDESLANG | null, keys: Iterable<readonly [at: string, key: string]>): UnknownTerm[] {
  const known = new Set<string>(list === null ? [] : (FIDESLANG[list] as readonly string[]));
  const unknown: UnknownTerm[] = [];
  for (const [at, key] of keys) if (!known.has(key)) unknown.push({ at, term: key });
  return unknown;
}

interface MappedEntry {
  readonly id: string;
  readonly dpv: readonly string[] | null;
  readonly fideslang: readonly string[] | null;
}

/** Every DPV IRI and fideslang key of the vocabulary and regions files that its vocabulary lacks. */
export function unknownMappedTerms(files: { readonly vocabulary: Record<string, unknown>; readonly regions: { readonly regions: readonly MappedEntry[] } }): UnknownTerm[] {
  const lists: [keyof typeof FIDESLANG_LIST, readonly MappedEntry[]][] = [
    ...(['purposes', 'dataCategories', 'excludedData', 'lawfulBases', 'dataSubjects'] as const).map(
      (list): [keyof typeof FIDESLANG_LIST, readonly MappedEntry[]] => [list, files.vocabulary[list] as readonly MappedEntry[]],
    ),
    ['regions', files.regions.regions],
  ];
  return lists.flatMap(([list, entries]) => [
    ...unknownDpvIris(entries.flatMap((entry) => (entry.dpv ?? []).map((iri) => [`${list}.${entry.id}.dpv`, iri] as const))),
    ...unknownFideslangKeys(
      FIDESLANG_LIST[list],
      entries.flatMap((entry) => (entry.fideslang ?? []).map((key) => [`${list}.${entry.id}.fideslang`, key] as const)),
    ),
  ]);
}
