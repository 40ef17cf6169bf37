import type { CountryRegion, Decision, Member, Region, Source } from '../../index.js';
import type { Colour } from './colour.js';
import { reasonSentence } from '../../words/sentences.js';
import { purposeDescription, purposeLabel, statusHeadline, optOutWhen } from './labels.js';
import { provisionLines } from './provision.js';
import { formatInstant } from './time.js';
import { field, heading, LABEL_WIDTH, wrap, type TextStyle } from './text.js';

/** The colour a status is shown in: a use of the member's data stands out, an unknown answer differs. */
export function statusPaint(status: Decision['status'], colour: Colour): (text: string) => string {
  if (status === 'subject') return (text) => colour.bold(colour.yellow(text));
  if (status === 'not-subject') return (text) => colour.bold(colour.green(text));
  return (text) => colour.bold(colour.magenta(text));
}

function sourceLines(sources: readonly Source[], style: TextStyle): string[] {
  const pad = ' '.repeat(LABEL_WIDTH);
  // A decision lists each source once; the quotes are left to `sources ID` and `--json`, or they would bury
  // the answer.
  return sources.flatMap((source, i) => {
    const head = `${source.title} — ${source.publisher} (${source.id}; ${source.confidence} confidence)`;
    const lines = i === 0 ? field('Sources', head, style) : wrap(head, style.width, pad, pad);
    return source.url === null ? lines : [...lines, `${pad}  ${style.colour.cyan(source.url)}`];
  });
}

/**
 * One purpose's answer as a block of text: the purpose, the status, every reason in plain words (the
 * library's own sentences, which need nothing but the decision), the
 * provision in force (lawful basis, data used and not used, how to opt out), the assumptions made and the
 * sources with their quotes.
 */
export function decisionBlock(decision: Decision, style: TextStyle): string[] {
  const { colour } = style;
  const lines = [heading(`■ ${purposeLabel(decision.purpose)} (${decision.purpose})`, style)];
  lines.push(...wrap(purposeDescription(decision.purpose), style.width, '  ', '  ').map(colour.dim));
  lines.push(...field('Status', statusHeadline(decision.status), style, statusPaint(decision.status, colour)));
  lines.push(...field('Why', decision.reasons.map((reason) => reasonSentence(reason, decision)), style));
  if (decision.provision !== null) lines.push(...provisionLines(decision.provision, style));
  if (decision.assumptions.length > 0) lines.push(...field('Assumed', decision.assumptions, style));
  if (decision.sources.length > 0) lines.push(...sourceLines(decision.sources, style));
  return lines;
}

/**
 * Who was asked about and when: the country with its region and data controller, the birth date, the time
 * zone used, the opt-outs given and the instant in the member's zone and in UTC.
 */
export function memberHeader(member: Member, region: CountryRegion, decision: Decision, style: TextStyle): string[] {
  const country = member.country.toUpperCase();
  const zone = member.timeZone === undefined ? `${decision.timeZone} (the default for ${country})` : decision.timeZone;
  const optOuts = Object.entries(member.optOuts ?? {}).map(([purpose, when]) => `${purpose} ${optOutWhen(when)}`);
  return [
    ...field('Member', `country ${country}, in region ${region.name} (${region.id})`, style),
    ...(region.candidates.length > 1
      ? field('Regions', `no source says which region's terms apply in ${country}: ${region.candidates.join(' or ')} (answered under each)`, style)
      : []),
    ...field('Controller', `${region.controller.name}, ${region.controller.location}`, style),
    ...field('Born', typeof member.birthDate === 'string' ? member.birthDate : 'not given', style),
    ...field('Time zone', zone, style),
    ...field('Opted out', optOuts.length === 0 ? 'not of anything' : optOuts.join('; '), style),
    ...field('At', `${formatInstant(decision.at, decision.timeZone)}, ${decision.at.toISOString()}`, style),
  ];
}
