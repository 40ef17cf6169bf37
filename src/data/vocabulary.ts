import json from '../../data/vocabulary.json';
import type { VocabularyFile } from '../schema/vocabulary.js';
import { validatedJson } from './freeze.js';

export const vocabulary = /* @__PURE__ */ validatedJson<VocabularyFile>(json);
