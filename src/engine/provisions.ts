import { aiTrainingFile } from '../data/ai-training.js';
import { microsoftAdsFile } from '../data/microsoft-ads.js';
import { microsoftAiTrainingFile } from '../data/microsoft-ai-training.js';
import type { PurposeId, RegionId } from '../ids.js';
import { withClaims } from '../evidence/resolve.js';
import type { Provision, PurposeTimelineFile } from '../schema/index.js';

/** Each purpose's timeline file as the data holds it, before claims are attached. */
export const timelineFiles: Readonly<Record<PurposeId, PurposeTimelineFile>> = {
  'ai-training': aiTrainingFile,
  'microsoft-ads': microsoftAdsFile,
  'microsoft-ai-training': microsoftAiTrainingFile,
};

const resolved = /* @__PURE__ */ new WeakMap<readonly object[], readonly Provision[]>();

/**
 * A region's full provisions for a purpose, with their quotes, notes and claims. The engine decides from the
 * generated steps, which are the same provisions in the same order; these are for explaining.
 */
export function provisionsOf(purpose: PurposeId, region: RegionId): readonly Provision[] {
  const records = timelineFiles[purpose].regions[region];
  let provisions = resolved.get(records);
  if (provisions === undefined) {
    provisions = Object.freeze(records.map(withClaims));
    resolved.set(records, provisions);
  }
  return provisions;
}
