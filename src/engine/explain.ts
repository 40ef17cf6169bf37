import type { Decision } from '../types/index.js';
import { toInstant } from '../time/date-input.js';
import { provisionSources } from '../evidence/resolve.js';
import { provisionsOf } from './provisions.js';
import { isSubjectBits, MINOR, NOT_KNOWN, reasonBits, reasonList, statusOf, UNDOCUMENTED_AGE_LIMIT } from './evaluate.js';
import { resolveMember, type ResolvedMember } from './member.js';
import { provisionIndexAt, type CompiledPurpose } from './timelines.js';

interface Evaluation {
  readonly member: ResolvedMember;
  readonly t: number;
  readonly index: number;
  readonly bits: number;
}

function evaluate(purpose: CompiledPurpose, member: unknown, at: unknown): Evaluation {
  const resolved = resolveMember(member);
  const t = toInstant(at, resolved.zone, 'at');
  const timeline = purpose.regions[resolved.region];
  const index = provisionIndexAt(timeline, resolved.zone, t);
  return { member: resolved, t, index, bits: reasonBits(timeline, index, resolved, purpose.id, t) };
}

/** Whether `member` is subject to `purpose` at `at`: the cheap path, building no explanation. */
export function isSubjectTo(purpose: CompiledPurpose, member: unknown, at: unknown): boolean {
  return isSubjectBits(evaluate(purpose, member, at).bits);
}

/** The full decision for `member` and `purpose` at `at`. */
export function explain(purpose: CompiledPurpose, member: unknown, at: unknown): Decision {
  const { member: resolved, t, index, bits } = evaluate(purpose, member, at);
  const provision = index < 0 ? null : provisionsOf(purpose.id, resolved.region)[index]!;
  const assumptions: string[] = [];
  if (!resolved.zoneGiven) {
    assumptions.push(`timeZone not given: dates are read in ${resolved.zone}, the default zone for ${resolved.country.code}`);
  }
  if (provision?.minimumAge != null && resolved.birth === undefined && (bits & MINOR) === 0) {
    assumptions.push(`birthDate not given: treated as ${provision.minimumAge} or older`);
  } else if (provision?.status === 'subject' && provision.minimumAge === null) {
    if (resolved.birth === undefined) {
      assumptions.push(`birthDate not given: treated as ${UNDOCUMENTED_AGE_LIMIT} or older`);
    } else if (bits === NOT_KNOWN) {
      assumptions.push(
        `the member is under ${UNDOCUMENTED_AGE_LIMIT} on this date, and no source states whether members under ${UNDOCUMENTED_AGE_LIMIT} are excluded under the provision in force from ${provision.effectiveFrom}`,
      );
    }
  }
  const status = statusOf(bits);
  // The status, reasons and provision agree by construction — the status is the first reason's, and only
  // `before-coverage` (an unknown) comes without a provision — which the union type cannot see; the property
  // tests parse every decision with DecisionSchema, which states the same rules.
  return Object.freeze({
    purpose: purpose.id,
    status,
    subject: status === 'subject',
    reasons: reasonList(bits),
    region: resolved.region,
    at: new Date(t),
    timeZone: resolved.zone,
    provision,
    sources: provisionSources(provision),
    assumptions: Object.freeze(assumptions),
  }) as Decision;
}
