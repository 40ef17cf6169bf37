import json from '../../data/meta.json';
import type { MetaFile } from '../schema/meta.js';
import { validatedJson } from './freeze.js';

export const meta = /* @__PURE__ */ validatedJson<MetaFile>(json);
