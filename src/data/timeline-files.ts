import { timelineJson } from '../generated/timeline-json.js';
import type { PurposeId } from '../ids.js';
import type { PurposeTimelineFile } from '../schema/timeline.js';
import { validatedJson } from './freeze.js';

const parsed: Partial<Record<PurposeId, PurposeTimelineFile>> = {};

/**
 * A purpose's timeline file as data/ holds it (provisions with their quotes, notes and citations), deeply
 * frozen. Parsed from its JSON text the first time it is asked for: only explanations and the timeline need
 * it, so an import that answers yes or no never pays for it.
 */
export function timelineFile(purpose: PurposeId): PurposeTimelineFile {
  return (parsed[purpose] ??= validatedJson<PurposeTimelineFile>(JSON.parse(timelineJson[purpose])));
}
