import type { OptOut, OptOutPath, Provision } from '../../index.js';
import { dataCategoryLabel, excludedDataLabel, lawfulBasisLabel } from './labels.js';
import { field, LABEL_WIDTH, wrap, type TextStyle } from './text.js';

const NOT_STATED = 'not stated by the sources';

function terms(provision: Provision): string {
  const parts: string[] = [];
  if (provision.default === 'on') parts.push('on by default: it applies unless the member opts out');
  if (provision.default === 'off') parts.push('off by default: it applies only if the member opts in');
  if (provision.acceptance === 'continued-use') parts.push('taken as accepted when the member keeps using LinkedIn');
  if (provision.acceptance === 'consent') parts.push("needs the member's consent");
  return parts.length === 0 ? '' : `; ${parts.join('; ')}`;
}

function pathSteps(path: OptOutPath, index: number, style: TextStyle): string[] {
  const kind = path.kind === 'setting' ? 'Setting' : path.kind === 'form' ? 'Form' : 'Signal';
  const pad = ' '.repeat(LABEL_WIDTH);
  const inner = `${pad}   `;
  const lines = wrap(`${index + 1}. ${kind} "${path.label}"`, style.width, pad, inner);
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
export function optOutLines(optOut: OptOut | null, style: TextStyle): string[] {
  if (optOut === null) return [];
  const effect =
    optOut.effect === 'prospective'
      ? 'Opting out stops future use only: data already used stays used.'
      : 'What opting out does to data already used is not stated.';
  const prior =
    optOut.priorOptOutsHonoured === true
      ? ' An opt-out made earlier carries over.'
      : optOut.priorOptOutsHonoured === false
        ? ' An opt-out made earlier does not carry over: opt out again.'
        : '';
  const lines = field('Opt out', effect + prior, style);
  if (optOut.paths.length === 0) lines.push(...wrap('No way to opt out is documented.', style.width, ' '.repeat(LABEL_WIDTH)));
  optOut.paths.forEach((path, i) => lines.push(...pathSteps(path, i, style)));
  return lines;
}

/**
 * The substance of a provision as labelled fields: since when, on what terms, lawful basis, data used and
 * not used, the age limit, how to opt out, and its notes. A provision under which the purpose applies shows
 * every field, with "not stated" where the sources are silent; others show only what they record.
 */
export function provisionLines(provision: Provision, style: TextStyle): string[] {
  const applies = provision.status === 'subject';
  const lines = field('In force', `since ${provision.effectiveFrom} (00:00 in the member's time zone)${terms(provision)}`, style);
  if (applies || provision.lawfulBasis !== null) {
    lines.push(...field('Lawful basis', provision.lawfulBasis === null ? NOT_STATED : lawfulBasisLabel(provision.lawfulBasis), style));
  }
  if (applies || provision.dataCategories !== null) {
    lines.push(...field('Data used', provision.dataCategories === null ? NOT_STATED : provision.dataCategories.map(dataCategoryLabel).join('; '), style));
  }
  if (applies || provision.excludedData !== null) {
    lines.push(...field('Not used', provision.excludedData === null ? NOT_STATED : provision.excludedData.map(excludedDataLabel).join('; '), style));
  }
  if (provision.minimumAge !== null) {
    lines.push(...field('Age', `members under ${provision.minimumAge} are excluded`, style));
  } else if (applies) {
    lines.push(...field('Age', 'no age limit is documented', style));
  }
  lines.push(...optOutLines(provision.optOut, style));
  if (provision.notes.length > 0) lines.push(...field('Notes', provision.notes, style));
  return lines;
}
