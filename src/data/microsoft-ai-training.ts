import json from '../../data/microsoft-ai-training.json';
import type { PurposeTimelineFile } from '../schema/timeline.js';
import { validatedJson } from './freeze.js';

export const microsoftAiTrainingFile = /* @__PURE__ */ validatedJson<PurposeTimelineFile>(json);
