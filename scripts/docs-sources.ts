/**
 * Generates the "Source register" page of the docs site from data/sources.json: every source with its
 * publisher, address, archived copy, dates and confidence, and every quote the data takes from it with the
 * provisions that rest on it. Run by `npm run docs` (scripts/docs-build.ts); on its own:
 * `tsx scripts/docs-sources.ts [--out <dir>]`.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { regions } from '../src/api/regions.js';
import { timeline } from '../src/api/timeline.js';
import { meta } from '../src/data/meta.js';
import { supportingQuotes } from '../src/evidence/quotes.js';
import { PURPOSE_IDS } from '../src/ids.js';
import type { Confidence } from '../src/schema/index.js';
import {
  GENERATED_DOCS_DIR,
  GENERATED_PAGES,
  allSources,
  archiveLink,
  cell,
  code,
  quote,
  slug,
  sourceHeading,
  writePage,
} from './docs-markdown.js';

const CONFIDENCE: Record<Confidence, string> = {
  high: 'LinkedIn’s own text (often through an Open Terms Archive snapshot) or a regulator',
  medium: 'the press quoting LinkedIn, or LinkedIn text known only through such quotes',
  low: 'a secondary summary',
};

/** Where each quote of each source is used: source id → quote → the places that cite it. */
function usesBySource(): Map<string, Map<string, string[]>> {
  const uses = new Map<string, Map<string, string[]>>();
  const add = (source: string, text: string, where: string) => {
    const quotes = uses.get(source) ?? new Map<string, string[]>();
    const places = quotes.get(text) ?? [];
    if (!places.includes(where)) places.push(where);
    quotes.set(text, places);
    uses.set(source, quotes);
  };
  for (const region of regions) {
    for (const citation of region.controller.citations) add(citation.source, citation.quote, `controller of ${code(region.id)}`);
  }
  for (const purpose of PURPOSE_IDS) {
    // Merge the regions that cite a quote for the same date into one place: "ai-training in eu, eea from …".
    const places = new Map<string, { regions: string[]; source: string; quote: string; date: string }>();
    for (const region of regions) {
      for (const provision of timeline(region.countries[0]!.code, purpose)) {
        for (const citation of supportingQuotes(provision.claims)) {
          const key = JSON.stringify([citation.source, citation.quote, provision.effectiveFrom]);
          const place = places.get(key) ?? { regions: [], source: citation.source, quote: citation.quote, date: provision.effectiveFrom };
          place.regions.push(region.id);
          places.set(key, place);
        }
      }
    }
    for (const place of places.values()) {
      add(place.source, place.quote, `${code(purpose)} in ${place.regions.map(code).join(', ')} from ${place.date}`);
    }
  }
  return uses;
}

/** The page, as Markdown with TypeDoc front matter. */
export function renderSourcesPage(): string {
  const uses = usesBySource();
  const out = [
    '---',
    'title: Source register',
    '---',
    '# Source register',
    '',
    `Generated from ${code('data/sources.json')} each time this site is built. Every provision in the data cites at`,
    'least one of these sources with a verbatim quote; the [policy timeline](./' + GENERATED_PAGES.timeline + ') shows which.',
    `The sources were last read on ${meta.asOf}.`,
    '',
    'Confidence:',
    '',
    ...(Object.entries(CONFIDENCE) as [Confidence, string][]).map(([level, meaning]) => `- **${level}** — ${meaning};`),
    '',
    '| Source | Publisher | Published | Confidence | Quotes used |',
    '| --- | --- | --- | --- | --- |',
    ...allSources.map(
      (source) =>
        `| [${code(source.id)}](#${slug(sourceHeading(source))}) ${cell(source.title)} | ${cell(source.publisher)} ` +
        `| ${source.published ?? 'not stated'} | ${source.confidence} | ${uses.get(source.id)?.size ?? 0} |`,
    ),
    '',
  ];
  for (const source of allSources) {
    out.push(
      `## ${sourceHeading(source)}`,
      '',
      `**${source.title}** — ${source.publisher}`,
      '',
      `- **Address:** ${source.url === null ? 'none public' : `<${source.url}>`}`,
      `- **Archived copy:** ${source.archive === null ? 'none recorded' : [source.archive, ...source.revisions].map((a) => `${archiveLink(a)} (captured ${a.captured})`).join('; ')}`,
      `- **Published or effective:** ${source.published ?? 'not stated'}; **last read:** ${source.retrieved}`,
      `- **Confidence:** ${source.confidence} — ${CONFIDENCE[source.confidence]}`,
      ...source.notes.map((note) => `- **Note:** ${note}`),
      '',
    );
    const quotes = uses.get(source.id);
    if (quotes === undefined || quotes.size === 0) {
      out.push('Not quoted by any provision.', '');
      continue;
    }
    out.push('Quoted for:', '');
    for (const [text, places] of quotes) out.push(`- ${quote(text)}`, `  — ${places.join('; ')}`);
    out.push('');
  }
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: GENERATED_DOCS_DIR } } });
  console.log(`wrote ${writePage(GENERATED_PAGES.sources, renderSourcesPage(), values.out)}`);
}
