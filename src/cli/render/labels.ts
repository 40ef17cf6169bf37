import { vocabulary } from '../../data/vocabulary.js';
import { meta } from '../../data/meta.js';
import type { Provision, PurposeId } from '../../index.js';

/** Every purpose the data tracks, in data order: what `check` asks about when no `--purpose` is given. */
export const purposeIds: readonly PurposeId[] = vocabulary.purposes.map((entry) => entry.id);

/** The first date the data covers, `YYYY-MM-DD`. */
export const coverageStart: string = meta.coverageStart;

export { dataCategoryLabel, excludedDataLabel, lawfulBasisLabel, purposeDescription, purposeLabel } from '../../words/labels.js';
export { statusHeadline } from '../../words/sentences.js';

/** A provision's own status in words, with why a region is out of scope. */
export function provisionStatusText(provision: Provision): string {
  if (provision.status === 'not-subject') return `not subject (${provision.statusReason === 'paused' ? 'paused' : 'region excluded'})`;
  return provision.status;
}

/** How an opt-out was given on the command line or in the data, in words. */
export function optOutWhen(value: unknown): string {
  return value === true ? 'before any date asked about' : `at ${String(value)}`;
}
