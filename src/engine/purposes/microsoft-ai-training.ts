import { microsoftAiTrainingFile } from '../../data/microsoft-ai-training.js';
import { compilePurpose } from '../timelines.js';

export const microsoftAiTraining = /* @__PURE__ */ compilePurpose(microsoftAiTrainingFile);
