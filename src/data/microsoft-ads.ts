import json from '../../data/microsoft-ads.json';
import type { PurposeTimelineFile } from '../schema/timeline.js';
import { validatedJson } from './freeze.js';

export const microsoftAdsFile = /* @__PURE__ */ validatedJson<PurposeTimelineFile>(json);
