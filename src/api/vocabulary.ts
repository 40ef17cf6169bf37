import { vocabulary as file } from '../data/vocabulary.js';
import type { Vocabulary } from '../types/index.js';

/**
 * Every id the data uses — purposes, data categories, excluded data, lawful bases, data subjects — with its
 * label, its description and its closest terms in the W3C Data Privacy Vocabulary 2.3 (`dpv`, full IRIs) and in
 * fideslang (`fideslang`, keys), or `null` with a `note` saying why none fits. Deeply frozen.
 *
 * @example
 * ```ts
 * import { vocabulary } from 'linkedin-policy-data';
 * const training = vocabulary.purposes.find((term) => term.id === 'ai-training');
 * training?.dpv; // => ['https://w3id.org/dpv/ai#ModelTraining', 'https://w3id.org/dpv/ai#GenAI']
 * training?.fideslang; // => ['train_ai_system']
 * vocabulary.excludedData.find((term) => term.id === 'ad-restricted-data')?.dpv; // => null
 * ```
 */
export const vocabulary: Vocabulary = /* @__PURE__ */ listsOf(file);

function listsOf({ purposes, dataCategories, excludedData, lawfulBases, dataSubjects }: Vocabulary): Vocabulary {
  return Object.freeze({ purposes, dataCategories, excludedData, lawfulBases, dataSubjects });
}
