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
 * One entry of a region's timeline for a purpose: what applies from `effectiveFrom` (00:00 in the member's
 * zone) until the next entry, with its evidence. `status` is `subject`, `not-subject` (with `statusReason`
 * saying whether the region is `excluded` or the use was `paused`) or `unknown`. Fields no source documents
 * are `null`.
 *
 * @example
 * ```ts
 * import { timeline, type Provision } from 'linkedin-policy-data';
 * const [before, after]: readonly Provision[] = timeline('IE', 'ai-training');
 * [before?.status, before?.statusReason]; // => ['not-subject', 'excluded']
 * [after?.effectiveFrom, after?.lawfulBasis, after?.minimumAge]; // => ['2025-11-03', 'legitimate-interests', 18]
 * ```
 */
export interface Provision {
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
  readonly lawfulBasis: string | null;
  /** `dataCategories` ids of the data used; `null` when no source lists them. */
  readonly dataCategories: readonly string[] | null;
  /** `excludedData` ids of data never used; `null` when no source lists them. */
  readonly excludedData: readonly string[] | null;
  /** Members younger than this, in whole years, are excluded; `null` when no age rule is documented. */
  readonly minimumAge: number | null;
  /** What opting out does and how; `null` when not documented. */
  readonly optOut: OptOut | null;
  /** Anything a reader should know that the fields cannot say. */
  readonly notes: readonly string[];
  /** The evidence: every claim of the provision quoted from a source (at least one). */
  readonly citations: readonly Citation[];
}
