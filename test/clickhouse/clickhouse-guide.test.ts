/**
 * The ClickHouse examples of docs/warehouse.md (```sql clickhouse blocks), run in order in chDB against this
 * repository's tables and SQL, with sql/clickhouse.sql run between the member table and the question, as the
 * guide says, and the `-- =>` rows asserted.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { renderRow, sqlExamples } from '../../scripts/warehouse-guide.js';
import { PACKAGE_ROOT } from '../sql/support/warehouse.js';
import { newSession, statements, type ChSession } from './support.js';

const guide = readFileSync(`${PACKAGE_ROOT}docs/warehouse.md`, 'utf8');
const here = (text: string) => text.replaceAll('node_modules/linkedin-policy-data/', PACKAGE_ROOT);

let db: ChSession | undefined;
afterAll(() => db?.close());

describe('docs/warehouse.md for ClickHouse', () => {
  it('gives the answers it shows', () => {
    db = newSession();
    const examples = sqlExamples(guide, 'clickhouse');
    expect(examples.filter((e) => e.expected !== undefined).length).toBeGreaterThanOrEqual(1);
    const problems: string[] = [];
    for (const example of examples) {
      if (example.expected !== undefined) for (const sql of statements(readFileSync(`${PACKAGE_ROOT}sql/clickhouse.sql`, 'utf8'))) db.query(sql);
      const parts = statements(here(example.sql));
      parts.slice(0, -1).forEach((sql) => db!.query(sql));
      const output = db.query(parts.at(-1)!, 'JSONCompactEachRow').trimEnd();
      if (example.expected === undefined) continue;
      const rows = output.split('\n').map((line) => renderRow(JSON.parse(line) as unknown[]));
      if (rows.join('\n') !== example.expected.join('\n')) {
        problems.push(`docs/warehouse.md:${example.line}: expected\n  ${example.expected.join('\n  ')}\ngot\n  ${rows.join('\n  ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
