import type { Decision } from '../../index.js';

/**
 * A decision as the batch writes it by default: every field of the {@link Decision} except `provision` and
 * `sources`, which are the same for every member of a region at a date and make up nine tenths of its JSON;
 * `effectiveFrom` names the provision instead (`null` before coverage), so it can be looked up with
 * `timeline --json` or in `data/`. `--full` writes whole decisions.
 *
 * @example
 * ```json
 * {"purpose":"ai-training","status":"subject","subject":true,"reasons":["in-scope"],"region":"eu",
 *  "at":"2025-11-03T23:00:00.000Z","timeZone":"Europe/Berlin","effectiveFrom":"2025-11-03","assumptions":[]}
 * ```
 */
export function compactDecisionJson(decision: Decision): string {
  const { provision } = decision;
  // Every string below comes from the data or the library's own enums, except the zone and the assumptions,
  // which are member-given or prose and therefore escaped.
  return (
    `{"purpose":"${decision.purpose}","status":"${decision.status}","subject":${decision.subject},` +
    `"reasons":${JSON.stringify(decision.reasons)},"region":"${decision.region}",` +
    `"at":"${decision.at.toISOString()}","timeZone":${JSON.stringify(decision.timeZone)},` +
    `"effectiveFrom":${provision === null ? 'null' : `"${provision.effectiveFrom}"`},` +
    `"assumptions":${JSON.stringify(decision.assumptions)}}`
  );
}
