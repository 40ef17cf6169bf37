/**
 * Writes the JSON Schema files under data/schema/ from the zod schemas, the hot-path decision tables in
 * src/generated/ and the CSV tables under tables/, after validating the dataset with the schemas. With --check it writes nothing and fails if the data is invalid or a generated file is stale: the
 * build and CI run it that way.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDatasetFiles, formatIssues } from './dataset-files.js';
import { DatasetSchema } from '../src/schema/index.js';
import { JSON_SCHEMA_SOURCES, renderJsonSchema } from './json-schemas.js';
import { renderDecisionTables } from './decision-tables.js';
import { renderTables } from './tables.js';
import { withCandidateBlock, type SqlDialect } from './sql-candidates.js';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const schemaDir = new URL('../data/schema/', import.meta.url);
let failed = false;

const result = DatasetSchema.safeParse(loadDatasetFiles());
if (!result.success) {
  console.error(`data/ is invalid:\n${formatIssues(result.error.issues)}`);
  process.exit(1);
}

const outputs: [string, string][] = [
  ...Object.entries(JSON_SCHEMA_SOURCES).map(([name, schema]): [string, string] => [`data/schema/${name}`, renderJsonSchema(schema)]),
  ['src/generated/decision-tables.ts', renderDecisionTables(result.data)],
  ...Object.entries(renderTables(result.data)),
  ...(['duckdb', 'spark', 'bigquery'] as const satisfies readonly SqlDialect[]).map((dialect): [string, string] => [
    `sql/${dialect}.sql`,
    withCandidateBlock(readFileSync(new URL(`../sql/${dialect}.sql`, import.meta.url), 'utf8'), dialect, result.data.regions.placements),
  ]),
];
mkdirSync(schemaDir, { recursive: true });
mkdirSync(new URL('../src/generated/', import.meta.url), { recursive: true });
mkdirSync(new URL('../tables/', import.meta.url), { recursive: true });
for (const [name, text] of outputs) {
  const file = new URL(`../${name}`, import.meta.url);
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  if (values.check) {
    console.error(`${name} is out of date: run npm run generate`);
    failed = true;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${name}`);
  }
}
process.exitCode = failed ? 1 : 0;
