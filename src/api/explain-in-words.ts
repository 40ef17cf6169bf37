import type { ClaimField, Decision, Provision } from '../types/index.js';
import { dataCategoryLabel, excludedDataLabel, lawfulBasisLabel, purposeLabel } from '../words/labels.js';
import {
  BELOW_CONFIDENCE,
  effectBelowConfidence,
  NO_OPT_OUT_PATH,
  NOT_STATED,
  optOutEffectSentence,
  pathSteps,
  priorOptOutSentence,
  reasonSentence,
  statusHeadline,
} from '../words/sentences.js';

/**
 * A decision in plain sentences, as the command line prints it: first the status, then one sentence per reason
 * in the order of `decision.reasons`, then — where a provision is in force — its lawful basis, the data it uses
 * and the data it leaves out (by their labels, not their ids), what opting out does and each way to opt out,
 * step by step. A provision that does not apply names only what its sources state. A fact whose evidence was
 * left out by {@link withConfidenceAtLeast} is said to be left out, not stated.
 *
 * The first sentence is always the status and the next `decision.reasons.length` are the reasons, so a page can
 * place them apart. The wording is the library's own and may be improved in any release; branch on the
 * decision's fields, never on these sentences.
 *
 * @param decision - a decision from {@link explainAiTraining}, {@link explainMicrosoftAdsSharing} or {@link decide}
 * @returns the sentences, in reading order
 *
 * @example
 * ```ts
 * import { explainAiTraining, explainInWords } from 'linkedin-policy-data';
 * const words = explainInWords(explainAiTraining({ country: 'DE', birthDate: '2010-05-01' }, '2025-11-03'));
 * words[0]; // => 'Generative-AI training — NOT SUBJECT: this does not apply to the member.'
 * words[1]; // => 'The member is under 18 on this date, and members under 18 are excluded.'
 * words[2]; // => 'Lawful basis: Legitimate interests.'
 * words.some((sentence) => sentence.startsWith('Not used: Private messages')); // => true
 * ```
 */
export function explainInWords(decision: Decision): readonly string[] {
  const sentences = [
    `${purposeLabel(decision.purpose)} — ${statusHeadline(decision.status)}.`,
    ...decision.reasons.map((reason) => reasonSentence(reason, decision)),
  ];
  if (decision.provision !== null) sentences.push(...provisionSentences(decision.provision));
  return Object.freeze(sentences);
}

function provisionSentences(provision: Provision): string[] {
  const applies = provision.status === 'subject';
  // A handed-out provision claims every field it states; a claim missing for a stated field was filtered out.
  const claimed = (field: ClaimField, value?: string | number) =>
    provision.claims.some((claim) => claim.field === field && (value === undefined || claim.value === value));
  const list = <Id extends string>(ids: readonly Id[] | null, field: ClaimField, label: (id: Id) => string): string => {
    if (ids === null) return NOT_STATED;
    const shown = ids.filter((id) => claimed(field, id)).map(label);
    return shown.length === 0 ? BELOW_CONFIDENCE : shown.join('; ');
  };
  const sentences: string[] = [];
  if (applies || provision.lawfulBasis !== null) {
    const basis = provision.lawfulBasis === null ? NOT_STATED : claimed('lawfulBasis') ? lawfulBasisLabel(provision.lawfulBasis) : BELOW_CONFIDENCE;
    sentences.push(`Lawful basis: ${basis}.`);
  }
  if (applies || provision.dataCategories !== null) sentences.push(`Data used: ${list(provision.dataCategories, 'dataCategories', dataCategoryLabel)}.`);
  if (applies || provision.excludedData !== null) sentences.push(`Not used: ${list(provision.excludedData, 'excludedData', excludedDataLabel)}.`);
  const optOut = provision.optOut;
  if (optOut !== null) {
    const effect = optOut.effect === 'prospective' && !claimed('optOut.effect') ? effectBelowConfidence() : optOutEffectSentence(optOut.effect);
    sentences.push(effect + priorOptOutSentence(optOut));
    if (optOut.paths.length === 0) sentences.push(NO_OPT_OUT_PATH);
    optOut.paths.forEach((path, i) => {
      if (!claimed('optOut.paths', path.url ?? path.label)) return;
      const { title, steps } = pathSteps(path);
      const how = steps.length === 0 ? '' : `: ${steps.join(' ')}`;
      sentences.push(`To opt out, way ${i + 1}: ${title}${how}${path.url === undefined ? '' : ` (${path.url})`}.`);
    });
  }
  return sentences;
}
