import { microsoftAiTrainingSteps } from '../../generated/decision-tables.js';
import { compilePurpose } from '../timelines.js';

export const microsoftAiTraining = /* @__PURE__ */ compilePurpose('microsoft-ai-training', microsoftAiTrainingSteps);
