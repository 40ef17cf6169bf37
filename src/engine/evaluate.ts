import { REASON_CODES, STATUS_OF_REASON } from './reasons.js';
import type { ReasonCode } from '../schema/index.js';
import type { ResolvedMember } from './member.js';
import { reachesAgeAt } from './age.js';
import type { CompiledTimeline } from './timelines.js';

/** One bit per reason code, in precedence order: the lowest set bit is the reason the status follows. */
export const BEFORE_COVERAGE = 1;
export const REGION_NOT_IN_SCOPE = 2;
export const NOT_KNOWN = 4;
export const MINOR = 8;
export const OPTED_OUT = 16;
export const IN_SCOPE = 32;

/**
 * Which reasons apply to `member` for the purpose whose timeline is given, at instant `t`, with provision
 * `index` in force (-1 before coverage). Returns a bit set; it allocates nothing.
 */
export function reasonBits(
  timeline: CompiledTimeline,
  index: number,
  member: ResolvedMember,
  purpose: string,
  t: number,
): number {
  let bits = 0;
  let minimumAge: number | null = null;
  if (index < 0) {
    bits |= BEFORE_COVERAGE;
  } else {
    const [, status, age] = timeline.steps[index]!;
    if (status === 'not-subject') bits |= REGION_NOT_IN_SCOPE;
    else if (status === 'unknown') bits |= NOT_KNOWN;
    minimumAge = age;
  }
  if (minimumAge !== null && member.birth !== undefined && t < reachesAgeAt(member.birth, minimumAge, member.zone)) {
    bits |= MINOR;
  }
  const optedOutFrom = member.optOutFrom?.[purpose as keyof typeof member.optOutFrom];
  if (optedOutFrom !== undefined && optedOutFrom <= t) bits |= OPTED_OUT;
  return bits === 0 ? IN_SCOPE : bits;
}

/** Whether the first reason in `bits` makes the member subject. */
export function isSubjectBits(bits: number): boolean {
  return bits === IN_SCOPE;
}

const reasonLists: (readonly ReasonCode[])[] = [];
for (let bits = 0; bits < 1 << REASON_CODES.length; bits++) {
  reasonLists.push(Object.freeze(REASON_CODES.filter((_, i) => (bits & (1 << i)) !== 0)));
}

/** The reason codes in a bit set, in precedence order; the arrays are shared and frozen. */
export function reasonList(bits: number): readonly ReasonCode[] {
  return reasonLists[bits]!;
}

/** The status a bit set implies: the status of its first reason. */
export function statusOf(bits: number): 'subject' | 'not-subject' | 'unknown' {
  return STATUS_OF_REASON[reasonLists[bits]![0]!];
}
