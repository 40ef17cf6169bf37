import type { Confidence, DataCategoryId, ExcludedDataId, LawfulBasisId } from './ids.js';
import type { SecondaryCopy, SourceId } from './source.js';

/**
 * A claim's evidence: the id of a source in `data/sources.json` and the words of that source, verbatim,
 * that support the claim. Provisions and region controllers carry them.
 *
 * @example
 * ```ts
 * import { regionOf, type Citation } from 'linkedin-policy-data';
 * const citations: readonly Citation[] = regionOf('IE').controller.citations;
 * citations.length > 0; // => true
 * ```
 */
export interface Citation {
  /** The id of the source in `data/sources.json`. */
  readonly source: string;
  /** The words of the source that support the claim, verbatim. */
  readonly quote: string;
  /**
   * The full commit of the archived revision that holds the quote, where the source has several (`archive` and
   * `revisions`); without it the quote is in the source's `archive`.
   */
  readonly revision?: string | undefined;
  /** Where the quote was read when it was found only in a secondary copy of the source (press, a proxy of a page). */
  readonly foundIn?: SecondaryCopy | undefined;
}

/**
 * A provision's citation as `data/<purpose>.json` holds it: a quote, its source, and the keys of the claims it
 * supports — `status`, `lawfulBasis`, …, or `field:value` for one entry of a list (`dataCategories:profile`).
 *
 * @example
 * ```ts
 * import { PurposeTimelineFileSchema, type ProvisionCitation } from 'linkedin-policy-data/schema';
 * import json from 'linkedin-policy-data/data/ai-training.json' with { type: 'json' };
 * const citations: readonly ProvisionCitation[] = PurposeTimelineFileSchema.parse(json).regions.gb[1]!.citations;
 * citations.some((c) => c.source === 'ico-2024-09-20' && c.supports.includes('status')); // => true
 * ```
 */
export interface ProvisionCitation extends Citation {
  /** The keys of the claims of the provision that this quote supports: at least one. */
  readonly supports: readonly string[];
}

/**
 * One way to opt out: a setting, a form or a browser signal, with its menu path and link where known.
 *
 * @example
 * ```ts
 * import { optOutPaths, type OptOutPath } from 'linkedin-policy-data';
 * const [setting]: readonly OptOutPath[] = optOutPaths('GB', 'ai-training', '2025-11-03');
 * setting?.kind;            // => 'setting'
 * setting?.menuPath?.at(-1); // => 'Data for Generative AI Improvement'
 * ```
 */
export interface OptOutPath {
  /** `setting` in the account, `form` to submit, or `signal` sent by the browser (such as Global Privacy Control). */
  readonly kind: 'setting' | 'form' | 'signal';
  /** The name LinkedIn gives the setting, form or signal. */
  readonly label: string;
  /** The toggle or option to change, where named. */
  readonly control?: string | undefined;
  /** The menus to follow to reach the setting, outermost first. */
  readonly menuPath?: readonly string[] | undefined;
  /** Where to opt out, where there is a direct link (`https`). */
  readonly url?: string | undefined;
}

/**
 * What opting out does under a provision (`prospective`: it stops future use only) and the ways to do it.
 *
 * @example
 * ```ts
 * import { timeline, type OptOut } from 'linkedin-policy-data';
 * const optOut: OptOut | null | undefined = timeline('IE', 'ai-training').at(-1)?.optOut;
 * optOut?.effect;               // => 'prospective'
 * optOut?.priorOptOutsHonoured; // => true
 * ```
 */
export interface OptOut {
  /** `prospective`: opting out stops future use, and data already used stays used; `unknown` when no source says. */
  readonly effect: 'prospective' | 'unknown';
  /** Whether an opt-out made before this provision carries over; `null` when not stated. */
  readonly priorOptOutsHonoured: boolean | null;
  /** The ways to opt out. */
  readonly paths: readonly OptOutPath[];
}

/**
 * A provision as `data/<purpose>.json` holds it: the fields and the citations, each citation naming the claims it
 * supports. The library hands provisions out as {@link Provision}, with their claims resolved.
 *
 * @example
 * ```ts
 * import { PurposeTimelineFileSchema, type ProvisionRecord } from 'linkedin-policy-data/schema';
 * import json from 'linkedin-policy-data/data/ai-training.json' with { type: 'json' };
 * const [first]: ProvisionRecord[] = PurposeTimelineFileSchema.parse(json).regions.us;
 * first?.citations[0]?.supports.includes('status'); // => true
 * ```
 */
