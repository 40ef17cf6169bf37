/**
 * sql/spark.sql and sql/bigquery.sql are parsed here, not run: dt-sql-parser's Spark SQL grammar (derived from
 * Spark's own) and sql-parser-cst's BigQuery dialect must accept them whole. Their decisions are not executed
 * anywhere in this repository; sql/duckdb.sql, which they follow step by step, is (see test/sql/duckdb-view.test.ts), as are
 * sql/postgres.sql (test/sql/postgres.test.ts) and sql/clickhouse.sql (test/clickhouse).
 */
import { readFileSync } from 'node:fs';
import { SparkSQL } from 'dt-sql-parser';
import { parse } from 'sql-parser-cst';
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../src/engine/reasons.js';
import { PACKAGE_ROOT } from '../sql/support/warehouse.js';

const read = (name: string) => readFileSync(`${PACKAGE_ROOT}sql/${name}`, 'utf8');

const sparkErrors = (sql: string) => new SparkSQL().validate(sql).map((error) => error.message);

function bigQueryError(sql: string): string | undefined {
  try {
    parse(sql, { dialect: 'bigquery', includeComments: true });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The reason codes in the order a file first names them. */
function reasonOrder(sql: string): string[] {
  const named = [...sql.matchAll(/'([a-z-]+)'/g)].map(([, word]) => word!).filter((word) => (REASON_CODES as readonly string[]).includes(word));
  return [...new Set(named)];
}

describe('the SQL for other engines', () => {
  it('Spark: the Spark SQL parser accepts sql/spark.sql, and rejects it broken', () => {
    const sql = read('spark.sql');
    expect(sparkErrors(sql)).toEqual([]);
    expect(sparkErrors(sql.replace('FROM members', 'FROM FROM members'))).not.toEqual([]);
  });

  it('BigQuery: the GoogleSQL parser accepts sql/bigquery.sql, and rejects it broken', () => {
    const sql = read('bigquery.sql');
    expect(bigQueryError(sql)).toBeUndefined();
    expect(bigQueryError(sql.replace('FROM members', 'FROM FROM members'))).toContain('Syntax Error');
  });

  it.each(['duckdb.sql', 'postgres.sql', 'clickhouse.sql', 'spark.sql', 'bigquery.sql'])('%s creates lpd_member_decisions with the reasons in the library order', (name) => {
    const sql = read(name);
    expect(sql).toContain('CREATE OR REPLACE VIEW lpd_member_decisions AS');
    expect(reasonOrder(sql)).toEqual([...REASON_CODES]);
    for (const column of ['member_id', 'purpose', 'status', 'reasons', 'region', 'time_zone', 'provision_effective_from', 'error']) {
      expect(sql).toMatch(new RegExp(`\\b${column}\\b`));
    }
  });
});
