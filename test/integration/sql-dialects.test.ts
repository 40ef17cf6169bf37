/**
 * sql/spark.sql and sql/bigquery.sql are parsed here, not run: dt-sql-parser's Spark SQL grammar (derived from
 * Spark's own) and sql-parser-cst's BigQuery dialect must accept them whole. Their decisions are not executed
 * anywhere in this repository. The views that answer by the same rules are: sql/duckdb.sql (test/sql/duckdb-view.test.ts),
 * sql/postgres.sql (test/sql/postgres.test.ts) and sql/clickhouse.sql (test/clickhouse).
 */
import { readFileSync } from 'node:fs';
import { SparkSQL } from 'dt-sql-parser';
import { parse } from 'sql-parser-cst';
import { describe, expect, it, vi } from 'vitest';
import { REASON_CODES } from '../../src/engine/reasons.js';
import { PACKAGE_ROOT } from '../sql/support/warehouse.js';

const read = (name: string) => readFileSync(`${PACKAGE_ROOT}sql/${name}`, 'utf8');

/**
 * The Spark parser without antlr's console listener, which would print every syntax error (including those of
 * the parser's own statement-splitting pass) to stderr: `validate` still collects the errors it finds through
 * its own listeners, and the assertions show them.
 */
class QuietSparkSQL extends SparkSQL {
  protected override createLexerFromCharStream(...args: Parameters<SparkSQL['createLexerFromCharStream']>) {
    const lexer = super.createLexerFromCharStream(...args);
    lexer.removeErrorListeners();
    return lexer;
  }

  protected override createParserFromTokenStream(...args: Parameters<SparkSQL['createParserFromTokenStream']>) {
    const parser = super.createParserFromTokenStream(...args);
    parser.removeErrorListeners();
    return parser;
  }
}

const sparkErrors = (sql: string) => new QuietSparkSQL().validate(sql).map((error) => `line ${error.startLine}: ${error.message}`);

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
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(sparkErrors(sql)).toEqual([]);
      expect(sparkErrors(sql.replace('FROM members', 'FROM FROM members'))).not.toEqual([]);
      // A passing run prints nothing: the parser's errors belong in the assertions above, not on the console.
      expect(printed).not.toHaveBeenCalled();
    } finally {
      printed.mockRestore();
    }
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
