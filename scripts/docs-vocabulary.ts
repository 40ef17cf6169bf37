/**
 * The mapping tables of docs/vocabularies.md, generated from data/vocabulary.json and data/regions.json: each id
 * with its DPV 2.3 terms, fideslang keys and note. The guide holds the tables between two markers and
 * `npm run generate` rewrites what is between them (`--check`, run before every build, fails when they are
 * stale), so a mapping is written once, in the data.
 */
import { regionList } from '../src/data/regions.js';
import { vocabulary } from '../src/data/vocabulary.js';
import type { VocabularyMapping } from '../src/types/index.js';
import { cell, code } from './docs-markdown.js';

/** The guide whose tables this renders. */
export const VOCABULARY_GUIDE = 'docs/vocabularies.md';

const BEGIN = '<!-- mapping tables: generated from data/vocabulary.json and data/regions.json by npm run generate -->';
const END = '<!-- end of the generated mapping tables -->';

const PREFIXES: readonly [string, string][] = [
  ['https://w3id.org/dpv/legal/eu/gdpr#', 'eu-gdpr:'],
  ['https://w3id.org/dpv/pd#', 'pd:'],
  ['https://w3id.org/dpv/ai#', 'ai:'],
  ['https://w3id.org/dpv/loc#', 'loc:'],
  ['https://w3id.org/dpv#', 'dpv:'],
];

/** A DPV IRI as a link, shown with the prefix the guide's JSON-LD uses. */
function dpvLink(iri: string): string {
  const [namespace, prefix] = PREFIXES.find(([ns]) => iri.startsWith(ns)) ?? ['', ''];
  return `[${code(prefix + iri.slice(namespace.length))}](${iri})`;
}

const terms = (list: readonly string[] | null, render: (term: string) => string) => (list === null ? '—' : list.map(render).join('<br>'));

function table(rows: readonly (VocabularyMapping & { readonly id: string; readonly label: string })[]): string {
  return [
    '| Id | Label | DPV 2.3 | fideslang | Note |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${code(row.id)} | ${cell(row.label)} | ${terms(row.dpv, dpvLink)} | ${terms(row.fideslang, code)} | ${cell(row.note ?? '')} |`,
    ),
  ].join('\n');
}

/** The generated tables: one per list of the vocabulary, then the regions. */
export function renderMappingTables(): string {
  const sections: [string, Parameters<typeof table>[0]][] = [
    ['Purposes', vocabulary.purposes],
    ['Lawful bases', vocabulary.lawfulBases],
    ['Data categories', vocabulary.dataCategories],
    ['Excluded data', vocabulary.excludedData],
    ['Data subjects', vocabulary.dataSubjects],
    ['Regions', regionList.map((region) => ({ ...region, label: region.name }))],
  ];
  return sections.map(([title, rows]) => `### ${title}\n\n${table(rows)}`).join('\n\n');
}

/** The guide's text with its generated tables brought up to date. */
export function withMappingTables(guide: string): string {
  const begin = guide.indexOf(BEGIN);
  const end = guide.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`${VOCABULARY_GUIDE} must hold the markers\n${BEGIN}\n${END}`);
  return `${guide.slice(0, begin + BEGIN.length)}\n\n${renderMappingTables()}\n\n${guide.slice(end)}`;
}
