import { sourcesFile } from '../data/sources.js';
import type { Source } from '../types/index.js';

/**
 * Every source the data cites, each once, as `data/sources.json` lists them: the records that claims name by id.
 *
 * @example
 * ```ts
 * import { sources } from 'linkedin-policy-data';
 * sources.some((source) => source.id === 'ico-2024-09-20' && source.confidence === 'high'); // => true
 * ```
 */
// A property read at module level is kept by bundlers (it could be a getter), and would carry every source's
// record into bundles that never touch sources, such as isSubjectToAiTraining's: read it in a pure call.
export const sources: readonly Source[] = /* @__PURE__ */ (() => sourcesFile.sources)();
