import json from '../../data/regions.json';
import type { RegionsFile } from '../schema/regions.js';
import { validatedJson } from './freeze.js';

export const regionsFile = /* @__PURE__ */ validatedJson<RegionsFile>(json);
