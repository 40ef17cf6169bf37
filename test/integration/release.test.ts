import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerTest } from '../../scripts/consumer-test.js';
import { bareImportsReachable, checkManifest, DUCKDB, importsOf, isZod, WAREHOUSE_FILES, type Manifest } from '../../scripts/release-shape.js';
import { REPO_ROOT } from '../../scripts/snapshot-engine.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest & { name: string };

/** The source modules an entry bundles, as esbuild's metafile lists them. */
async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(REPO_ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    define: { __DATA_VERSION__: '"0.0.0"' },
  });
  return Object.keys(result.metafile.inputs);
}

describe('package.json', () => {
  it('has the release shape: exports with nested types, sideEffects false, a files whitelist, no install scripts', () => {
    expect(checkManifest(pkg)).toEqual([]);
  });

  it('resolves every public subpath, the generated JSON Schema files included (self-reference)', () => {
    const require = createRequire(join(REPO_ROOT, 'package.json'));
    expect(require.resolve(`${pkg.name}/data/regions.json`)).toBe(join(REPO_ROOT, 'data', 'regions.json'));
    expect(require.resolve(`${pkg.name}/data/schema/timeline.schema.json`)).toBe(join(REPO_ROOT, 'data', 'schema', 'timeline.schema.json'));
    expect(require.resolve(`${pkg.name}/package.json`)).toBe(join(REPO_ROOT, 'package.json'));
    expect(() => require.resolve(`${pkg.name}/src/index.ts`)).toThrow(/not defined by "exports"/);
    expect(() => require.resolve(`${pkg.name}/data/meta`)).toThrow(/not defined by "exports"/);
  });

  it('ships the warehouse tables and SQL as subpaths, with DuckDB an optional peer the main entry never loads', async () => {
    const require = createRequire(join(REPO_ROOT, 'package.json'));
    for (const file of WAREHOUSE_FILES) expect(require.resolve(`${pkg.name}/${file}`)).toBe(join(REPO_ROOT, file));
    expect(checkManifest({ ...pkg, peerDependenciesMeta: {} })).toContain(
      `${DUCKDB} must be an optional peer dependency (peerDependencies and peerDependenciesMeta.optional)`,
    );
    expect(checkManifest({ ...pkg, files: ['dist', 'data', 'CHANGELOG.md', 'README.md', 'LICENSE'] })).toEqual(['"files" lacks tables', '"files" lacks sql']);
    const main = await bundledInputs('src/index.ts');
    expect(main.filter((input) => input.includes('duckdb') || input.includes('src/tables/') || input.includes('src/cli/'))).toEqual([]);
  });
});

describe('the main entry', () => {
  it('never bundles zod; the ./schema entry does', async () => {
    const main = await bundledInputs('src/index.ts');
    expect(main.some((input) => input.includes('src/api/'))).toBe(true);
    expect(main.filter((input) => /node_modules\/zod\//.test(input))).toEqual([]);
    const schema = await bundledInputs('src/schema/index.ts');
    expect(schema.some((input) => /node_modules\/zod\//.test(input))).toBe(true);
  });

  it('import-graph walker finds imports and requires of every form', () => {
    const code = [
      "import { a } from './chunk-A.js';",
      "import './chunk-B.js';",
      "export { b } from 'date-fns-tz/fromZonedTime';",
      "import * as z from 'zod';",
      'var x = require("./chunk-C.cjs");',
      "const y = await import('zod/mini');",
    ].join('\n');
    expect(importsOf(code).sort()).toEqual(['./chunk-A.js', './chunk-B.js', './chunk-C.cjs', 'date-fns-tz/fromZonedTime', 'zod', 'zod/mini']);
    const files: Record<string, string> = { 'dist/index.js': "export * from './chunk.js';", 'dist/chunk.js': "import 'zod';" };
    expect(bareImportsReachable('dist/index.js', (f) => files[f]!).bare.filter(isZod)).toEqual(['zod']);
  });
});

describe('the consumer test: the packed tarball installed in a fresh project', () => {
  let dir: string;
  beforeAll(() => {
    // Build a copy, so the test neither needs nor disturbs this checkout's dist/.
    dir = mkdtempSync(join(tmpdir(), 'lpd-release-'));
    for (const entry of ['src', 'data', 'tables', 'sql', 'docs', 'scripts', 'package.json', 'tsup.config.ts', 'tsconfig.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      if (existsSync(join(REPO_ROOT, entry))) cpSync(join(REPO_ROOT, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'pipe' });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('works through ESM, CommonJS, the JSON subpaths, the bin and TypeScript (node16, nodenext, bundler)', async () => {
    const log: string[] = [];
    await consumerTest({ packageDir: dir, log: (line) => log.push(line) });
    expect(log.join('\n')).toMatch(/TypeScript node16, nodenext, bundler/);
  }, 110_000);
});
