import type { OptOut, OptOutPath, Provision } from '../../index.js';
import { claimMarks } from './confidence.js';
import {
  BELOW_CONFIDENCE as BELOW,
  effectBelowConfidence,
  NO_OPT_OUT_PATH,
  NOT_STATED,
  optOutEffectSentence,
  pathSteps as pathWords,
  priorOptOutSentence,
  termPhrases,
} from '../../words/sentences.js';
import { dataCategoryLabel, excludedDataLabel, lawfulBasisLabel } from './labels.js';
import { field, LABEL_WIDTH, wrap, type TextStyle } from './text.js';

type Marks = ReturnType<typeof claimMarks>;

/** `text` with its claim's confidence mark, or `undefined` when a confidence filter left the claim out. */
function marked(text: string, mark: string | undefined): string | undefined {
  return mark === undefined ? undefined : `${text} ${mark}`;
}

function terms(provision: Provision, marks: Marks): string {
  const phrases = termPhrases(provision);
  const parts = [
    phrases.default === undefined ? undefined : marked(phrases.default, marks('default')),
    phrases.acceptance === undefined ? undefined : marked(phrases.acceptance, marks('acceptance')),
  ];
  const shown = parts.filter((part) => part !== undefined);
  return shown.length === 0 ? '' : `; ${shown.join('; ')}`;
}

/** A list field's entries, each with its mark; those a confidence filter left out are not shown. */
function markedList<Id extends string>(ids: readonly Id[], label: (id: Id) => string, marks: Marks, claimField: 'dataCategories' | 'excludedData'): string {
  const shown = ids.flatMap((id) => marked(label(id), marks(claimField, id)) ?? []);
  return shown.length === 0 ? BELOW : shown.join('; ');
}

function pathSteps(path: OptOutPath, index: number, style: TextStyle, marks: Marks): string[] {
  const pad = ' '.repeat(LABEL_WIDTH);
  const inner = `${pad}   `;
  const { title, steps } = pathWords(path);
  const lines = wrap(`${index + 1}. ${title} ${marks('optOut.paths', path.url ?? path.label) ?? ''}`.trimEnd(), style.width, pad, inner);
  for (const step of steps) lines.push(...wrap(step, style.width, inner, inner));
  if (path.url !== undefined) lines.push(inner + style.colour.cyan(path.url));
  return lines;
}

/**
 * How to opt out, step by step: what opting out does, then each setting, form or signal with its menu path
 * and link. Returns no lines when the provision names no way to opt out.
 */
export function optOutLines(optOut: OptOut | null, style: TextStyle, marks: Marks): string[] {
  if (optOut === null) return [];
  const effect =
    optOut.effect === 'prospective'
      ? (marked(optOutEffectSentence(optOut.effect), marks('optOut.effect')) ?? effectBelowConfidence())
      : optOutEffectSentence(optOut.effect);
  const lines = field('Opt out', effect + priorOptOutSentence(optOut), style);
  if (optOut.paths.length === 0) lines.push(...wrap(NO_OPT_OUT_PATH, style.width, ' '.repeat(LABEL_WIDTH)));
  optOut.paths.forEach((path, i) => {
    if (marks('optOut.paths', path.url ?? path.label) !== undefined) lines.push(...pathSteps(path, i, style, marks));
  });
  return lines;
}

/**
 * The substance of a provision as labelled fields: since when, on what terms, lawful basis, data used and
 * not used, the age limit, how to opt out, and its notes, each fact with the confidence of its evidence. A
 * provision under which the purpose applies shows every field, with "not stated" where the sources are silent;
 * others show only what they record. Facts a confidence filter left out are said to be left out.
 */
export function provisionLines(provision: Provision, style: TextStyle): string[] {
  const applies = provision.status === 'subject';
  const marks = claimMarks(provision, style.colour);
  const since = `since ${provision.effectiveFrom} (00:00 in the member's time zone)`;
  const lines = field('In force', `${marked(since, marks('status')) ?? `${since}, its status ${BELOW}`}${terms(provision, marks)}`, style);
  if (applies || provision.lawfulBasis !== null) {
    const basis = provision.lawfulBasis === null ? NOT_STATED : (marked(lawfulBasisLabel(provision.lawfulBasis), marks('lawfulBasis')) ?? BELOW);
    lines.push(...field('Lawful basis', basis, style));
  }
  if (applies || provision.dataCategories !== null) {
    const used = provision.dataCategories === null ? NOT_STATED : markedList(provision.dataCategories, dataCategoryLabel, marks, 'dataCategories');
    lines.push(...field('Data used', used, style));
  }
  if (applies || provision.excludedData !== null) {
    const notUsed = provision.excludedData === null ? NOT_STATED : markedList(provision.excludedData, excludedDataLabel, marks, 'excludedData');
    lines.push(...field('Not used', notUsed, style));
  }
  if (provision.minimumAge !== null) {
    lines.push(...field('Age', marked(`members under ${provision.minimumAge} are excluded`, marks('minimumAge')) ?? BELOW, style));
  } else if (applies) {
    lines.push(...field('Age', 'no age limit is documented', style));
  }
  lines.push(...optOutLines(provision.optOut, style, marks));
  if (provision.notes.length > 0) lines.push(...field('Notes', provision.notes, style));
  return lines;
}
