/**
 * Writes the JSON Schema files under data/schema/ from the zod schemas, after validating the dataset with
 * them. With --check it writes nothing and fails if the data is invalid or a generated file is stale: the
 * build and CI run it that way.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDatasetFiles, formatIssues } from './dataset-files.js';
import { DatasetSchema } from '../src/schema/index.js';
import { JSON_SCHEMA_SOURCES, renderJsonSchema } from './json-schemas.js';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const schemaDir = new URL('../data/schema/', import.meta.url);
let failed = false;

const result = DatasetSchema.safeParse(loadDatasetFiles());
if (!result.success) {
  console.error(`data/ is invalid:\n${formatIssues(result.error.issues)}`);
  failed = true;
}

mkdirSync(schemaDir, { recursive: true });
for (const [name, schema] of Object.entries(JSON_SCHEMA_SOURCES)) {
  const file = new URL(name, schemaDir);
  const text = renderJsonSchema(schema);
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  if (values.check) {
    console.error(`data/schema/${name} is out of date: run npm run generate`);
    failed = true;
  } else {
    writeFileSync(file, text);
    console.log(`wrote data/schema/${name}`);
  }
}
process.exitCode = failed ? 1 : 0;
