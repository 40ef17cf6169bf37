/**
 * The package's shape, checked against the built dist/ (`npm run check:release` runs it after the build):
 * the `exports` map (types nested under import and require, every target present), `"sideEffects": false`,
 * the `files` whitelist, no install scripts, and a main entry whose import graph — ESM and CJS — never reaches
 * zod. Pure functions take the manifest and a file reader, so the test suite can call them too.
 *
 *   npx tsx scripts/release-shape.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

type Conditions = Record<string, unknown>;
export interface Manifest {
  name?: string;
  version?: string;
  exports?: Record<string, unknown>;
  sideEffects?: unknown;
  files?: unknown;
  scripts?: Record<string, string>;
  bin?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  typesVersions?: Record<string, Record<string, string[]>>;
}

/** Lifecycle scripts npm runs when someone installs the package (prepare: from a git or folder install). */
export const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare'] as const;

const ENTRIES = { '.': 'index', './schema': 'schema' } as const;

/** The embedded SQL engine, an optional peer: only `export --format parquet` loads it, by a dynamic import. */
export const DUCKDB = '@duckdb/node-api';

/** The tables and SQL files the package ships for data warehouses. */
export const WAREHOUSE_FILES = [
  'tables/countries.csv',
  'tables/provisions.csv',
  'sql/duckdb.sql',
  'sql/postgres.sql',
  'sql/clickhouse.sql',
  'sql/spark.sql',
  'sql/bigquery.sql',
] as const;

/** Problems with the manifest itself (no files needed). */
export function checkManifest(pkg: Manifest): string[] {
  const problems: string[] = [];
  if (pkg.dependencies?.['zod'] !== undefined) problems.push('zod is a dependency: it belongs in peerDependencies (optional), so one zod sits in the user\'s tree');
  if (pkg.peerDependencies?.['zod'] === undefined || pkg.peerDependenciesMeta?.['zod']?.optional !== true) {
    problems.push('zod must be an optional peer dependency (peerDependencies + peerDependenciesMeta.zod.optional)');
  }
  if (pkg.typesVersions?.['*']?.['schema']?.[0] !== './dist/schema.d.ts') problems.push('typesVersions must map "schema" to ./dist/schema.d.ts, for moduleResolution node10');
  const exports = pkg.exports ?? {};
  for (const [subpath, base] of Object.entries(ENTRIES)) {
    const entry = exports[subpath] as Conditions | undefined;
    if (entry === undefined) {
      problems.push(`exports["${subpath}"] is missing`);
      continue;
    }
    const expected: Record<string, [string, string]> = {
      import: [`./dist/${base}.d.ts`, `./dist/${base}.js`],
      require: [`./dist/${base}.d.cts`, `./dist/${base}.cjs`],
    };
    for (const [condition, [types, file]] of Object.entries(expected)) {
      const nested = entry[condition] as Conditions | undefined;
      if (typeof nested !== 'object' || nested === null) {
        problems.push(`exports["${subpath}"].${condition} must be an object with "types" and "default"`);
        continue;
      }
      const keys = Object.keys(nested);
      if (keys[0] !== 'types') problems.push(`exports["${subpath}"].${condition}: "types" must come first (got ${keys.join(', ')})`);
      if (nested['types'] !== types) problems.push(`exports["${subpath}"].${condition}.types should be ${types}`);
      if (nested['default'] !== file) problems.push(`exports["${subpath}"].${condition}.default should be ${file}`);
    }
  }
  const fixed: Record<string, string> = {
    './data/*.json': './data/*.json',
    './data/schema/*.schema.json': './data/schema/*.schema.json',
    './tables/*.csv': './tables/*.csv',
    './sql/*.sql': './sql/*.sql',
    './package.json': './package.json',
  };
  for (const [subpath, target] of Object.entries(fixed)) {
    if (exports[subpath] !== target) problems.push(`exports["${subpath}"] should be "${target}"`);
  }
  if (pkg.sideEffects !== false) problems.push('"sideEffects" must be false');
  const files = Array.isArray(pkg.files) ? (pkg.files as string[]) : null;
  if (files === null) problems.push('"files" must be a whitelist');
  else for (const file of ['dist', 'data', 'tables', 'sql', 'docs', 'CHANGELOG.md', 'README.md', 'LICENSE']) if (!files.includes(file)) problems.push(`"files" lacks ${file}`);
  // DuckDB writes parquet for the CLI and runs the SQL in tests; users who want neither must not install it.
  if (pkg.dependencies?.[DUCKDB] !== undefined) problems.push(`${DUCKDB} must not be a dependency: it is an optional peer`);
  if (pkg.peerDependencies?.[DUCKDB] === undefined || pkg.peerDependenciesMeta?.[DUCKDB]?.optional !== true) {
    problems.push(`${DUCKDB} must be an optional peer dependency (peerDependencies and peerDependenciesMeta.optional)`);
  }
  for (const script of INSTALL_SCRIPTS) if (pkg.scripts?.[script] !== undefined) problems.push(`no install scripts: remove scripts.${script}`);
  // dist/ is ignored by git: without a build before packing, a pack or publish from a clean checkout ships none.
  if (!/\bnpm run build\b/.test(pkg.scripts?.['prepack'] ?? '')) problems.push('scripts.prepack must run npm run build, or a tarball packed from a fresh clone has no dist/');
  return problems;
}

