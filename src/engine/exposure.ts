import { isRecordLike, PolicyInputError } from '../errors.js';
import type { ExposureInterval } from '../types/index.js';
import { toInstant } from '../time/date-input.js';
import { reachesAgeAt, UNDOCUMENTED_AGE_LIMIT } from './age.js';
import { statusOf } from './evaluate.js';
import { CANDIDATES_DISAGREE, memberBits } from './candidates.js';
import { optOutFrom, resolveMember, type ResolvedMember } from './member.js';
import { startsIn, type CompiledPurpose, type CompiledTimeline } from './timelines.js';

const RANGE_KEYS: ReadonlySet<string> = new Set(['from', 'to']);
const EXPECTED_RANGE = 'an object { from?, to? } of dates';

/**
 * When `member`'s data could be used for `purpose` within `range`: the decision's status is constant between
 * consecutive breakpoints (effective dates, the day the member reaches each minimum age — 18 where a provision
 * documents none — and the opt-out instant; for a country with several candidate regions, those of every
 * candidate's timeline),
 * so each segment is decided once at its start, which keeps the intervals in exact agreement with `decide`.
 */
export function exposure(purpose: CompiledPurpose, member: unknown, range: unknown): readonly ExposureInterval[] {
  const resolved = resolveMember(member);
  const timelines = [resolved.country.regionIndex, ...(resolved.country.alternatives ?? [])].map((i) => purpose.byRegionIndex[i]!);
  const { from, to } = resolveRange(range, resolved.zone, startsIn(timelines[0]!, resolved.zone)[0]!);
  if (from === to) return Object.freeze([]);

  const points = breakpoints(timelines, resolved, purpose.index).filter((p) => p > from && p < to);
  points.unshift(from);
  const intervals: ExposureInterval[] = [];
  let open: { from: number; status: 'subject' | 'unknown' } | undefined;
  const close = (end: number) => {
    if (open !== undefined) intervals.push(Object.freeze({ from: new Date(open.from), to: end === Infinity ? null : new Date(end), status: open.status }));
    open = undefined;
  };
  for (const point of points) {
    const status = statusOf(memberBits(purpose, resolved, point) & ~CANDIDATES_DISAGREE);
    if (open?.status === status) continue;
    close(point);
    if (status !== 'not-subject') open = { from: point, status };
  }
  close(to);
  return Object.freeze(intervals);
}

function breakpoints(timelines: readonly CompiledTimeline[], member: ResolvedMember, purposeIndex: number): number[] {
  const points = new Set<number>();
  for (const timeline of timelines) {
    for (const start of startsIn(timeline, member.zone)) points.add(start);
    if (member.birth === undefined) continue;
    for (const [, , minimumAge] of timeline.steps) {
      points.add(reachesAgeAt(member.birth, minimumAge ?? UNDOCUMENTED_AGE_LIMIT, member.zone));
    }
  }
  const optedOut = optOutFrom(member, purposeIndex);
  if (optedOut !== undefined && Number.isFinite(optedOut)) points.add(optedOut);
  return [...points].sort((a, b) => a - b);
}

function resolveRange(range: unknown, zone: string, coverageStart: number): { from: number; to: number } {
  if (range === undefined) return { from: coverageStart, to: Infinity };
  if (!isRecordLike(range)) throw new PolicyInputError('INVALID_DATE', 'range', range, EXPECTED_RANGE);
  const fields = range;
  for (const key in fields) {
    if (!RANGE_KEYS.has(key)) throw new PolicyInputError('INVALID_DATE', 'range', key, `${EXPECTED_RANGE} (got an unknown property)`);
  }
  const to = fields.to === undefined ? Infinity : toInstant(fields.to, zone, 'range.to');
  const from = fields.from === undefined ? Math.min(coverageStart, to) : toInstant(fields.from, zone, 'range.from');
  if (to < from) throw new PolicyInputError('INVALID_DATE', 'range.to', fields.to, `a moment not before range.from (${new Date(from).toISOString()})`);
  return { from, to };
}
