import { REGION_IDS } from '../ids.js';
import type { Decision, Provision, Source } from '../schema/index.js';
import { toInstant } from '../time/date-input.js';
import { assumptionsOf } from './assumptions.js';
import { isSubjectBits, reasonBits, reasonList, statusOf } from './evaluate.js';
import { provisionEvidence } from './evidence.js';
import { resolveMember, type ResolvedMember } from './member.js';
import { provisionsOf } from './provisions.js';
import { provisionIndexAt, type CompiledPurpose } from './timelines.js';

/** Whether `member` is subject to `purpose` at `at`: the cheap path, building no explanation. */
export function isSubjectTo(purpose: CompiledPurpose, member: unknown, at: unknown): boolean {
  const resolved = resolveMember(member);
  const t = toInstant(at, resolved.zone, 'at');
  const timeline = purpose.byRegionIndex[resolved.country.regionIndex]!;
  return isSubjectBits(reasonBits(timeline, provisionIndexAt(timeline, resolved.zone, t), resolved, purpose.index, t));
}

interface ProvisionTable {
  readonly provisions: readonly Provision[];
  /** Each provision's resolved evidence, in the same order. */
  readonly sources: readonly (readonly Source[])[];
}

// A region's provisions and their evidence per purpose, indexed by number: an explanation looks them up by the
// purpose's and the region's places rather than through their names.
const tables: ProvisionTable[][] = [];
const NO_SOURCES = provisionEvidence(null);

function tableOf(purpose: CompiledPurpose, regionIndex: number): ProvisionTable {
  const byRegion = (tables[purpose.index] ??= []);
  let table = byRegion[regionIndex];
  if (table === undefined) {
    const provisions = provisionsOf(purpose.id, REGION_IDS[regionIndex]!);
    table = { provisions, sources: provisions.map(provisionEvidence) };
    byRegion[regionIndex] = table;
  }
  return table;
}

/** The full decision for `member` and `purpose` at `at`. */
export function explain(purpose: CompiledPurpose, member: unknown, at: unknown): Decision {
  const resolved = resolveMember(member);
  return decision(purpose, resolved, toInstant(at, resolved.zone, 'at'));
}

/**
 * The decisions for `member` at `at`, one per purpose in the order given: `purposes.map((p) => explain(p, member,
 * at))`, with the member and the moment validated and read once rather than once per purpose.
 */
export function explainEach(purposes: readonly CompiledPurpose[], member: unknown, at: unknown): Decision[] {
  const resolved = resolveMember(member);
  const t = toInstant(at, resolved.zone, 'at');
  return purposes.map((purpose) => decision(purpose, resolved, t));
}

function decision(purpose: CompiledPurpose, resolved: ResolvedMember, t: number): Decision {
  const region = resolved.country.regionId;
  const timeline = purpose.byRegionIndex[resolved.country.regionIndex]!;
  const index = provisionIndexAt(timeline, resolved.zone, t);
  const bits = reasonBits(timeline, index, resolved, purpose.index, t);
  const { provisions, sources } = tableOf(purpose, resolved.country.regionIndex);
  const provision = index < 0 ? null : provisions[index]!;
  const status = statusOf(bits);
  return Object.freeze({
    purpose: purpose.id,
    status,
    subject: status === 'subject',
    reasons: reasonList(bits),
    region,
    at: new Date(t),
    timeZone: resolved.zone,
    provision,
    sources: index < 0 ? NO_SOURCES : sources[index]!,
    assumptions: assumptionsOf(resolved, provision, bits),
  });
}
