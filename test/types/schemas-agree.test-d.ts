/**
 * The zod schemas are the runtime check of the data and the decisions; the interfaces are what users see.
 * Each pair must describe the same shape, field by field, modulo readonly: a field added to one and not the
 * other fails this file (checked by `tsc --noEmit`, part of `npm test`).
 */
import { expectTypeOf } from 'vitest';
import type * as z from 'zod';
import type * as api from '../../src/index.js';
import type * as schema from '../../src/schema/index.js';
import type { DeepReadonly } from './deep-readonly.js';

type Agree<Interface, Schema extends z.ZodType> = DeepReadonly<z.output<Schema>> extends DeepReadonly<Interface>
  ? DeepReadonly<Interface> extends DeepReadonly<z.output<Schema>>
    ? true
    : false
  : false;

expectTypeOf<DeepReadonly<z.output<typeof schema.ProvisionSchema>>>().toEqualTypeOf<DeepReadonly<api.ProvisionRecord>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.ProvisionWithClaimsSchema>>>().toEqualTypeOf<DeepReadonly<api.Provision>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.CitationSchema>>>().toEqualTypeOf<DeepReadonly<api.Citation>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.ProvisionCitationSchema>>>().toEqualTypeOf<DeepReadonly<api.ProvisionCitation>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.ClaimSchema>>>().toEqualTypeOf<DeepReadonly<api.Claim>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.ClaimCitationSchema>>>().toEqualTypeOf<DeepReadonly<api.ClaimCitation>>();
expectTypeOf<z.output<typeof schema.ClaimFieldSchema>>().toEqualTypeOf<api.ClaimField>();
expectTypeOf<DeepReadonly<z.output<typeof schema.SecondaryCopySchema>>>().toEqualTypeOf<DeepReadonly<api.SecondaryCopy>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.OptOutSchema>>>().toEqualTypeOf<DeepReadonly<api.OptOut>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.OptOutPathSchema>>>().toEqualTypeOf<DeepReadonly<api.OptOutPath>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.RegionSchema>>>().toEqualTypeOf<DeepReadonly<api.Region>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.CountrySchema>>>().toEqualTypeOf<DeepReadonly<api.Country>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.ControllerSchema>>>().toEqualTypeOf<DeepReadonly<api.Controller>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.SourceSchema>>>().toEqualTypeOf<DeepReadonly<api.Source>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.SourceRecordSchema>>>().toEqualTypeOf<DeepReadonly<api.SourceRecord>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.ArchiveSchema>>>().toEqualTypeOf<DeepReadonly<api.Archive>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.MemberSchema>>>().toEqualTypeOf<DeepReadonly<api.Member>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.ExposureIntervalSchema>>>().toEqualTypeOf<DeepReadonly<api.ExposureInterval>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.SubjectDecisionSchema>>>().toEqualTypeOf<DeepReadonly<api.SubjectDecision>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.NotSubjectDecisionSchema>>>().toEqualTypeOf<DeepReadonly<api.NotSubjectDecision>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.UnknownDecisionSchema>>>().toEqualTypeOf<DeepReadonly<api.UnknownDecision>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.DecisionSchema>>>().toEqualTypeOf<DeepReadonly<api.Decision>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.VocabularyMappingSchema>>>().toEqualTypeOf<DeepReadonly<api.VocabularyMapping>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.VocabularyEntrySchema>>>().toEqualTypeOf<DeepReadonly<api.VocabularyTerm>>();
expectTypeOf<DeepReadonly<Omit<z.output<typeof schema.VocabularyFileSchema>, '$schema'>>>().toEqualTypeOf<DeepReadonly<api.Vocabulary>>();
expectTypeOf<z.output<typeof schema.DateInputSchema>>().toEqualTypeOf<api.DateInput>();
expectTypeOf<z.output<typeof schema.ReasonCodeSchema>>().toEqualTypeOf<api.ReasonCode>();
expectTypeOf<z.output<typeof schema.DecisionStatusSchema>>().toEqualTypeOf<api.DecisionStatus>();
expectTypeOf<z.output<typeof schema.ConfidenceSchema>>().toEqualTypeOf<api.Confidence>();
expectTypeOf<z.output<typeof schema.PurposeIdSchema>>().toEqualTypeOf<api.PurposeId>();
expectTypeOf<z.output<typeof schema.RegionIdSchema>>().toEqualTypeOf<api.RegionId>();
expectTypeOf<z.output<typeof schema.LawfulBasisIdSchema>>().toEqualTypeOf<api.LawfulBasisId>();
expectTypeOf<z.output<typeof schema.DataCategoryIdSchema>>().toEqualTypeOf<api.DataCategoryId>();
expectTypeOf<z.output<typeof schema.ExcludedDataIdSchema>>().toEqualTypeOf<api.ExcludedDataId>();
expectTypeOf<DeepReadonly<Extract<z.output<typeof schema.ClaimSchema>, { field: 'excludedData' }>>>().toEqualTypeOf<DeepReadonly<api.ClaimOf<'excludedData'>>>();

