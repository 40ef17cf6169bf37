import type { ReasonCode } from '../types/index.js';
import { isUnderAgeAt } from './age.js';
import { optOutFrom, type ResolvedMember } from './member.js';
import { REASON_CODES, STATUS_OF_REASON } from './reasons.js';
import { provisionIndexAt, type CompiledPurpose, type CompiledTimeline } from './timelines.js';

/**
 * The age below which a member counts as a minor where the provision in force documents no age rule: such a
 * member is not known to be subject.
 */
export const UNDOCUMENTED_AGE_LIMIT = 18;

// One bit per reason code, by its place in REASON_CODES, so the lowest set bit is the reason the status follows.
const bitOf = (code: ReasonCode): number => 1 << REASON_CODES.indexOf(code);
const BEFORE_COVERAGE = bitOf('before-coverage');
const REGION_NOT_IN_SCOPE = bitOf('region-not-in-scope');
/** The bit of the reason `not-known`. */
export const NOT_KNOWN = bitOf('not-known');
/** The bit of the reason `minor`. */
export const MINOR = bitOf('minor');
/** The bit of the reason `opted-out`. */
export const OPTED_OUT = bitOf('opted-out');
const IN_SCOPE = bitOf('in-scope');

/**
 * Which reasons apply to `member` for the purpose at `purposeIndex` (its place in `PURPOSE_IDS`) whose timeline
 * is given, at instant `t`, with provision `index` in force (-1 before coverage). Returns a bit set; it
 * allocates nothing.
 */
export function reasonBits(
  timeline: CompiledTimeline,
  index: number,
  member: ResolvedMember,
  purposeIndex: number,
  t: number,
): number {
  let bits = 0;
  let minimumAge: number | null = null;
  if (index < 0) {
    bits |= BEFORE_COVERAGE;
  } else {
    // Read by index: destructuring a tuple goes through the iterator protocol, which costs on every call.
    const step = timeline.steps[index]!;
    const status = step[1];
    if (status === 'not-subject') bits |= REGION_NOT_IN_SCOPE;
    else if (status === 'unknown') bits |= NOT_KNOWN;
    minimumAge = step[2];
  }
  if (minimumAge !== null && member.birth !== undefined && isUnderAgeAt(member.birth, minimumAge, member.zone, t)) {
    bits |= MINOR;
  }
  const optedOutFrom = member.optOuts === undefined ? undefined : optOutFrom(member, purposeIndex);
  if (optedOutFrom !== undefined && optedOutFrom <= t) bits |= OPTED_OUT;
  if (bits !== 0) return bits;
  // No documented age rule is not a licence to answer "subject" for a member known to be a minor: whether
  // they are excluded is something no source says. Only a would-be "subject" turns unknown; a member who is
  // out for another reason stays out.
  if (index >= 0 && minimumAge === null && member.birth !== undefined && isUnderAgeAt(member.birth, UNDOCUMENTED_AGE_LIMIT, member.zone, t)) {
    return NOT_KNOWN;
  }
  return IN_SCOPE;
}

/** {@link reasonBits} for `member` as if their country were in the region at `regionIndex`. */
export function bitsUnder(purpose: CompiledPurpose, regionIndex: number, member: ResolvedMember, t: number): number {
  const timeline = purpose.byRegionIndex[regionIndex]!;
  return reasonBits(timeline, provisionIndexAt(timeline, member.zone, t), member, purpose.index, t);
}

/** Whether the first reason in `bits` makes the member subject. */
export function isSubjectBits(bits: number): boolean {
  return bits === IN_SCOPE;
}

// Every combination of reasons as a shared frozen list, so explaining a decision allocates no reasons array.
const reasonLists = /* @__PURE__ */ allReasonLists();

function allReasonLists(): readonly (readonly ReasonCode[])[] {
  return Array.from({ length: 1 << REASON_CODES.length }, (_, bits) =>
    Object.freeze(REASON_CODES.filter((_, i) => (bits & (1 << i)) !== 0)),
  );
}

/** The reason codes in a bit set, in precedence order; the arrays are shared and frozen. */
export function reasonList(bits: number): readonly ReasonCode[] {
  return reasonLists[bits]!;
}

type Status = (typeof STATUS_OF_REASON)[ReasonCode];
// The status of every bit set, looked up by number rather than through the reason's name.
const statuses: readonly Status[] = /* @__PURE__ */ reasonLists.map((list) => STATUS_OF_REASON[list[0] ?? 'in-scope']);

/** The status a bit set implies: the status of its first reason. */
export function statusOf(bits: number): Status {
  return statuses[bits]!;
}
