/**
 * How far a source can be trusted, strongest first: `high` is LinkedIn's own text or a regulator, `medium` the
 * press quoting LinkedIn, `low` a secondary summary. A claim is as firm as its strongest citation.
 */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;

/** A confidence level. */
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

const RANK: Readonly<Record<ConfidenceLevel, number>> = { high: 0, medium: 1, low: 2 };

/** Whether `level` is one of {@link CONFIDENCE_LEVELS}. */
export function isConfidenceLevel(level: unknown): level is ConfidenceLevel {
  return level === 'high' || level === 'medium' || level === 'low';
}

/** Whether `level` is at least as firm as `minimum`. */
export function meetsConfidence(level: ConfidenceLevel, minimum: ConfidenceLevel): boolean {
  return RANK[level] <= RANK[minimum];
}

/** The firmest of `levels`; `low` for none. */
export function bestConfidence(levels: Iterable<ConfidenceLevel>): ConfidenceLevel {
  let best: ConfidenceLevel = 'low';
  for (const level of levels) if (RANK[level] < RANK[best]) best = level;
  return best;
}
