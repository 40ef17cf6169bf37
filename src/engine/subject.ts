import { toInstant } from '../time/date-input.js';
import { bitsUnder, isSubjectBits } from './evaluate.js';
import { resolveMember, type ResolvedMember } from './member.js';
import { quickSubject } from './quick-subject.js';
import type { CompiledPurpose } from './timelines.js';

// A module of its own, apart from explain.ts: the cheap answer must not carry the provisions and their quoted
// sources into a bundle that only asks whether a member is subject.

/** Whether `member` is subject to `purpose` at `at`: the cheap path, building no explanation. */
export function isSubjectTo(purpose: CompiledPurpose, member: unknown, at: unknown): boolean {
  return quickSubject(purpose, member, at) ?? isSubjectInFull(purpose, member, at);
}

function isSubjectInFull(purpose: CompiledPurpose, member: unknown, at: unknown): boolean {
  const resolved = resolveMember(member);
  const t = toInstant(at, resolved.zone, 'at');
  // Subject only where every candidate region says so: the rule of memberBits, without building the reasons.
  const country = resolved.country;
  const alternatives = country.alternatives;
  return (
    isSubjectBits(bitsUnder(purpose, country.regionIndex, resolved, t)) &&
    (alternatives === undefined || subjectUnderAll(purpose, alternatives, resolved, t))
  );
}

// A function of its own: few countries have other candidate regions, and the common path stays small enough
// for the engine to inline it whole.
function subjectUnderAll(purpose: CompiledPurpose, regionIndexes: readonly number[], member: ResolvedMember, t: number): boolean {
  return regionIndexes.every((regionIndex) => isSubjectBits(bitsUnder(purpose, regionIndex, member, t)));
}
