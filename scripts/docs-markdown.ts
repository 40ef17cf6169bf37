/**
 * Small Markdown helpers shared by the pages the docs build generates from the data (scripts/docs-timeline.ts,
 * scripts/docs-sources.ts). The pages are written to GENERATED_DOCS_DIR, an ignored folder, and TypeDoc
 * includes them in the site as project documents (see typedoc.config.mjs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { SHIPPED_FILE_URL } from './markdown-links.js';
import { fileURLToPath } from 'node:url';
import type { Archive, Source, SourceRecord } from '../src/schema/index.js';
import { sourceById } from '../src/api/source-by-id.js';
import { sourcesFile } from '../src/data/sources.js';
import { vocabulary } from '../src/data/vocabulary.js';

/** Where the generated pages go: ignored by git, read by typedoc.config.mjs. */
export const GENERATED_DOCS_DIR = fileURLToPath(new URL('../test-output/docs/', import.meta.url));

/** The file names of the generated pages, relative to GENERATED_DOCS_DIR. */
export const GENERATED_PAGES = {
  timeline: 'policy-timeline.md',
  sources: 'source-register.md',
  home: 'README.md',
} as const;

/**
 * The README as the site's home page. On npm the README links to the guides as files of the published package
 * ({@link SHIPPED_FILE_URL}), since npm's page has nothing beside it; in the site the same links open the
 * site's own pages: each becomes a path relative to the generated page, which TypeDoc turns into a link to the
 * guide's page (and its `invalidPath` check fails the build if a guide is missing).
 */
export function siteHome(readme: string): string {
  const fromPage = relative(GENERATED_DOCS_DIR, fileURLToPath(new URL('../', import.meta.url))).split(sep).join('/');
  return readme.replace(/\]\(([^)\s]+)\)/g, (link, target: string) =>
    target.startsWith(`${SHIPPED_FILE_URL}docs/`) ? `](${fromPage}/${target.slice(SHIPPED_FILE_URL.length)})` : link,
  );
}

/** Text made safe for one cell of a Markdown table: no line breaks, no unescaped pipes. */
export function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Inline code, safe for any text. */
export function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** A quote on one line, in typographic quotation marks. */
export function quote(text: string): string {
  return `“${text.replace(/\s+/g, ' ').trim()}”`;
}

/**
 * The anchor TypeDoc gives a heading (its default theme's Slugger: punctuation removed, white space turned
 * into hyphens, lower case), so that links to generated headings can be written before TypeDoc renders them.
 * TypeDoc's `invalidLink` validation fails the build if they ever drift apart.
 */
export function slug(heading: string): string {
  const serialized = heading
    .trim()
    .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, '')
    .replace(/\s/g, '-')
    .replace(/--+/, '-');
  return (serialized || '_').toLocaleLowerCase();
}

/** The web address of an archived snapshot: Open Terms Archive keeps its versions in GitHub repositories. */
export function archiveUrl(archive: Archive): string {
  const path = archive.path.split('/').map(encodeURIComponent).join('/');
  return `https://github.com/${archive.repository}/blob/${archive.commit}/${path}`;
}

/** A one-line reference to an archived snapshot, linked. */
export function archiveLink(archive: Archive): string {
  return `[${archive.repository} @ ${archive.commit.slice(0, 8)}, ${code(archive.path)}](${archiveUrl(archive)})`;
}

/** A source record by id; throws when the data cites a source it does not define. */
export function sourceRecord(id: string): SourceRecord {
  return sourceById(id);
}

/** Every source, in the order of data/sources.json. */
export const allSources: readonly SourceRecord[] = sourcesFile.sources;

/** The heading of a source's entry in the source register, which is also its anchor there. */
export function sourceHeading(source: Pick<Source, 'id'>): string {
  return source.id;
}

const labels = new Map<string, string>(
  [...vocabulary.purposes, ...vocabulary.dataCategories, ...vocabulary.excludedData, ...vocabulary.lawfulBases].map(
    (entry) => [entry.id, entry.label],
  ),
);

/** The human-readable label of a vocabulary id (purpose, data category, excluded data, lawful basis). */
export function label(id: string): string {
  const text = labels.get(id);
  if (text === undefined) throw new Error(`vocabulary id "${id}" is not defined in data/vocabulary.json`);
  return text;
}

/** The vocabulary, as the data defines it. */
export { vocabulary };

/** Writes a generated page, creating its folder; returns the path written. */
export function writePage(name: string, text: string, dir = GENERATED_DOCS_DIR): string {
  const file = `${dir.replace(/\/?$/, '/')}${name}`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
  return file;
}
