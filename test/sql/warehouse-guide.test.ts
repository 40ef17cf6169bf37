/**
 * The DuckDB examples of docs/warehouse.md, run in order against this repository's tables and SQL (the guide's
 * `node_modules/linkedin-policy-data/` paths point here), with their `-- =>` rows asserted. The ```ts example
 * of the guide runs in test/unit/examples.test.ts like every other.
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { runSqlExamples, sqlExamples } from '../../scripts/warehouse-guide.js';
import { PACKAGE_ROOT } from './support/warehouse.js';

const guide = readFileSync(`${PACKAGE_ROOT}docs/warehouse.md`, 'utf8');
const here = (text: string) => text.replaceAll('node_modules/linkedin-policy-data/', PACKAGE_ROOT);

describe('docs/warehouse.md', () => {
  it('has DuckDB examples that load the tables, create the view and show its answers', () => {
    const examples = sqlExamples(guide);
    expect(examples.some((e) => e.sql.includes('.read node_modules/linkedin-policy-data/sql/duckdb.sql'))).toBe(true);
    expect(examples.filter((e) => e.expected !== undefined).length).toBeGreaterThanOrEqual(3);
  });

  it('gives the answers it shows', async () => {
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const problems = await runSqlExamples(db, sqlExamples(guide), (path) => readFileSync(here(path), 'utf8'), here);
    expect(problems).toEqual([]);
  });
});