/** The specifiers a built file imports: static and dynamic `import`, `export … from`, and `require()`. */
export function importsOf(code: string): string[] {
  const specs = new Set<string>();
  const patterns = [
    /(?:^|[\s;}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g,
    /(?:^|[\s;}])export\s*[\w*{}\s,$]*from\s*["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) specs.add(match[1]!);
  return [...specs];
}

/** Every bare (package) specifier reachable from `entry` through relative imports. */
export function bareImportsReachable(entry: string, read: (file: string) => string): { files: string[]; bare: string[] } {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of importsOf(read(file))) {
      if (spec.startsWith('.')) visit(posix.normalize(posix.join(posix.dirname(file), spec)));
      else bare.add(spec);
    }
  };
  visit(entry);
  return { files: [...seen], bare: [...bare].sort() };
}

export const isZod = (spec: string): boolean => spec === 'zod' || spec.startsWith('zod/') || spec.startsWith('@zod/');

/** Problems with the built files: targets that do not exist, and zod reachable from the main entry. */
export function checkBuild(pkg: Manifest, root: string): string[] {
  const problems: string[] = [];
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  for (const [subpath, base] of Object.entries(ENTRIES)) {
    for (const file of [`dist/${base}.js`, `dist/${base}.cjs`, `dist/${base}.d.ts`, `dist/${base}.d.cts`]) {
      if (!existsSync(join(root, file))) problems.push(`exports["${subpath}"] points at ${file}, which the build did not produce`);
    }
  }
  // The declarations too: a main entry whose types name zod makes a user's declaration emit name it as well
  // (TS2742 under pnpm), though zod is only an optional peer.
  // A declaration file's `./chunk.js` is the declarations of that chunk, `./chunk.d.ts`.
  const readDeclarations = (file: string) => read(/\.d\.c?ts$/.test(file) ? file : file.replace(/\.js$/, '.d.ts').replace(/\.cjs$/, '.d.cts'));
  for (const entry of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) {
    if (!existsSync(join(root, entry))) continue;
    const { bare } = bareImportsReachable(entry, entry.includes('.d.') ? readDeclarations : read);
    const zod = bare.filter(isZod);
    if (zod.length > 0) problems.push(`the main entry (${entry}) reaches ${zod.join(', ')}: zod belongs only in ./schema`);
  }
  for (const file of readdirSync(join(root, 'dist'))) {
    if (!/\.(c?js|d\.c?ts)$/.test(file)) continue;
    const links = [...read(`dist/${file}`).matchAll(/^\/\/# sourceMappingURL=(\S+)$/gm)].map((match) => match[1]!);
    if (links.length > 1) problems.push(`dist/${file} names its source map ${links.length} times`);
    for (const link of links) if (!existsSync(join(root, 'dist', link))) problems.push(`dist/${file} names a source map, ${link}, that is not there`);
  }
  if (existsSync(join(root, 'dist/cli.cjs'))) problems.push('dist/cli.cjs is built, but the bin is dist/cli.js: a CommonJS copy of the bin ships unused');
  for (const entry of ['dist/index.js', 'dist/index.cjs', 'dist/schema.js', 'dist/schema.cjs']) {
    if (existsSync(join(root, entry)) && bareImportsReachable(entry, read).bare.includes(DUCKDB)) problems.push(`${entry} reaches ${DUCKDB}`);
  }
  for (const file of WAREHOUSE_FILES) if (!existsSync(join(root, file))) problems.push(`${file} is missing`);
  if (existsSync(join(root, 'dist/schema.js')) && !bareImportsReachable('dist/schema.js', read).bare.some(isZod)) {
    problems.push('dist/schema.js does not import zod: is the check reading the right files?');
  }
  const bin = typeof pkg.bin === 'object' && pkg.bin !== null ? Object.values(pkg.bin as Record<string, string>) : [];
  for (const file of bin) {
    if (!existsSync(join(root, file))) problems.push(`bin ${file} does not exist`);
    else if (!read(file).startsWith('#!/usr/bin/env node')) problems.push(`bin ${file} lacks a #!/usr/bin/env node line`);
  }
  return problems;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
  const problems = [...checkManifest(pkg), ...checkBuild(pkg, REPO_ROOT)];
  for (const problem of problems) console.error(`package shape: ${problem}`);
  console.log(
    problems.length === 0
      ? 'package shape: passed (exports, sideEffects, files, no install scripts, no zod in the main entry, DuckDB an optional peer, the tables and SQL)'
      : 'package shape: FAILED',
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}

