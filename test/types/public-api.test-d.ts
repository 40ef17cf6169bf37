/**
 * The public types as a strict TypeScript user meets them (this project compiles with
 * `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess`): narrowing on `status` and `subject`, deeply
 * readonly results, members written without `as const`. Checked by `tsc --noEmit`, part of `npm test`; every
 * `@ts-expect-error` fails the check if the line it marks compiles.
 */
import { expectTypeOf } from 'vitest';
import {
  aiTrainingExposure,
  decide,
  explainAiTraining,
  explainInWords,
  optOutPaths,
  PolicyInputError,
  regionOf,
  regions,
  sourceById,
  sources,
  timeline,
  type ClaimCitation,
  type ClaimOf,
  type DataCategoryId,
  type Decision,
  type ExcludedDataId,
  type LawfulBasisId,
  type Member,
  type NotSubjectDecision,
  type Provision,
  type ReasonCode,
  type Source,
  type SourceId,
  type SubjectDecision,
  type UnknownDecision,
} from '../../src/index.js';

declare const d: Decision;

// Narrowing on status.
if (d.status === 'subject') {
  expectTypeOf(d).toEqualTypeOf<SubjectDecision>();
  expectTypeOf(d.subject).toEqualTypeOf<true>();
  expectTypeOf(d.provision).toEqualTypeOf<Provision>();
  expectTypeOf(d.reasons[0]).toEqualTypeOf<'in-scope'>();
} else if (d.status === 'not-subject') {
  expectTypeOf(d.subject).toEqualTypeOf<false>();
  expectTypeOf(d.provision).toEqualTypeOf<Provision>();
  expectTypeOf(d.reasons[0]).toEqualTypeOf<'region-not-in-scope' | 'minor' | 'opted-out'>();
} else {
  expectTypeOf(d).toEqualTypeOf<UnknownDecision>();
  expectTypeOf(d.provision).toEqualTypeOf<Provision | null>();
  expectTypeOf(d.reasons[0]).toEqualTypeOf<'before-coverage' | 'not-known'>();
}

// Narrowing on subject.
if (d.subject) {
  expectTypeOf(d.status).toEqualTypeOf<'subject'>();
  expectTypeOf(d.provision.lawfulBasis).toEqualTypeOf<LawfulBasisId | null>();
} else {
  expectTypeOf(d.status).toEqualTypeOf<'not-subject' | 'unknown'>();
  expectTypeOf(d).toEqualTypeOf<NotSubjectDecision | UnknownDecision>();
}

// Only an unknown decision can lack a provision.
expectTypeOf<Extract<Decision['provision'], null>>().toEqualTypeOf<null>();
expectTypeOf<Exclude<Decision, UnknownDecision>['provision']>().toEqualTypeOf<Provision>();

// Before narrowing, the reasons are a list of reason codes like any other.
expectTypeOf(d.reasons.includes('opted-out')).toEqualTypeOf<boolean>();
expectTypeOf(d.reasons.map((reason) => reason)).toEqualTypeOf<ReasonCode[]>();
expectTypeOf(d.provision?.effectiveFrom).toEqualTypeOf<string | undefined>();

// The functions hand out the named types.
expectTypeOf(explainAiTraining).returns.toEqualTypeOf<Decision>();
expectTypeOf(decide).returns.toEqualTypeOf<Decision>();
expectTypeOf(timeline).returns.toEqualTypeOf<readonly Provision[]>();
expectTypeOf(sourceById).returns.toEqualTypeOf<Source>();
expectTypeOf<Parameters<typeof sourceById>[0]>().toEqualTypeOf<SourceId>();
expectTypeOf(sources).toEqualTypeOf<readonly Source[]>();

// From a claim to its source: a citation names its source by id, and carries no copy of it.
const claim = explainAiTraining({ country: 'DE' }, '2025-11-03').provision!.claims[0]!;
expectTypeOf(claim.citations[0]!).toEqualTypeOf<ClaimCitation>();
expectTypeOf(sourceById(claim.citations[0]!.source).url).toEqualTypeOf<string | null>();
expectTypeOf(claim.citations[0]!.revision).toEqualTypeOf<string | null>();
// @ts-expect-error a citation is not its source: the address is the source's
claim.citations[0]!.url;
// @ts-expect-error the handed-out provision has its claims, not the record's citation list
timeline('DE', 'ai-training')[0]!.citations;

