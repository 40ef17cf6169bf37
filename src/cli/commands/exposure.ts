import { aiTrainingExposure, regionOf, type DateInput, type ExposureInterval } from '../../index.js';
import { MEMBER_OPTIONS, memberFromFlags, parseCommandLine } from '../args.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../errors.js';
import { HELP } from '../help.js';
import { writeAll } from '../output.js';
import { statusPaint } from '../render/decision.js';
import { coverageStart, optOutWhen, purposeLabel } from '../render/labels.js';
import { formatInstant } from '../render/time.js';
import { field, heading, wrap } from '../render/text.js';
import { dataFooter } from './check.js';

export const OPTIONS = {
  ...MEMBER_OPTIONS,
  from: { type: 'string' },
  to: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

/** `exposure`: when the member's data could be used for AI training. */
export async function exposureCommand(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandLine('exposure', { args: [...args], options: OPTIONS, strict: true, allowPositionals: false });
  if (values.help === true) {
    await writeAll(ctx.stdout, HELP.exposure!(ctx.program));
    return EXIT.ok;
  }
  const member = memberFromFlags(values, 'exposure');
  const range: { from?: DateInput; to?: DateInput } = {};
  if (values.from !== undefined) range.from = values.from;
  if (values.to !== undefined) range.to = values.to;
  const intervals: readonly ExposureInterval[] = aiTrainingExposure(member, range);
  if (values.json === true) {
    const json = {
      member,
      purpose: 'ai-training',
      from: values.from ?? null,
      to: values.to ?? null,
      intervals: intervals.map((interval) => ({ from: iso(interval.from), to: iso(interval.to), status: interval.status })),
    };
    await writeAll(ctx.stdout, `${JSON.stringify(json, null, 2)}\n`);
    return EXIT.ok;
  }
  const country = member.country.toUpperCase();
  const region = regionOf(country);
  const zone = member.timeZone ?? region.countries.find((entry) => entry.code === country)?.timeZone ?? 'UTC';
  const { colour } = ctx.style;
  const optOuts = Object.entries(member.optOuts ?? {}).map(([purpose, when]) => `${purpose} ${optOutWhen(when)}`);
  const lines = [
    heading(`When this member's data could be used for ${purposeLabel('ai-training')} (ai-training)`, ctx.style),
    ...field('Member', `country ${country}, in region ${region.name} (${region.id}); time zone ${zone}`, ctx.style),
    ...field('Born', typeof member.birthDate === 'string' ? member.birthDate : 'not given: taken to be an adult throughout', ctx.style),
    ...field('Opted out', optOuts.length === 0 ? 'not of anything' : optOuts.join('; '), ctx.style),
    ...field('Range', `from ${values.from ?? `${coverageStart} (where the record starts)`} to ${values.to ?? 'open-ended'}`, ctx.style),
    '',
  ];
  if (intervals.length === 0) {
    lines.push(...wrap('In no period of the range could the member’s data be used for AI training.', ctx.style.width, '  ', '  '));
  }
  for (const interval of intervals) {
    const to = interval.to === null ? 'ongoing' : formatInstant(interval.to, zone);
    const status = statusPaint(interval.status, colour)(interval.status === 'subject' ? 'SUBJECT' : 'UNKNOWN');
    lines.push(`  ${status}  ${formatInstant(interval.from, zone)} → ${to}`);
  }
  lines.push(
    '',
    ...wrap(
      'SUBJECT: the data could be used. UNKNOWN: the sources cannot say. Periods not listed: it was not used (region excluded or use paused, under 18, or opted out). Opting out stops future use only.',
      ctx.style.width,
    ).map(colour.dim),
    '',
    ...dataFooter(ctx),
  );
  await writeAll(ctx.stdout, `${lines.join('\n')}\n`);
  return EXIT.ok;
}