// The comparison itself must tell a missing or a changed field apart, or the lines above prove nothing.
expectTypeOf<Agree<api.Provision & { readonly extra: string }, typeof schema.ProvisionWithClaimsSchema>>().toEqualTypeOf<false>();
expectTypeOf<Agree<Omit<api.Provision, 'notes'>, typeof schema.ProvisionWithClaimsSchema>>().toEqualTypeOf<false>();
expectTypeOf<Agree<Omit<api.Provision, 'claims'>, typeof schema.ProvisionWithClaimsSchema>>().toEqualTypeOf<false>();
expectTypeOf<Agree<Omit<api.Provision, 'minimumAge'> & { readonly minimumAge: string | null }, typeof schema.ProvisionWithClaimsSchema>>().toEqualTypeOf<false>();
expectTypeOf<Agree<api.Provision, typeof schema.ProvisionWithClaimsSchema>>().toEqualTypeOf<true>();
// A citation that copied its source in, or a provision that kept the record's citations, would not agree.
expectTypeOf<Agree<api.ClaimCitation & { readonly url: string | null }, typeof schema.ClaimCitationSchema>>().toEqualTypeOf<false>();
expectTypeOf<Agree<api.Provision & Pick<api.ProvisionRecord, 'citations'>, typeof schema.ProvisionWithClaimsSchema>>().toEqualTypeOf<false>();
expectTypeOf<Agree<api.ClaimCitation, typeof schema.ClaimCitationSchema>>().toEqualTypeOf<true>();
// … and tell loose ids apart from the vocabulary's unions.
expectTypeOf<Agree<Omit<api.ProvisionRecord, 'lawfulBasis'> & { readonly lawfulBasis: string | null }, typeof schema.ProvisionSchema>>().toEqualTypeOf<false>();
expectTypeOf<Agree<Omit<api.ProvisionRecord, 'excludedData'> & { readonly excludedData: readonly string[] | null }, typeof schema.ProvisionSchema>>().toEqualTypeOf<false>();

// The interfaces are deeply readonly already: DeepReadonly changes nothing.
expectTypeOf<api.Provision>().toEqualTypeOf<DeepReadonly<api.Provision>>();
expectTypeOf<api.Region>().toEqualTypeOf<DeepReadonly<api.Region>>();
expectTypeOf<api.Source>().toEqualTypeOf<DeepReadonly<api.Source>>();
expectTypeOf<api.Claim>().toEqualTypeOf<DeepReadonly<api.Claim>>();
expectTypeOf<api.ClaimCitation>().toEqualTypeOf<DeepReadonly<api.ClaimCitation>>();
expectTypeOf<api.Decision>().toEqualTypeOf<DeepReadonly<api.Decision>>();
expectTypeOf<api.ExposureInterval>().toEqualTypeOf<DeepReadonly<api.ExposureInterval>>();
expectTypeOf<api.Vocabulary>().toEqualTypeOf<DeepReadonly<api.Vocabulary>>();
expectTypeOf<DeepReadonly<z.output<typeof schema.PlacementSchema>>>().toEqualTypeOf<DeepReadonly<api.Placement>>();
expectTypeOf<z.output<typeof schema.PlacementBasisSchema>>().toEqualTypeOf<api.PlacementBasis>();