export interface ProvisionRecord {
  /** `YYYY-MM-DD`: the provision applies from 00:00 of this date in the member's time zone. */
  readonly effectiveFrom: string;
  /** `subject`, `not-subject` or `unknown` (no source says). */
  readonly status: 'subject' | 'not-subject' | 'unknown';
  /** Why a `not-subject` region is not subject: `excluded` or `paused`; `null` for other statuses. */
  readonly statusReason: 'excluded' | 'paused' | null;
  /** Whether members are in (`on`) unless they opt out; `null` when not stated. */
  readonly default: 'on' | 'off' | null;
  /** How LinkedIn takes members to accept: `continued-use` or `consent`; `null` when not stated. */
  readonly acceptance: 'continued-use' | 'consent' | null;
  /** A `lawfulBases` id from the vocabulary; `null` when no source states one. */
  readonly lawfulBasis: LawfulBasisId | null;
  /** `dataCategories` ids of the data used; `null` when no source lists them. */
  readonly dataCategories: readonly DataCategoryId[] | null;
  /** `excludedData` ids of data never used; `null` when no source lists them. */
  readonly excludedData: readonly ExcludedDataId[] | null;
  /** Members younger than this, in whole years, are excluded; `null` when no age rule is documented. */
  readonly minimumAge: number | null;
  /** What opting out does and how; `null` when not documented. */
  readonly optOut: OptOut | null;
  /** Anything a reader should know that the fields cannot say. */
  readonly notes: readonly string[];
  /** The evidence: quotes from sources (at least one), each naming the claims of the provision it supports. */
  readonly citations: readonly ProvisionCitation[];
}

/**
 * One entry of a region's timeline for a purpose: what applies from `effectiveFrom` (00:00 in the member's
 * zone) until the next entry, with its evidence claim by claim. `status` is `subject`, `not-subject` (with
 * `statusReason` saying whether the region is `excluded` or the use was `paused`) or `unknown`. Fields no source
 * documents are `null`, and make no claim. Its evidence is `claims`; the raw record's citation list (with
 * `supports`) stays in `data/`, since the claims say all it says.
 *
 * @example
 * ```ts
 * import { timeline, type Provision } from 'linkedin-policy-data';
 * const [before, after]: readonly Provision[] = timeline('IE', 'ai-training');
 * [before?.status, before?.statusReason]; // => ['not-subject', 'excluded']
 * [after?.effectiveFrom, after?.lawfulBasis, after?.minimumAge]; // => ['2025-11-03', 'legitimate-interests', 18]
 * after?.claims.find((claim) => claim.field === 'lawfulBasis')?.confidence; // => 'high'
 * ```
 */
export interface Provision extends Omit<ProvisionRecord, 'citations'> {
  /**
   * One claim per fact the provision states — status, default, acceptance, lawful basis, minimum age, each data
   * category and excluded datum, the opt-out effect, each opt-out path, in that order — each with the quotes that
   * support it, naming their sources by id, and the confidence they give it. This is the provision's whole
   * evidence: the sources themselves stand once, in a decision's `sources` and from `sourceById`.
   */
  readonly claims: readonly Claim[];
}

/**
 * The kind of fact a claim states: `status`, `default`, `acceptance`, `lawfulBasis`, `minimumAge` and
 * `optOut.effect` are single facts; `dataCategories`, `excludedData` and `optOut.paths` make one claim per entry.
 *
 * @example
 * ```ts
 * import { explainAiTraining, type ClaimField } from 'linkedin-policy-data';
 * const fields: ClaimField[] = explainAiTraining({ country: 'DE' }, '2025-11-03').provision!.claims.map((c) => c.field);
 * fields[0]; // => 'status'
 * ```
 */
export type ClaimField =
  | 'status'
  | 'default'
  | 'acceptance'
  | 'lawfulBasis'
  | 'minimumAge'
  | 'dataCategories'
  | 'excludedData'
  | 'optOut.effect'
  | 'optOut.paths';

