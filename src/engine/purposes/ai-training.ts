import { aiTrainingSteps } from '../../generated/decision-tables.js';
import { compilePurpose } from '../timelines.js';

export const aiTraining = /* @__PURE__ */ compilePurpose('ai-training', aiTrainingSteps);
