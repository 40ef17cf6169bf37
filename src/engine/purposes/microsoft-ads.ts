import { microsoftAdsSteps } from '../../generated/decision-tables.js';
import { compilePurpose } from '../timelines.js';

export const microsoftAds = /* @__PURE__ */ compilePurpose('microsoft-ads', microsoftAdsSteps);
