import type { DecisionDraft } from '../../engine/explain.js';
import type { Decision, ReasonCode } from '../../index.js';

// The pieces below repeat across millions of decisions: the reason lists are shared frozen arrays, zones
// and assumption sentences come from small sets, and the decisions of one input line share one instant.
const reasonsJson = new WeakMap<object, string>();
const stringJson = new Map<string, string>();
const STRING_CACHE_LIMIT = 10_000;
const isoJson = new Map<number, string>();
const ISO_CACHE_LIMIT = 20_000;

function quoted(text: string): string {
  let json = stringJson.get(text);
  if (json === undefined) {
    json = JSON.stringify(text);
    // Zones and assumptions come from a short list, but a batch could name many zones: keep the cache small.
    if (stringJson.size >= STRING_CACHE_LIMIT) stringJson.clear();
    stringJson.set(text, json);
  }
  return json;
}

function reasons(list: readonly ReasonCode[]): string {
  let json = reasonsJson.get(list);
  if (json === undefined) {
    json = JSON.stringify(list);
    if (Object.isFrozen(list)) reasonsJson.set(list, json);
  }
  return json;
}

function assumptions(list: Decision['assumptions']): string {
  if (list.length === 0) return '[]';
  let json = '[';
  for (let i = 0; i < list.length; i++) json += (i === 0 ? '' : ',') + quoted(list[i]!);
  return `${json}]`;
}

// Date#toISOString costs half a microsecond and a batch asks about the same few dates again and again; the
// decisions of one line share their instant, so the last one is checked first.
let lastTime = NaN;
let lastIso = '';
function isoOf(time: number): string {
  if (time === lastTime) return lastIso;
  let iso = isoJson.get(time);
  if (iso === undefined) {
    iso = new Date(time).toISOString();
    if (isoJson.size >= ISO_CACHE_LIMIT) isoJson.clear();
    isoJson.set(time, iso);
  }
  lastTime = time;
  lastIso = iso;
  return iso;
}

/**
 * A decision as the batch writes it by default, from its draft (the engine need not build and freeze the
 * Decision): every field of the {@link Decision} except `provision` and
 * `sources`, which are the same for every member of a region at a date and make up nine tenths of its JSON;
 * `effectiveFrom` names the provision instead (`null` before coverage), so that it can be looked up with
 * `timeline --json` or in `data/`. `--full` writes whole decisions.
 *
 * @example
 * ```json
 * {"purpose":"ai-training","status":"subject","subject":true,"reasons":["in-scope"],"region":"eu",
 *  "at":"2025-11-03T23:00:00.000Z","timeZone":"Europe/Berlin","effectiveFrom":"2025-11-03","assumptions":[]}
 * ```
 */
export function compactDecisionJson(decision: Readonly<DecisionDraft>): string {
  const { provision } = decision;
  // Ids, statuses and dates are the library's own enums and ISO strings: no escaping needed. The zone can be
  // member-given and the assumptions are prose, so those go through JSON.stringify (cached).
  return (
    `{"purpose":"${decision.purpose}","status":"${decision.status}","subject":${decision.status === 'subject'},` +
    `"reasons":${reasons(decision.reasons)},"region":"${decision.region}",` +
    `"at":"${isoOf(decision.time)}","timeZone":${quoted(decision.timeZone)},` +
    `"effectiveFrom":${provision === null ? 'null' : `"${provision.effectiveFrom}"`},` +
    `"assumptions":${assumptions(decision.assumptions)}}`
  );
}