// Deeply readonly: what the library hands out is frozen, so mutating it must not compile.
const decision = explainAiTraining({ country: 'DE' }, '2025-11-03');
if (decision.status === 'subject') {
  // @ts-expect-error the provision's arrays are readonly
  decision.provision.dataCategories?.push('messages');
  // @ts-expect-error the provision's fields are readonly
  decision.provision.minimumAge = 16;
  // @ts-expect-error the opt-out paths are readonly
  decision.provision.optOut?.paths.push({ kind: 'form', label: 'x' });
}
// @ts-expect-error a decision's fields are readonly
decision.status = 'subject';
// @ts-expect-error the reasons are readonly
decision.reasons.push('in-scope');
// @ts-expect-error the sources are readonly
decision.sources[0]!.title = '';
// @ts-expect-error a source's archive is readonly
decision.sources[0]!.archive!.commit = '';
// @ts-expect-error a claim's citations are readonly
decision.provision!.claims[0]!.citations[0]!.source = 'other';
// @ts-expect-error the list of sources is readonly
sources.push(sourceById('ota-erpn-2025'));
// @ts-expect-error the assumptions are readonly
decision.assumptions.length = 0;
// @ts-expect-error the list of regions is readonly
regions.push(regionOf('DE'));
// @ts-expect-error a region's countries are readonly
regions[0]?.countries.push({ code: 'XX', timeZone: 'UTC' });
// @ts-expect-error a country is readonly
regionOf('DE').countries[0]!.timeZone = 'UTC';
// @ts-expect-error a controller's citations are readonly
regionOf('DE').controller.citations.pop();
// @ts-expect-error a provision's notes are readonly
timeline('DE', 'ai-training')[0]?.notes.push('');
// @ts-expect-error the opt-out paths are readonly
optOutPaths('DE', 'ai-training').push({ kind: 'signal', label: 'x' });
// @ts-expect-error exposure intervals are readonly
aiTrainingExposure({ country: 'DE' })[0]!.to = null;

// Members as users write them: opt-outs from a variable, without `as const`, `false` included.
const member = { country: 'DE', optOuts: { 'ai-training': true } };
explainAiTraining(member, '2025-11-03');
const undecided = { country: 'DE', optOuts: { 'ai-training': false, 'microsoft-ads': '2025-12-01' } };
decide('microsoft-ads', undecided, new Date());
const flags: Record<'ai-training', boolean> = { 'ai-training': Math.random() > 0.5 };
explainAiTraining({ country: 'DE', optOuts: flags }, Date.now());
// Optional fields may be given as undefined, as from a form with empty inputs.
const fromForm: Member = { country: 'DE', birthDate: undefined, timeZone: undefined, optOuts: undefined };
explainAiTraining(fromForm, '2025-11-03');
// A frozen member is accepted: the library never changes its input.
explainAiTraining(Object.freeze({ country: 'DE', optOuts: Object.freeze({ 'ai-training': '2025-12-01' }) }), 0);
// @ts-expect-error an opt-out is true, false or a moment
explainAiTraining({ country: 'DE', optOuts: { 'ai-training': null } }, '2025-11-03');
// @ts-expect-error an opt-out names a real purpose
explainAiTraining({ country: 'DE', optOuts: { 'ai-trianing': true } }, '2025-11-03');

// PolicyInputError narrows unknown errors.
declare const error: unknown;
if (error instanceof PolicyInputError) {
  expectTypeOf(error.code).toEqualTypeOf<PolicyInputError['code']>();
  expectTypeOf(error.field).toEqualTypeOf<string>();
}

// Vocabulary ids are unions of the ids in the data: a misspelt id does not compile.
{
  const provision = timeline('DE', 'ai-training').at(-1)!;
  expectTypeOf(provision.dataCategories).toEqualTypeOf<readonly DataCategoryId[] | null>();
  expectTypeOf(provision.excludedData).toEqualTypeOf<readonly ExcludedDataId[] | null>();
  const basisOk: boolean = provision.lawfulBasis === 'legitimate-interests';
  // @ts-expect-error the lawful basis is 'legitimate-interests', with an s
  const basisTypo: boolean = provision.lawfulBasis === 'legitimate-interest';
  const excludedOk: boolean | undefined = provision.excludedData?.includes('private-messages');
  // @ts-expect-error 'privat-messages' is not an excluded-data id
  const excludedTypo: boolean | undefined = provision.excludedData?.includes('privat-messages');
  // @ts-expect-error 'profiles' is not a data-category id
  const categoryTypo: boolean | undefined = provision.dataCategories?.includes('profiles');

  // A claim's field types its value.
  for (const claim of provision.claims) {
    if (claim.field === 'dataCategories') expectTypeOf(claim.value).toEqualTypeOf<DataCategoryId>();
    if (claim.field === 'minimumAge') expectTypeOf(claim.value).toEqualTypeOf<number>();
    if (claim.field === 'optOut.paths') expectTypeOf(claim).toEqualTypeOf<ClaimOf<'optOut.paths'>>();
    // @ts-expect-error a status claim's value is a status, never 'on'
    if (claim.field === 'status' && claim.value === 'on') break;
  }
  void [basisOk, basisTypo, excludedOk, excludedTypo, categoryTypo];
}

// The plain sentences of a decision, handed out read-only.
expectTypeOf(explainInWords).returns.toEqualTypeOf<readonly string[]>();
{
  const words = explainInWords(explainAiTraining({ country: 'DE' }, '2025-11-03'));
  // @ts-expect-error the sentences are readonly
  words.push('more');
}
