/**
 * Runs the DuckDB examples of docs/warehouse.md: every ```sql block (the other engines' blocks are fenced
 * ```sql postgres, ```sql clickhouse, ```sql spark and ```sql bigquery; the PostgreSQL ones run in
 * test/sql/postgres-guide.test.ts, the others are not run), in order, in one DuckDB connection. A `.read FILE` line
 * runs a file, as the DuckDB shell does. `-- =>` lines at the end of a block are the rows its last statement
 * must return, one per line: values separated by ` | `, lists as `[a, b]`, NULL as `NULL`.
 *
 * test/sql/warehouse-guide.test.ts runs them against this repository, and scripts/consumer-test.ts in a fresh
 * project that installed the packed package and @duckdb/node-api, with the paths as the guide writes them.
 */

/** One runnable block of the guide. */
export interface SqlExample {
  /** The 1-based line of the block's first line in the guide. */
  readonly line: number;
  readonly sql: string;
  /** The rows the block's last statement must return, or undefined when it shows none. */
  readonly expected: readonly string[] | undefined;
}

/** What the examples need of a DuckDB connection (from `@duckdb/node-api`, whichever copy is installed). */
export interface SqlConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowsJson(): unknown[][] }>;
}

/**
 * The runnable ```sql blocks of a Markdown text (DuckDB's), or with `dialect` the blocks fenced ```sql DIALECT
 * (```sql postgres: run by test/sql/postgres-guide.test.ts).
 */
export function sqlExamples(markdown: string, dialect?: string): SqlExample[] {
  const fence = dialect === undefined ? '```sql' : `\`\`\`sql ${dialect}`;
  const lines = markdown.split('\n');
  const examples: SqlExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== fence) continue;
    const line = i + 2;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== '```'; i++) body.push(lines[i]!);
    const expected = body.filter((l) => l.startsWith('-- => ')).map((l) => l.slice('-- => '.length));
    examples.push({ line, sql: body.filter((l) => !l.startsWith('-- => ')).join('\n'), expected: expected.length > 0 ? expected : undefined });
  }
  return examples;
}

/** A row as the guide writes it. */
export function renderRow(row: readonly unknown[]): string {
  const value = (v: unknown): string => (v === null ? 'NULL' : Array.isArray(v) ? `[${v.map(value).join(', ')}]` : String(v));
  return row.map(value).join(' | ');
}

/**
 * Runs the examples in order and returns what went wrong, one message per example (empty when all pass).
 * `readFile` reads the files named by `.read` lines; `rewrite` may change each block's text first (to point the
 * guide's paths elsewhere).
 */
export async function runSqlExamples(
  connection: SqlConnection,
  examples: readonly SqlExample[],
  readFile: (path: string) => string,
  rewrite: (sql: string) => string = (sql) => sql,
): Promise<string[]> {
  const problems: string[] = [];
  for (const example of examples) {
    const statements = rewrite(example.sql)
      .split('\n')
      .map((l) => (/^\.read\s/.test(l.trim()) ? readFile(l.trim().slice('.read'.length).trim()) : l))
      .join('\n');
    try {
      if (example.expected === undefined) {
        await connection.run(statements);
        continue;
      }
      const rows = (await connection.runAndReadAll(statements)).getRowsJson().map(renderRow);
      if (rows.join('\n') !== example.expected.join('\n')) {
        problems.push(`docs/warehouse.md:${example.line}: expected\n  ${example.expected.join('\n  ')}\ngot\n  ${rows.join('\n  ')}`);
      }
    } catch (error) {
      problems.push(`docs/warehouse.md:${example.line}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}
