import type { ReasonCode } from '../types/index.js';
import { isUnderAgeAt, UNDOCUMENTED_AGE_LIMIT } from './age.js';
import { isOptedOutAt, type ResolvedMember } from './member.js';
import { BEFORE_COVERAGE, IN_SCOPE, MINOR, NOT_KNOWN, OPTED_OUT } from './reason-bits.js';
import { REASON_CODES, STATUS_OF_REASON } from './reasons.js';
import { provisionIndexAt, type CompiledPurpose, type CompiledTimeline } from './timelines.js';

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
  let bits = BEFORE_COVERAGE;
  let minimumAge: number | null = null;
  if (index >= 0) {
    bits = timeline.statusBits[index]!;
    minimumAge = timeline.minimumAges[index]!;
  }
  // One age check serves both rules (and keeps this function small enough to be inlined into every answer):
  // under a documented minimum age the member is out as a minor; with no documented age rule, see below.
  const underAge =
    index >= 0 && member.birth !== undefined && isUnderAgeAt(member.birth, minimumAge ?? UNDOCUMENTED_AGE_LIMIT, member.zone, t);
  if (underAge && minimumAge !== null) bits |= MINOR;
  if (member.optOuts !== undefined && isOptedOutAt(member, purposeIndex, t)) bits |= OPTED_OUT;
  if (bits !== 0) return bits;
  // No documented age rule is not a licence to answer "subject" for a member known to be a minor: whether
  // they are excluded is something no source says. Only a would-be "subject" turns unknown; a member who is
  // out for another reason stays out.
  return underAge ? NOT_KNOWN : IN_SCOPE;
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
