/**
 * The labels of the vocabulary's ids, read from data/vocabulary.json, so that a new category is a data edit.
 * The CLI and `explainInWords` name ids this way. Each lookup reads the vocabulary when called: nothing here
 * runs at import, so a bundle that never words a decision carries no vocabulary.
 */
import { vocabulary } from '../data/vocabulary.js';
import type { DataCategoryId, ExcludedDataId, LawfulBasisId, PurposeId } from '../types/index.js';

type Entries = readonly { readonly id: string; readonly label: string; readonly description: string }[];

// An id without a label is a data bug the data tests catch; showing the id beats showing nothing.
const labelIn = (entries: Entries, id: string): string => entries.find((entry) => entry.id === id)?.label ?? id;

/** The label of a purpose id. */
export const purposeLabel = (id: PurposeId): string => labelIn(vocabulary.purposes, id);
/** The label of a data-category id. */
export const dataCategoryLabel = (id: DataCategoryId): string => labelIn(vocabulary.dataCategories, id);
/** The label of an excluded-data id. */
export const excludedDataLabel = (id: ExcludedDataId): string => labelIn(vocabulary.excludedData, id);
/** The label of a lawful-basis id. */
export const lawfulBasisLabel = (id: LawfulBasisId): string => labelIn(vocabulary.lawfulBases, id);

/** The one-line description of a purpose. */
export function purposeDescription(id: PurposeId): string {
  return vocabulary.purposes.find((entry) => entry.id === id)?.description ?? '';
}
