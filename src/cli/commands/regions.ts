import { regionOf, regions } from '../../index.js';
import { parseCommandLine } from '../args.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../errors.js';
import { HELP } from '../help.js';
import { writeAll } from '../output.js';
import { field, heading } from '../render/text.js';

export const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `regions`: each policy region with its data controller and countries. */
export async function regionsCommand(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandLine('regions', { args: [...args], options: OPTIONS, strict: true, allowPositionals: false });
  if (values.help === true) {
    await writeAll(ctx.stdout, HELP.regions!(ctx.program));
    return EXIT.ok;
  }
  if (values.json === true) {
    await writeAll(ctx.stdout, `${JSON.stringify(regions, null, 2)}\n`);
    return EXIT.ok;
  }
  const lines: string[] = [];
  for (const region of regions) {
    if (lines.length > 0) lines.push('');
    lines.push(heading(`${region.id}: ${region.name}`, ctx.style));
    lines.push(...field('Controller', `${region.controller.name}, ${region.controller.location}`, ctx.style));
    const settled = region.countries.map((country) => country.code).filter((code) => regionOf(code).candidates.length === 1);
    const noun = settled.length === 1 ? 'country' : 'countries';
    lines.push(...field('Countries', `${settled.length} ${noun}: ${settled.join(' ')}`, ctx.style));
    // Listed here as their nominal region, though no source says which regime applies: said in words.
    const unsettled = region.countries
      .filter((country) => regionOf(country.code).candidates.length > 1)
      .map((country) => `${country.code} (or ${regionOf(country.code).candidates.slice(1).join(', ')})`);
    if (unsettled.length > 0) lines.push(...field('Unsettled', `no source says which region's terms apply in ${unsettled.join(', ')}`, ctx.style));
  }
  await writeAll(ctx.stdout, `${lines.join('\n')}\n`);
  return EXIT.ok;
}
