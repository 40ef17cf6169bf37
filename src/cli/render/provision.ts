import type { OptOut, OptOutPath, Provision } from '../../index.js';
import { claimMarks } from './confidence.js';
import { dataCategoryLabel, excludedDataLabel, lawfulBasisLabel } from './labels.js';
import { field, LABEL_WIDTH, wrap, type TextStyle } from './text.js';

const NOT_STATED = 'not stated by the sources';
const BELOW = 'left out: its evidence is below the confidence asked for';

type Marks = ReturnType<typeof claimMarks>;

/** `text` with its claim's confidence mark, or `undefined` when a confidence filter left the claim out. */
function marked(text: string, mark: string | undefined): string | undefined {
  return mark === undefined ? undefined : `${text} ${mark}`;
}

function terms(provision: Provision, marks: Marks): string {
  const parts: (string | undefined)[] = [];
  if (provision.default === 'on') parts.push(marked('on by default: it applies unless the member opts out', marks('default')));
  if (provision.default === 'off') parts.push(marked('off by default: it applies only if the member opts in', marks('default')));
  if (provision.acceptance === 'continued-use') parts.push(marked('taken as accepted when the member keeps using LinkedIn', marks('acceptance')));
  if (provision.acceptance === 'consent') parts.push(marked("needs the member's consent", marks('acceptance')));
  const shown = parts.filter((part) => part !== undefined);
  return shown.length === 0 ? '' : `; ${shown.join('; ')}`;
}

/** A list field's entries, each with its mark; those a confidence filter left out are not shown. */
function markedList(ids: readonly string[], label: (id: string) => string, marks: Marks, claimField: 'dataCategories' | 'excludedData'): string {
  const shown = ids.flatMap((id) => marked(label(id), marks(claimField, id)) ?? []);
  return shown.length === 0 ? BELOW : shown.join('; ');
}

function pathSteps(path: OptOutPath, index: number, style: TextStyle, marks: Marks): string[] {
  const kind = path.kind === 'setting' ? 'Setting' : path.kind === 'form' ? 'Form' : 'Signal';
  const pad = ' '.repeat(LABEL_WIDTH);
  const inner = `${pad}   `;
  const lines = wrap(`${index + 1}. ${kind} "${path.label}" ${marks('optOut.paths', path.url ?? path.label) ?? ''}`.trimEnd(), style.width, pad, inner);
  if (path.menuPath !== undefined) lines.push(...wrap(`Go to ${path.menuPath.join(' › ')}`, style.width, inner, inner));
  if (path.control !== undefined) lines.push(...wrap(`and switch off "${path.control}"`, style.width, inner, inner));
  if (path.kind === 'signal') lines.push(...wrap('Turn the signal on in your browser or its privacy extension', style.width, inner, inner));
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
      ? (marked('Opting out stops future use only: data already used stays used.', marks('optOut.effect')) ?? `What opting out does: ${BELOW}.`)
      : 'What opting out does to data already used is not stated.';
  const prior =
    optOut.priorOptOutsHonoured === true
      ? ' An opt-out made earlier carries over.'
      : optOut.priorOptOutsHonoured === false
        ? ' An opt-out made earlier does not carry over: opt out again.'
        : '';
  const lines = field('Opt out', effect + prior, style);
  if (optOut.paths.length === 0) lines.push(...wrap('No way to opt out is documented.', style.width, ' '.repeat(LABEL_WIDTH)));
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
