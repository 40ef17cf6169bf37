import { sourcesFile } from '../../data/sources.js';
import { supportingQuotes } from '../../evidence/quotes.js';
import { regions, timeline, type PurposeId, type RegionId, type SecondaryCopy } from '../../index.js';
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

/** One quote of a source as the timelines cite it: for which purpose and provision date, in which regions, for which claims. */
interface Citing {
  readonly purpose: PurposeId;
  readonly effectiveFrom: string;
  readonly regions: RegionId[];
  readonly quote: string;
  readonly supports: readonly string[];
  readonly revision: string | null;
  readonly foundIn: SecondaryCopy | null;
}

/**
 * Every quote of source `id`, grouped by provision: the same words cited by the same purpose's provision of the
 * same date in several regions are listed once, with those regions, in the order the data has them.
 */
function citationsOf(id: string): Citing[] {
  const found = new Map<string, Citing>();
  for (const purpose of purposeIds) {
    for (const region of regions) {
      const country = region.countries[0];
      if (country === undefined) continue;
      for (const provision of timeline(country.code, purpose)) {
        for (const citation of supportingQuotes(provision.claims)) {
          if (citation.source !== id) continue;
          const key = JSON.stringify([purpose, provision.effectiveFrom, citation.quote, citation.supports, citation.revision]);
          const entry = found.get(key);
          if (entry !== undefined) {
            if (!entry.regions.includes(region.id)) entry.regions.push(region.id);
            continue;
          }
          found.set(key, {
            purpose,
            effectiveFrom: provision.effectiveFrom,
            regions: [region.id],
            quote: citation.quote,
            supports: citation.supports,
            revision: citation.revision,
            foundIn: citation.foundIn ?? null,
          });
        }
      }
    }
  }
  return [...found.values()];
}

/** A provision and the quotes of the source it cites: the unit `sources ID` shows. */
interface CitingProvision {
  readonly purpose: PurposeId;
  readonly effectiveFrom: string;
  readonly regions: readonly RegionId[];
  readonly quotes: readonly Pick<Citing, 'quote' | 'supports' | 'revision' | 'foundIn'>[];
}

/** The quotes grouped under the provisions (purpose, date and regions) that cite them, in the data's order. */
function byProvision(citing: readonly Citing[]): CitingProvision[] {
  const groups = new Map<string, { purpose: PurposeId; effectiveFrom: string; regions: RegionId[]; quotes: CitingProvision['quotes'][number][] }>();
  for (const { purpose, effectiveFrom, regions: where, ...quote } of citing) {
    const key = `${purpose} ${effectiveFrom} ${where.join(',')}`;
    const group = groups.get(key) ?? { purpose, effectiveFrom, regions: where, quotes: [] };
    group.quotes.push(quote);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function summaryLines(source: SourceRecord, style: TextStyle): string[] {
  const lines = [`${style.colour.bold(source.id)}  ${style.colour.dim(`(${source.confidence})`)}`];
  lines.push(...wrap(`${source.title} — ${source.publisher}`, style.width, '  ', '  '));
  if (source.url !== null) lines.push(`  ${style.colour.cyan(source.url)}`);
  return lines;
}

function detailLines(source: SourceRecord, citing: readonly CitingProvision[], style: TextStyle): string[] {
  const lines = [heading(source.id, style)];
  lines.push(...field('Title', source.title, style));
  lines.push(...field('Publisher', source.publisher, style));
  lines.push(...field('Address', source.url ?? 'none published', style));
  const archives = source.archive === null ? [] : [source.archive, ...source.revisions];
  archives.forEach(({ repository, path, commit, captured }, i) => {
    const text = `${repository}, "${path}" at commit ${commit} (captured ${captured})`;
    lines.push(...(i === 0 ? field('Archived', text, style) : wrap(text, style.width, ' '.repeat(LABEL_WIDTH), ' '.repeat(LABEL_WIDTH))));
  });
  lines.push(...field('Published', source.published ?? 'not stated', style));
  lines.push(...field('Retrieved', source.retrieved, style));
  lines.push(...field('Confidence', source.confidence, style));
  if (source.notes.length > 0) lines.push(...field('Notes', source.notes, style));
  const pad = ' '.repeat(LABEL_WIDTH);
  citing.forEach((group, i) => {
    const where = `${group.purpose}, provision of ${group.effectiveFrom} in ${group.regions.join(', ')}`;
    if (i > 0) lines.push('');
    lines.push(...(i === 0 ? field('Cited for', where, style) : wrap(where, style.width, pad, pad)).map(style.colour.bold));
    for (const cite of group.quotes) {
      lines.push(...wrap(`“${cite.quote}”`, style.width, `${pad}  `, `${pad}   `).map(style.colour.dim));
      lines.push(...wrap(`supports ${cite.supports.join(', ')}`, style.width, `${pad}    `, `${pad}    `));
      // A quote in the source's main archived copy needs no note: "Archived" above names that commit.
      if (cite.revision !== null && cite.revision !== source.archive?.commit) {
        lines.push(...wrap(`in the archived revision ${cite.revision}`, style.width, `${pad}    `, `${pad}    `));
      }
      if (cite.foundIn !== null) lines.push(...wrap(`read in ${cite.foundIn.description}: ${cite.foundIn.url}`, style.width, `${pad}    `, `${pad}    `));
    }
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
  const citing = byProvision(citationsOf(source.id));
  if (values.json === true) {
    await writeAll(ctx.stdout, `${JSON.stringify({ ...source, citedBy: citing }, null, 2)}\n`);
    return EXIT.ok;
  }
  await writeAll(ctx.stdout, `${detailLines(source, citing, ctx.style).join('\n')}\n`);
  return EXIT.ok;
}
