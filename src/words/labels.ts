/**
 * The labels of the vocabulary's ids, read from data/vocabulary.json, so that a new category is a data edit.
 * The CLI, the explorer (through `explainInWords`) and `explainInWords` itself all name ids this way.
 */
import { vocabulary } from '../data/vocabulary.js';
import type { DataCategoryId, ExcludedDataId, LawfulBasisId, PurposeId } from '../types/index.js';

function labeller<Id extends string>(entries: readonly { id: string; label: string }[]): (id: Id) => string {
  const byId = new Map(entries.map((entry) => [entry.id, entry.label]));
  // An id without a label is a data bug the data tests catch; showing the id beats showing nothing.
  return (id) => byId.get(id) ?? id;
}

/** The label of a purpose id. */
export const purposeLabel = /* @__PURE__ */ labeller<PurposeId>(vocabulary.purposes);
/** The label of a data-category id. */
export const dataCategoryLabel = /* @__PURE__ */ labeller<DataCategoryId>(vocabulary.dataCategories);
/** The label of an excluded-data id. */
export const excludedDataLabel = /* @__PURE__ */ labeller<ExcludedDataId>(vocabulary.excludedData);
/** The label of a lawful-basis id. */
export const lawfulBasisLabel = /* @__PURE__ */ labeller<LawfulBasisId>(vocabulary.lawfulBases);

const descriptions = /* @__PURE__ */ new Map<string, string>(vocabulary.purposes.map((entry) => [entry.id, entry.description]));

/** The one-line description of a purpose. */
export function purposeDescription(id: PurposeId): string {
  return descriptions.get(id) ?? '';
}
