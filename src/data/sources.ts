import json from '../../data/sources.json';
import type { SourcesFile } from '../schema/sources.js';
import { validatedJson } from './freeze.js';

export const sourcesFile = /* @__PURE__ */ validatedJson<SourcesFile>(json);
