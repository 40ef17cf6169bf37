import { timelineRecords } from '../data/timeline-files.js';
import type { PurposeId, RegionId } from '../ids.js';
import { withClaims } from '../evidence/resolve.js';
import type { Provision } from '../schema/index.js';

const resolved = /* @__PURE__ */ new WeakMap<readonly object[], readonly Provision[]>();

/**
 * A region's full provisions for a purpose, with their quotes, notes and claims. The engine decides from the
 * generated steps, which are the same provisions in the same order; these are for explaining.
 */
export function provisionsOf(purpose: PurposeId, region: RegionId): readonly Provision[] {
  const records = timelineRecords(purpose, region);
  let provisions = resolved.get(records);
  if (provisions === undefined) {
    provisions = Object.freeze(records.map(withClaims));
    resolved.set(records, provisions);
  }
  return provisions;
}
