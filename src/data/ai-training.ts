import json from '../../data/ai-training.json';
import type { PurposeTimelineFile } from '../schema/timeline.js';
import { validatedJson } from './freeze.js';

export const aiTrainingFile = /* @__PURE__ */ validatedJson<PurposeTimelineFile>(json);
