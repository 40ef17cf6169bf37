import { aiTrainingFile } from '../../data/ai-training.js';
import { compilePurpose } from '../timelines.js';

export const aiTraining = /* @__PURE__ */ compilePurpose(aiTrainingFile);
