/**
 * LinkedIn's data-use policy — generative-AI training on member data and data sharing with Microsoft — as
 * typed, sourced data, with pure functions that answer whether a policy applies to a member at a moment, why,
 * on what lawful basis, for which data, and how the member opts out.
 *
 * This entry does not load zod; the schemas are in `linkedin-policy-data/schema`.
 *
 * @example
 * ```ts
 * import { explainAiTraining } from 'linkedin-policy-data';
 * const decision = explainAiTraining({ country: 'DE' }, '2025-11-03');
 * if (decision.status === 'subject') {
 *   decision.provision.lawfulBasis; // => 'legitimate-interests'
 * }
 * ```
 *
 * @module linkedin-policy-data
 */
export { aiTrainingExposure } from './api/ai-training-exposure.js';
export { DATA_AS_OF, DATA_VERSION, isDataStale } from './api/data-version.js';
export { decide } from './api/decide.js';
export { explainAiTraining } from './api/explain-ai-training.js';
export { explainInWords } from './api/explain-in-words.js';
export { explainMicrosoftAdsSharing } from './api/explain-microsoft-ads-sharing.js';
export { isSharedWithMicrosoftForAds } from './api/is-shared-with-microsoft-for-ads.js';
export { isSubjectToAiTraining } from './api/is-subject-to-ai-training.js';
export { optOutPaths } from './api/opt-out-paths.js';
export { regionOf } from './api/region-of.js';
export { regions } from './api/regions.js';
export { sourceById } from './api/source-by-id.js';
export { sources } from './api/sources.js';
export { timeline } from './api/timeline.js';
export { vocabulary } from './api/vocabulary.js';
export { withConfidenceAtLeast } from './api/with-confidence-at-least.js';
export { PolicyInputError, type PolicyInputErrorCode } from './errors.js';
export type {
  Archive,
  Citation,
  Claim,
  ClaimCitation,
  ClaimField,
  ClaimOf,
  ClaimValues,
  Confidence,
  Controller,
  Country,
  DataCategoryId,
  CountryRegion,
  DateInput,
  Decision,
  DecisionBase,
  DecisionStatus,
  ExcludedDataId,
  ExposureInterval,
  ExposureRange,
  LawfulBasisId,
  Member,
  NotSubjectDecision,
  OptOut,
  OptOutPath,
  OptOuts,
  Placement,
  PlacementBasis,
  Provision,
  ProvisionCitation,
  ProvisionRecord,
  PurposeId,
  ReasonCode,
  ReasonFor,
  Reasons,
  Region,
  RegionId,
  SecondaryCopy,
  Source,
  SourceId,
  SourceRecord,
  StatusOfReason,
  SubjectDecision,
  UnknownDecision,
  Vocabulary,
  VocabularyMapping,
  VocabularyTerm,
} from './types/index.js';
