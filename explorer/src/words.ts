/**
 * Plain words for the library's codes. Labels of purposes, data categories, excluded data and lawful bases
 * come from data/vocabulary.json (through the package's public `data/*.json` export), so a new category is a
 * data edit. The sentences for a decision's status and reasons are the library's own (`explainInWords`), the
 * same the command line prints; only the short labels of the page's fact list are worded here.
 */
import type { CountryRegion, DecisionStatus, Provision, PurposeId, Region } from 'linkedin-policy-data';
import meta from 'linkedin-policy-data/data/meta.json';
import vocabulary from 'linkedin-policy-data/data/vocabulary.json';

export interface Term {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

/** The purposes, in the data's order. */
export const PURPOSES: readonly (Term & { readonly id: PurposeId })[] = vocabulary.purposes.map((purpose) => ({
  ...purpose,
  id: purpose.id as PurposeId,
}));

/** The first day the data covers, 'YYYY-MM-DD'. */
export const COVERAGE_START: string = meta.coverageStart;

const byId = (terms: readonly Term[]): ReadonlyMap<string, Term> => new Map(terms.map((term) => [term.id, term]));
const categories = byId(vocabulary.dataCategories);
const excluded = byId(vocabulary.excludedData);
const bases = byId(vocabulary.lawfulBases);
const purposes = byId(PURPOSES);

/** A vocabulary term, or a stand-in that shows the raw id when the vocabulary lacks it. */
function termOf(map: ReadonlyMap<string, Term>, id: string): Term {
  return map.get(id) ?? { id, label: id, description: '' };
}

export const purposeTerm = (id: string): Term => termOf(purposes, id);
export const categoryTerm = (id: string): Term => termOf(categories, id);
export const excludedTerm = (id: string): Term => termOf(excluded, id);
export const basisTerm = (id: string): Term => termOf(bases, id);

/** Short status names, also drawn in the timeline. */
export const STATUS_LABEL: Record<DecisionStatus, string> = {
  subject: 'subject',
  'not-subject': 'not subject',
  unknown: 'unknown',
};

export const DEFAULT_LABEL: Record<NonNullable<Provision['default']>, string> = {
  on: 'On: members are included unless they opt out',
  off: 'Off: members are included only if they opt in',
};

export const ACCEPTANCE_LABEL: Record<NonNullable<Provision['acceptance']>, string> = {
  'continued-use': 'By continuing to use LinkedIn',
  consent: 'By consent',
};

export const OPT_OUT_EFFECT_LABEL: Record<NonNullable<Provision['optOut']>['effect'], string> = {
  prospective: 'Stops future use; data already used stays used.',
  unknown: 'Not stated.',
};

export const PATH_KIND_LABEL: Record<'setting' | 'form' | 'signal', string> = {
  setting: 'setting',
  form: 'form',
  signal: 'browser signal',
};

/**
 * Where no source says which region's terms apply in the member's country: the candidate regions, in words, or
 * null where a text settles the region.
 */
export function candidatesSentence(region: CountryRegion, regions: readonly Region[]): string | null {
  if (region.candidates.length < 2) return null;
  const names = region.candidates.map((id) => regions.find((r) => r.id === id)?.name ?? id);
  return `No source says which region's terms apply in your country: those of ${names.join(' or ')}. Each answer below is given only where they all agree; where they differ it is unknown. Your country is listed under ${names[0]}.`;
}
