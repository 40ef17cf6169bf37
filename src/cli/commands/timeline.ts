import { citedSourceIds } from '../../evidence/resolve.js';
import { regionOf, timeline, type Provision } from '../../index.js';
import { parseCommandLine, parsePurposes, required } from '../args.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../errors.js';
import { HELP } from '../help.js';
import { writeAll } from '../output.js';
import { purposeLabel, provisionStatusText } from '../render/labels.js';
import { provisionLines } from '../render/provision.js';
import { confidenceLegend } from '../render/confidence.js';
import { field, heading, wrap, type TextStyle } from '../render/text.js';
import { statusPaint } from '../render/decision.js';

export const OPTIONS = {
  country: { type: 'string', short: 'c' },
  purpose: { type: 'string', short: 'p', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function provisionBlock(provision: Provision, next: Provision | undefined, style: TextStyle): string[] {
  const until = next === undefined ? 'onwards' : `until ${next.effectiveFrom}`;
  const status = provisionStatusText(provision);
  const paint = statusPaint(provision.status, style.colour);
  const lines = [`  ${style.colour.bold(provision.effectiveFrom)} ${until}: ${paint(status)}`];
  lines.push(...provisionLines(provision, style));
  lines.push(...field('Sources', citedSourceIds(provision.claims).join(', '), style));
  return lines;
}

/** `timeline`: every provision of each purpose in a country's region, oldest first. */
export async function timelineCommand(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandLine('timeline', { args: [...args], options: OPTIONS, strict: true, allowPositionals: false });
  if (values.help === true) {
    await writeAll(ctx.stdout, HELP.timeline!(ctx.program));
    return EXIT.ok;
  }
  const country = required(values.country, '--country', 'timeline');
  const purposes = parsePurposes(values.purpose, 'timeline');
  const region = regionOf(country);
  const timelines = purposes.map((purpose) => ({ purpose, provisions: timeline(country, purpose) }));
  if (values.json === true) {
    const json = { country: country.toUpperCase(), region: region.id, timelines };
    await writeAll(ctx.stdout, `${JSON.stringify(json, null, 2)}\n`);
    return EXIT.ok;
  }
  const lines = [heading(`Timeline for country ${country.toUpperCase()}, in region ${region.name} (${region.id})`, ctx.style)];
  for (const { purpose, provisions } of timelines) {
    lines.push('', heading(`■ ${purposeLabel(purpose)} (${purpose})`, ctx.style));
    provisions.forEach((provision, i) => {
      if (i > 0) lines.push('');
      lines.push(...provisionBlock(provision, provisions[i + 1], ctx.style));
    });
  }
  lines.push('', ...wrap(`Confidence of each fact: ${confidenceLegend(ctx.style.colour)}`, ctx.style.width));
  lines.push('', ctx.style.colour.dim(`Details of a source: ${ctx.program} sources ID`));
  await writeAll(ctx.stdout, `${lines.join('\n')}\n`);
  return EXIT.ok;
}
