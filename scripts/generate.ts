/**
 * Writes the JSON Schema files under data/schema/ from the zod schemas, the hot-path decision tables and the
 * timeline files as JSON text in src/generated/, the CSV tables under tables/ and the mapping tables of docs/vocabularies.md, the error-code table of docs/semantics.md, after validating the dataset with the schemas. With --check it writes nothing and fails if the data is invalid or a generated file is stale: the
 * build and CI run it that way.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDatasetFiles, formatIssues } from './dataset-files.js';
import { DatasetSchema } from '../src/schema/index.js';
import { JSON_SCHEMA_SOURCES, renderJsonSchema } from './json-schemas.js';
import { renderDecisionTables } from './decision-tables.js';
import { renderTimelineJson } from './timeline-json.js';
import { renderTables } from './tables.js';
import { VOCABULARY_GUIDE, withMappingTables } from './docs-vocabulary.js';
import { withErrorTable } from './error-table.js';
import { renderVocabularyIds } from './vocabulary-ids.js';
import { withCandidateBlock, type SqlDialect } from './sql-candidates.js';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const schemaDir = new URL('../data/schema/', import.meta.url);
let failed = false;

// The id lists come first: the schemas that validate the timelines below are built from them, so a new id in
// data/vocabulary.json is written there and the rest is generated again in a fresh process that loads them.
const idsFile = new URL('../src/generated/vocabulary-ids.ts', import.meta.url);
const idsText = renderVocabularyIds(JSON.parse(readFileSync(new URL('../data/vocabulary.json', import.meta.url), 'utf8')) as Parameters<typeof renderVocabularyIds>[0]);
if (!values.check && readTextOrUndefined(idsFile) !== idsText) {
  mkdirSync(new URL('../src/generated/', import.meta.url), { recursive: true });
  writeFileSync(idsFile, idsText);
  console.log('wrote src/generated/vocabulary-ids.ts');
  const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(again.status ?? 1);
}

const files = loadDatasetFiles();
const result = DatasetSchema.safeParse(files);
if (!result.success) {
  console.error(`data/ is invalid:\n${formatIssues(result.error.issues)}`);
  process.exit(1);
}

const outputs: [string, string][] = [
  ...Object.entries(JSON_SCHEMA_SOURCES).map(([name, schema]): [string, string] => [`data/schema/${name}`, renderJsonSchema(schema)]),
  ['src/generated/decision-tables.ts', renderDecisionTables(result.data)],
  ['src/generated/timeline-json.ts', renderTimelineJson(files.timelines)],
  ['src/generated/vocabulary-ids.ts', idsText],
  ...Object.entries(renderTables(result.data)),
  [VOCABULARY_GUIDE, withMappingTables(readFileSync(new URL(`../${VOCABULARY_GUIDE}`, import.meta.url), 'utf8'))],
  ['docs/semantics.md', withErrorTable(readFileSync(new URL('../docs/semantics.md', import.meta.url), 'utf8'))],
  ...(['duckdb', 'postgres', 'clickhouse', 'spark', 'bigquery'] as const satisfies readonly SqlDialect[]).map((dialect): [string, string] => [
    `sql/${dialect}.sql`,
    withCandidateBlock(readFileSync(new URL(`../sql/${dialect}.sql`, import.meta.url), 'utf8'), dialect, result.data.regions.placements),
  ]),
];
mkdirSync(schemaDir, { recursive: true });
mkdirSync(new URL('../src/generated/', import.meta.url), { recursive: true });
mkdirSync(new URL('../tables/', import.meta.url), { recursive: true });
for (const [name, text] of outputs) {
  const file = new URL(`../${name}`, import.meta.url);
  if (readTextOrUndefined(file) === text) continue;
  if (values.check) {
    console.error(`${name} is out of date: run npm run generate`);
    failed = true;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${name}`);
  }
}
process.exitCode = failed ? 1 : 0;

function readTextOrUndefined(file: URL): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
