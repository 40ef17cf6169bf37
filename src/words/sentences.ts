/**
 * The plain words for a decision, written once: the status, one sentence per reason, the terms of the provision
 * in force and the steps to opt out. `explainInWords` strings them together; the CLI lays the same phrases out
 * as labelled fields.
 */
import { meta } from '../data/meta.js';
import { regionById } from '../engine/regions.js';
import type { Decision, DecisionStatus, OptOut, OptOutPath, Provision, ReasonCode } from '../types/index.js';

/** What is shown for a field no source states. */
export const NOT_STATED = 'not stated by the sources';
/** What is shown for a fact whose evidence a confidence filter left out. */
export const BELOW_CONFIDENCE = 'left out: its evidence is below the confidence asked for';

/** A decision status in words. */
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

/**
 * Why a decision came out as it did: one sentence per reason code, with the particulars the decision holds
 * (the region, the date the provision took effect, the age limit, what opting out does).
 */
export function reasonSentence(reason: ReasonCode, decision: Decision): string {
  const provision = decision.provision;
  const regionName = regionById(decision.region).name;
  const since = provision === null ? '' : ` since ${provision.effectiveFrom}`;
  switch (reason) {
    case 'in-scope':
      return `The policy in force${since} applies in the member's region (${regionName}), and no exclusion applies to the member.`;
    case 'region-not-in-scope':
      return provision?.statusReason === 'paused'
        ? `LinkedIn paused this in the member's region (${regionName})${since}.`
        : `The member's region (${regionName}) is excluded from this under the policy in force${since}.`;
    case 'not-known':
      // No provision with not-known: a territory whose candidate regions answer differently (see regionOf's candidates).
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
      const prospective = provision?.optOut?.effect === 'prospective' ? '; data used before that stays used' : '';
      return `The member opted out at or before this moment, so their data is not used from then on${prospective}.`;
    }
    case 'before-coverage':
      return `The date is before ${meta.coverageStart}, where this record starts, so nothing is known about it.`;
  }
}

/** The provision's default and how acceptance is taken, each as a phrase; absent where not stated. */
export function termPhrases(provision: Provision): { readonly default?: string; readonly acceptance?: string } {
  const phrases: { default?: string; acceptance?: string } = {};
  if (provision.default === 'on') phrases.default = 'on by default: it applies unless the member opts out';
  if (provision.default === 'off') phrases.default = 'off by default: it applies only if the member opts in';
  if (provision.acceptance === 'continued-use') phrases.acceptance = 'taken as accepted when the member keeps using LinkedIn';
  if (provision.acceptance === 'consent') phrases.acceptance = "needs the member's consent";
  return phrases;
}

/** What opting out does, as a sentence. */
export function optOutEffectSentence(effect: OptOut['effect']): string {
  return effect === 'prospective'
    ? 'Opting out stops future use only: data already used stays used.'
    : 'What opting out does to data already used is not stated.';
}

/** Said instead of what opting out does when a confidence filter left that claim out. */
export function effectBelowConfidence(): string {
  return `What opting out does: ${BELOW_CONFIDENCE}.`;
}

/** Whether an earlier opt-out carries over, as a sentence with a leading space; empty when not stated. */
export function priorOptOutSentence(optOut: OptOut): string {
  if (optOut.priorOptOutsHonoured === true) return ' An opt-out made earlier carries over.';
  if (optOut.priorOptOutsHonoured === false) return ' An opt-out made earlier does not carry over: opt out again.';
  return '';
}

/** Said when a provision records an opt-out but no way to make it. */
export const NO_OPT_OUT_PATH = 'No way to opt out is documented.';

/**
 * One way to opt out, step by step: its kind and name (`Setting "…"`), then the menus to follow, the control to
 * switch off, the browser signal to turn on and the address, each where the data has one.
 */
export function pathSteps(path: OptOutPath): { readonly title: string; readonly steps: readonly string[] } {
  const kind = path.kind === 'setting' ? 'Setting' : path.kind === 'form' ? 'Form' : 'Signal';
  const steps: string[] = [];
  if (path.menuPath !== undefined) steps.push(`Go to ${path.menuPath.join(' › ')}`);
  if (path.control !== undefined) steps.push(`and switch off "${path.control}"`);
  if (path.kind === 'signal') steps.push('Turn the signal on in your browser or its privacy extension');
  return { title: `${kind} "${path.label}"`, steps };
}
