import type { PurposeId } from './ids.js';

/**
 * Where an id (or a region) stands in the standard vocabularies privacy tools speak: its closest terms in the
 * W3C Data Privacy Vocabulary 2.3 and in Ethyca's fideslang taxonomy, or `null` with a note saying why none
 * fits.
 *
 * @example
 * ```ts
 * import { vocabulary, type VocabularyMapping } from 'linkedin-policy-data';
 * const basis: VocabularyMapping = vocabulary.lawfulBases[0]!;
 * basis.dpv; // => ['https://w3id.org/dpv#LegitimateInterestOfController', 'https://w3id.org/dpv/legal/eu/gdpr#A6-1-f']
 * ```
 */
export interface VocabularyMapping {
  /** The closest DPV 2.3 terms, as full IRIs under `https://w3id.org/dpv`; `null` when none fits (see `note`). */
  readonly dpv: readonly string[] | null;
  /** The closest fideslang keys (data uses, data categories or data subjects); `null` when none fits (see `note`). */
  readonly fideslang: readonly string[] | null;
  /** How the terms fit, or why none does; always given where a mapping is `null`. */
  readonly note?: string | undefined;
}

/**
 * One id of the dataset's vocabulary with its label, its description and its DPV and fideslang terms.
 *
 * @typeParam Id - the ids of its list (`PurposeId` for purposes).
 *
 * @example
 * ```ts
 * import { vocabulary, type VocabularyTerm } from 'linkedin-policy-data';
 * const profile: VocabularyTerm | undefined = vocabulary.dataCategories.find((term) => term.id === 'profile');
 * profile?.label; // => 'Profile'
 * profile?.dpv?.[0]; // => 'https://w3id.org/dpv/pd#IndividualProfile'
 * ```
 */
export interface VocabularyTerm<Id extends string = string> extends VocabularyMapping {
  /** The id the data and the decisions use. */
  readonly id: Id;
  /** A short human-readable name. */
  readonly label: string;
  /** One line saying what the id covers. */
  readonly description: string;
}

/**
 * Every id the data uses, list by list, each with its label, description and standard-vocabulary terms.
 *
 * @example
 * ```ts
 * import { vocabulary, type Vocabulary } from 'linkedin-policy-data';
 * const lists: Vocabulary = vocabulary;
 * lists.dataSubjects.map((term) => term.id); // => ['members', 'members-under-18']
 * ```
 */
export interface Vocabulary {
  /** The purposes the dataset tracks. */
  readonly purposes: readonly VocabularyTerm<PurposeId>[];
  /** The kinds of member data a provision may use. */
  readonly dataCategories: readonly VocabularyTerm[];
  /** The kinds of data a provision may say are never used. */
  readonly excludedData: readonly VocabularyTerm[];
  /** The lawful bases a provision may rest on. */
  readonly lawfulBases: readonly VocabularyTerm[];
  /** The people whose data the purposes use: members, and members under 18. */
  readonly dataSubjects: readonly VocabularyTerm[];
}
