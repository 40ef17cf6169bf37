import { sourcesFile } from '../../data/sources.js';
import { regions, timeline, type PurposeId, type RegionId } from '../../index.js';
import type { SourceRecord } from '../../schema/sources.js';
import { nearest, parseCommandLine } from '../args.js';
import type { CliContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { HELP } from '../help.js';
import { writeAll } from '../output.js';
import { purposeIds } from '../render/labels.js';
import { field, heading, LABEL_WIDTH, wrap, type TextStyle } from '../render/text.js';

export const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Where a source is cited: the purpose, region and provision date, and the words quoted. */
interface Citing {
  readonly purpose: PurposeId;
  readonly region: RegionId;
  readonly effectiveFrom: string;
  readonly quote: string;
}

function citationsOf(id: string): Citing[] {
  const found: Citing[] = [];
  for (const purpose of purposeIds) {
    for (const region of regions) {
      const country = region.countries[0];
      if (country === undefined) continue;
      for (const provision of timeline(country.code, purpose)) {
        for (const citation of provision.citations) {
          if (citation.source === id) found.push({ purpose, region: region.id, effectiveFrom: provision.effectiveFrom, quote: citation.quote });
        }
      }
    }
  }
  return found;
}

function summaryLines(source: SourceRecord, style: TextStyle): string[] {
  const lines = [`${style.colour.bold(source.id)}  ${style.colour.dim(`(${source.confidence})`)}`];
  lines.push(...wrap(`${source.title} — ${source.publisher}`, style.width, '  ', '  '));
  if (source.url !== null) lines.push(`  ${style.colour.cyan(source.url)}`);
  return lines;
}

function detailLines(source: SourceRecord, citing: readonly Citing[], style: TextStyle): string[] {
  const lines = [heading(source.id, style)];
  lines.push(...field('Title', source.title, style));
  lines.push(...field('Publisher', source.publisher, style));
  lines.push(...field('Address', source.url ?? 'none published', style));
  if (source.archive !== null) {
    const { repository, path, commit } = source.archive;
    lines.push(...field('Archived', `${repository}, "${path}" at commit ${commit}`, style));
  }
  lines.push(...field('Published', source.published ?? 'not stated', style));
  lines.push(...field('Retrieved', source.retrieved, style));
  lines.push(...field('Confidence', source.confidence, style));
  if (source.notes.length > 0) lines.push(...field('Notes', source.notes, style));
  const pad = ' '.repeat(LABEL_WIDTH);
  citing.forEach((cite, i) => {
    const where = `${cite.purpose} in ${cite.region}, provision of ${cite.effectiveFrom}`;
    lines.push(...(i === 0 ? field('Cited for', where, style) : wrap(where, style.width, pad, pad)));
    lines.push(...wrap(`“${cite.quote}”`, style.width, `${pad}  `, `${pad}   `).map(style.colour.dim));
  });
  if (citing.length === 0) lines.push(...field('Cited for', 'nothing in the timelines', style));
  return lines;
}

/** `sources [ID]`: the evidence the data cites, or one source in full with what it is cited for. */
export async function sourcesCommand(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine('sources', { args: [...args], options: OPTIONS, strict: true, allowPositionals: true });
  if (values.help === true) {
    await writeAll(ctx.stdout, HELP.sources!(ctx.program));
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`sources takes at most one ID; got ${positionals.map((p) => JSON.stringify(p)).join(', ')}`, 'sources');
  const id = positionals[0];
  if (id === undefined) {
    if (values.json === true) {
      await writeAll(ctx.stdout, `${JSON.stringify(sourcesFile.sources, null, 2)}\n`);
      return EXIT.ok;
    }
    const lines = sourcesFile.sources.flatMap((source, i) => [...(i === 0 ? [] : ['']), ...summaryLines(source, ctx.style)]);
    lines.push('', ctx.style.colour.dim(`Details and quotes: ${ctx.program} sources ID`));
    await writeAll(ctx.stdout, `${lines.join('\n')}\n`);
    return EXIT.ok;
  }
  const source = sourcesFile.sources.find((entry) => entry.id === id);
  if (source === undefined) {
    const ids = sourcesFile.sources.map((entry) => entry.id);
    const near = nearest(id, ids);
    const hint = near === undefined ? `; '${ctx.program} sources' lists them` : ` (did you mean ${near}?)`;
    throw new UsageError(`unknown source ${JSON.stringify(id)}${hint}`, 'sources');
  }
  const citing = citationsOf(source.id);
  if (values.json === true) {
    await writeAll(ctx.stdout, `${JSON.stringify({ ...source, citedBy: citing }, null, 2)}\n`);
    return EXIT.ok;
  }
  await writeAll(ctx.stdout, `${detailLines(source, citing, ctx.style).join('\n')}\n`);
  return EXIT.ok;
}
