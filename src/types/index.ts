/**
 * The public types, written out as interfaces so that editors show their names and documentation. They are
 * deeply readonly because every value the library hands out is deeply frozen. The zod schemas in
 * `src/schema/` are the runtime check of the same shapes; a type test proves the two agree.
 */
export type { Decision, DecisionBase, ExposureInterval, ExposureRange, NotSubjectDecision, Reasons, SubjectDecision, UnknownDecision } from './decision.js';
export type {
  Confidence,
  DataCategoryId,
  DateInput,
  DecisionStatus,
  ExcludedDataId,
  LawfulBasisId,
  PurposeId,
  ReasonCode,
  ReasonFor,
  RegionId,
  StatusOfReason,
} from './ids.js';
export type { Member, OptOuts } from './member.js';
export type { Citation, Claim, ClaimCitation, ClaimField, ClaimOf, ClaimValues, OptOut, OptOutPath, Provision, ProvisionCitation, ProvisionRecord } from './provision.js';
export type { Controller, Country, CountryRegion, Placement, PlacementBasis, Region } from './region.js';
export type { Archive, SecondaryCopy, Source, SourceId, SourceRecord } from './source.js';
export type { Vocabulary, VocabularyMapping, VocabularyTerm } from './vocabulary.js';
