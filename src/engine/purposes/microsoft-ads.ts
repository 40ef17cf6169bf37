import { microsoftAdsFile } from '../../data/microsoft-ads.js';
import { compilePurpose } from '../timelines.js';

export const microsoftAds = /* @__PURE__ */ compilePurpose(microsoftAdsFile);
