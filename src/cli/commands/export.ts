import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { regions, sources, timeline } from '../../index.js';
import { writePolicyJsonLd } from '../../jsonld/policy-file.js';
import { policyTables, tableCsv, tableNdjson, type PolicyTable } from '../../tables/policy-tables.js';
import { parseCommandLine, required } from '../args.js';
import type { CliContext } from '../context.js';
import { CliFailure, EXIT, UsageError } from '../errors.js';
import { HELP } from '../help.js';
import { writeAll } from '../output.js';

export const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'csv' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['csv', 'ndjson', 'parquet', 'jsonld'] as const;
type Format = (typeof FORMATS)[number];

/** The peer that parquet files are written through, as `npm install` names it. */
export const DUCKDB_PACKAGE = '@duckdb/node-api';

/**
 * What to `npm install` to get DuckDB: an exact version, because `@duckdb/node-api` publishes only pre-releases
 * (`1.5.6-r.1`), which a plain range such as `1.5` never matches.
 */
export const DUCKDB_INSTALL_SPEC = `${DUCKDB_PACKAGE}@1.5.6-r.1`;

/**
 * `export`: the policy tables (countries, provisions) and the evidence (sources, claims, citations) as files for
 * data warehouses, or the whole policy as one JSON-LD document in the W3C Data Privacy Vocabulary.
 */
export async function exportCommand(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandLine('export', { args: [...args], options: OPTIONS, strict: true, allowPositionals: false });
  if (values.help === true) {
    await writeAll(ctx.stdout, HELP.export!(ctx.program));
    return EXIT.ok;
  }
  const format = FORMATS.find((known) => known === values.format);
  if (format === undefined) throw new UsageError(`unknown format ${JSON.stringify(values.format)}; expected one of ${FORMATS.join(', ')}`, 'export');
  const out = resolve(required(values.out, '--out', 'export'));
  if (format === 'jsonld') return writeJsonLd(out, ctx);
  const tables = policyTables(regions, (purpose, region) => timeline(region.countries[0]!.code, purpose), sources);
  mkdirSync(out, { recursive: true });
  const writeTable = format === 'parquet' ? await parquetWriter(ctx) : textWriter(format);
  for (const table of tables) {
    const file = join(out, `${table.name}.${format}`);
    await writeTable(table, file);
    await writeAll(ctx.stderr, `${ctx.program}: wrote ${file} (${table.rows.length} rows)\n`);
  }
  return EXIT.ok;
}

/** `policy.jsonld`: every provision as a DPV process, built from the data files themselves. */
async function writeJsonLd(out: string, ctx: CliContext): Promise<number> {
  const { file, processes } = writePolicyJsonLd(out);
  await writeAll(ctx.stderr, `${ctx.program}: wrote ${file} (${processes} processes)\n`);
  return EXIT.ok;
}

type TableWriter = (table: PolicyTable, file: string) => Promise<void>;

function textWriter(format: Exclude<Format, 'parquet'>): TableWriter {
  const render = format === 'csv' ? tableCsv : tableNdjson;
  return async (table, file) => writeFileSync(file, render(table));
}

/**
 * Writes parquet through DuckDB, which is an optional peer dependency: loaded only here, and only when asked
 * for, so that nothing else in the package ever needs it.
 */
async function parquetWriter(ctx: CliContext): Promise<TableWriter> {
  await writeAll(ctx.stderr, `${ctx.program}: loading DuckDB to write parquet\n`);
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import(DUCKDB_PACKAGE);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new CliFailure(
      `writing parquet needs DuckDB, an optional peer dependency of this package: install it with 'npm install ${DUCKDB_INSTALL_SPEC}' (or use --format csv or ndjson)`,
    );
  }
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return async (table, file) => {
    // The table goes through a CSV file read with its declared types, so the parquet columns are DATE and
    // INTEGER where the tables' are, not text.
    const scratch = mkdtempSync(join(tmpdir(), 'linkedin-policy-data-'));
    try {
      const csv = join(scratch, `${table.name}.csv`);
      writeFileSync(csv, tableCsv(table));
      const columns = table.columns.map((c) => `'${c.name}': '${c.type}'`).join(', ');
      await connection.run(
        `COPY (SELECT * FROM read_csv(${sqlString(csv)}, header = true, columns = {${columns}})) TO ${sqlString(file)} (FORMAT parquet)`,
      );
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  };
}

const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
