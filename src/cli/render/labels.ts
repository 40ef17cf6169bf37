import { vocabulary } from '../../data/vocabulary.js';
import { meta } from '../../data/meta.js';
import type { Decision, DecisionStatus, Member, Provision, PurposeId, ReasonCode } from '../../index.js';

/** Every purpose the data tracks, in data order: what `check` asks about when no `--purpose` is given. */
export const purposeIds: readonly PurposeId[] = vocabulary.purposes.map((entry) => entry.id);

/** The first date the data covers, `YYYY-MM-DD`. */
export const coverageStart: string = meta.coverageStart;

function labeller(entries: readonly { id: string; label: string }[]): (id: string) => string {
  const byId = new Map(entries.map((entry) => [entry.id, entry.label]));
  // An id without a label is a data bug the data tests catch; showing the id beats showing nothing.
  return (id) => byId.get(id) ?? id;
}

/** The human label of a purpose id, from `data/vocabulary.json`. */
export const purposeLabel = labeller(vocabulary.purposes);
/** The human label of a data-category id. */
export const dataCategoryLabel = labeller(vocabulary.dataCategories);
/** The human label of an excluded-data id. */
export const excludedDataLabel = labeller(vocabulary.excludedData);
/** The human label of a lawful-basis id. */
export const lawfulBasisLabel = labeller(vocabulary.lawfulBases);

const descriptions = new Map<string, string>(vocabulary.purposes.map((entry) => [entry.id, entry.description]));

/** The one-line description of a purpose. */
export function purposeDescription(id: PurposeId): string {
  return descriptions.get(id) ?? '';
}

/** A decision status in words, for the status line of a block. */
export function statusHeadline(status: DecisionStatus): string {
  switch (status) {
    case 'subject':
      return 'SUBJECT: this applies to the member';
    case 'not-subject':
      return 'NOT SUBJECT: this does not apply to the member';
    case 'unknown':
      return 'UNKNOWN: the sources do not say';
  }
}

/** A provision's own status in words, with why a region is out of scope. */
export function provisionStatusText(provision: Provision): string {
  if (provision.status === 'not-subject') return `not subject (${provision.statusReason === 'paused' ? 'paused' : 'region excluded'})`;
  return provision.status;
}

/** How an opt-out was given on the command line or in the data, in words. */
export function optOutWhen(value: unknown): string {
  return value === true ? 'before any date asked about' : `at ${String(value)}`;
}

/**
 * Why a decision came out as it did, in plain words: one sentence per reason code, using the provision and
 * the member for the particulars (the region, the age limit, when the member opted out).
 */
export function reasonText(reason: ReasonCode, decision: Decision, regionName: string, member: Member | undefined): string {
  const provision = decision.provision;
  const since = provision === null ? '' : ` since ${provision.effectiveFrom}`;
  switch (reason) {
    case 'in-scope':
      return `The policy in force${since} applies in the member's region (${regionName}), and no exclusion applies to the member.`;
    case 'region-not-in-scope':
      return provision?.statusReason === 'paused'
        ? `LinkedIn paused this in the member's region (${regionName})${since}.`
        : `The member's region (${regionName}) is excluded from this under the policy in force${since}.`;
    case 'not-known':
      if (provision === null) {
        return `No source says which region's terms apply in the member's country, and the regions whose terms may apply answer differently on this date; the answer is unknown.`;
      }
      return provision.status === 'subject'
        ? `The member is under 18 on this date, and no source says whether members under 18 are excluded under the policy in force${since}.`
        : `No source says whether this applies in the member's region (${regionName})${since}; the data records it as unknown.`;
    case 'minor': {
      const age = provision?.minimumAge ?? 18;
      return `The member is under ${age} on this date, and members under ${age} are excluded.`;
    }
    case 'opted-out': {
      const when = member?.optOuts?.[decision.purpose];
      const stated = when === undefined ? '' : ` (${optOutWhen(when)})`;
      const prospective = provision?.optOut?.effect === 'prospective' ? '; data used before that stays used' : '';
      return `The member opted out${stated}, so their data is not used from then on${prospective}.`;
    }
    case 'before-coverage':
      return `The date is before ${coverageStart}, where this record starts, so nothing is known about it.`;
  }
}
