/**
 * `npm run verify:sources`: re-reads every quote of LinkedIn's archived texts in the archive itself. For each source
 * with an Open Terms Archive copy it fetches the file at the cited commit, reads it as a person reads the page
 * (scripts/verify/quote-match.ts) and reports each quote found or missing. Quotes of sources without an archive are
 * listed with where they were read, to check by hand.
 *
 * Needs the network (raw.githubusercontent.com); without it, it says so and exits cleanly. `--git-dir
 * owner/name=PATH` (repeatable) reads a repository from a local git clone instead. Exits 1 when a quote is missing.
 */
import { parseArgs } from 'node:util';
import type { Dataset, SourceRecord } from '../src/schema/index.js';
import { DatasetSchema } from '../src/schema/index.js';
import { loadDatasetFiles } from './dataset-files.js';
import { archiveReader, NoNetwork, parseGitDirs } from './verify/archive-reader.js';
import { citationPlaces, groupByArchivedText } from './verify/archived-citations.js';
import { matchQuote, normaliseMarkdown } from './verify/quote-match.js';

const { values } = parseArgs({ options: { 'git-dir': { type: 'string', multiple: true, default: [] }, quiet: { type: 'boolean', default: false } } });
const reader = archiveReader(parseGitDirs(values['git-dir']));

const dataset: Dataset = DatasetSchema.parse(loadDatasetFiles());
const { archived, unarchived, errors } = groupByArchivedText(dataset.sources.sources, citationPlaces(dataset));

let found = 0;
const missing: string[] = [...errors];
try {
  for (const text of archived) {
    const { archive } = text;
    const normalised = normaliseMarkdown(await reader.text(archive.repository, archive.commit, archive.path));
    const label = `${text.sourceId} — ${archive.repository} ${archive.commit.slice(0, 12)} ${archive.path}`;
    const seen = new Set<string>();
    for (const { where, citation } of text.quotes) {
      if (seen.has(citation.quote)) continue;
      seen.add(citation.quote);
      const result = matchQuote(normalised, citation.quote);
      if (result.found) {
        found++;
        if (!values.quiet) console.log(`found    ${label}: “${citation.quote.slice(0, 70)}${citation.quote.length > 70 ? '…' : ''}”`);
      } else {
        missing.push(`${where}: ${label}: “${citation.quote}”\n         the text holds only: “${result.longestPrefix}”`);
      }
    }
  }
} catch (error) {
  if (!(error instanceof NoNetwork)) throw error;
  console.log(`verify:sources needs the network to read the archived texts: ${error.message}. Nothing was checked.`);
  console.log('Run it where GitHub can be reached, or give a local clone with --git-dir owner/name=PATH.');
  process.exit(0);
}

for (const line of missing) console.log(`MISSING  ${line}`);
console.log(`\n${found} quote(s) found, ${missing.length} missing, in ${archived.length} archived text(s).`);
const byHand = unarchived.reduce((n, u) => n + new Set(u.quotes.map((q) => q.citation.quote)).size, 0);
console.log(`${byHand} quote(s) of ${unarchived.length} source(s) without an archive are to be checked by hand where each says it was read:`);
for (const { source, quotes } of unarchived) console.log(`  ${describe(source)}: ${new Set(quotes.map((q) => q.citation.foundIn?.url ?? source.url ?? 'no address')).size} place(s)`);
process.exit(missing.length === 0 ? 0 : 1);

function describe(source: SourceRecord): string {
  return `${source.id} (${source.confidence})`;
}