/**
 * A quote that supports a claim: the source it is from, by id, the words verbatim, and the full commit of the
 * archived revision where the quote can be read again (`null` when the source is not archived). The source
 * record itself is not repeated here: look it up in the decision's `sources` or with
 * {@link linkedin-policy-data!sourceById | sourceById}.
 *
 * @example
 * ```ts
 * import { explainAiTraining, sourceById, type ClaimCitation } from 'linkedin-policy-data';
 * const claim = explainAiTraining({ country: 'DE' }, '2025-11-03').provision!.claims.find((c) => c.field === 'lawfulBasis')!;
 * const [first]: readonly ClaimCitation[] = claim.citations;
 * sourceById(first!.source).publisher; // => 'LinkedIn'
 * first!.revision === sourceById(first!.source).archive?.commit; // => true
 * ```
 */
export interface ClaimCitation {
  /** The id of the source quoted; {@link linkedin-policy-data!sourceById | sourceById} gives the source. */
  readonly source: SourceId;
  /** The words of the source that support the claim, verbatim. */
  readonly quote: string;
  /**
   * The full (40-digit) commit of the source's archived revision that holds the quote — the source's `archive` or
   * one of its `revisions` — or `null` when the source is not archived.
   */
  readonly revision: string | null;
  /** Where the quote was read, when only a secondary copy of the source had it (press, a proxy of a page); absent otherwise. */
  readonly foundIn?: SecondaryCopy | undefined;
}

/**
 * One fact a provision states — its status, default, acceptance, lawful basis, minimum age, opt-out effect, or
 * one data category, excluded datum or opt-out path — with its citations and the confidence they give it: the
 * best among its citations' sources (LinkedIn's own text or a regulator: `high`; the press quoting LinkedIn:
 * `medium`; other summaries: `low`).
 *
 * @example
 * ```ts
 * import { explainAiTraining, type Claim } from 'linkedin-policy-data';
 * const claims: readonly Claim[] = explainAiTraining({ country: 'DE' }, '2025-11-03').provision!.claims;
 * claims.find((c) => c.field === 'lawfulBasis')?.confidence; // => 'high'
 * ```
 *
 * `field` tells the kinds apart, and types `value`: after `claim.field === 'dataCategories'`, `claim.value` is a
 * {@link DataCategoryId}.
 */
export type Claim = { [Field in ClaimField]: ClaimOf<Field> }[ClaimField];

/**
 * The value a claim of each kind states: the provision field's value, or for a list field one entry (a data
 * category id, an excluded-data id, an opt-out path by its url, else its label). A `null` field and an opt-out
 * effect of `unknown` make no claim, so neither value occurs.
 *
 * @example
 * ```ts
 * import type { ClaimValues } from 'linkedin-policy-data';
 * const age: ClaimValues['minimumAge'] = 18;
 * age; // => 18
 * ```
 */
export interface ClaimValues {
  /** The provision's status. */
  readonly status: ProvisionRecord['status'];
  /** Whether members are in unless they opt out. */
  readonly default: NonNullable<ProvisionRecord['default']>;
  /** How LinkedIn takes members to accept. */
  readonly acceptance: NonNullable<ProvisionRecord['acceptance']>;
  /** The lawful basis. */
  readonly lawfulBasis: LawfulBasisId;
  /** The minimum age, in whole years. */
  readonly minimumAge: number;
  /** One data category used. */
  readonly dataCategories: DataCategoryId;
  /** One kind of data never used. */
  readonly excludedData: ExcludedDataId;
  /** What opting out does, where a source says. */
  readonly 'optOut.effect': Exclude<OptOut['effect'], 'unknown'>;
  /** One opt-out path: its url, else its label. */
  readonly 'optOut.paths': string;
}

/**
 * A {@link Claim} of one kind: `field` says the kind and types `value`.
 *
 * @example
 * ```ts
 * import { explainAiTraining, type ClaimOf } from 'linkedin-policy-data';
 * const claims = explainAiTraining({ country: 'DE' }, '2025-11-03').provision!.claims;
 * const basis = claims.find((c): c is ClaimOf<'lawfulBasis'> => c.field === 'lawfulBasis');
 * basis?.value; // => 'legitimate-interests'
 * ```
 */
export interface ClaimOf<Field extends ClaimField> {
  /** The kind of fact. */
  readonly field: Field;
  /** The fact: the field's value, or for a list field the one entry (an opt-out path by its url, else its label). */
  readonly value: ClaimValues[Field];
  /** The best confidence among the citations' sources. */
  readonly confidence: Confidence;
  /** The quotes that support the fact, each naming its source by id: at least one. */
  readonly citations: readonly ClaimCitation[];
}
