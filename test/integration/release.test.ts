import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { checkReadmeLinks, SHIPPED_FILE_URL } from '../../scripts/consumer-test.js';
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

  it('keeps zod an optional peer and maps ./schema types for node10 resolution, and says so when not', () => {
    const { zod: _zod, ...otherPeers } = pkg.peerDependencies ?? {};
    expect(checkManifest({ ...pkg, peerDependencies: otherPeers, dependencies: { ...pkg.dependencies, zod: '4.6.7' } })).toEqual([
      "zod is a dependency: it belongs in peerDependencies (optional), so one zod sits in the user's tree",
      'zod must be an optional peer dependency (peerDependencies + peerDependenciesMeta.zod.optional)',
    ]);
    expect(checkManifest({ ...pkg, typesVersions: {} })).toEqual(['typesVersions must map "schema" to ./dist/schema.d.ts, for moduleResolution node10']);
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
    expect(checkManifest({ ...pkg, files: ['dist', 'data', 'docs', 'CHANGELOG.md', 'README.md', 'LICENSE'] })).toEqual(['"files" lacks tables', '"files" lacks sql']);
    const main = await bundledInputs('src/index.ts');
    expect(main.filter((input) => input.includes('duckdb') || input.includes('src/tables/') || input.includes('src/cli/'))).toEqual([]);
  });
});

describe('the README as npm shows it', () => {
  it('links only to addresses and to files the package ships', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const shipped = readdirSync(join(REPO_ROOT, 'docs')).map((file) => `docs/${file}`);
    expect(checkReadmeLinks(readme, shipped)).toEqual([]);
    expect(checkReadmeLinks('[guide](docs/semantics.md)', shipped)).toEqual([
      `README links to docs/semantics.md, which does not resolve on npm: link ${SHIPPED_FILE_URL}… instead`,
    ]);
    expect(checkReadmeLinks(`[gone](${SHIPPED_FILE_URL}docs/gone.md)`, shipped)).toEqual([
      `README links to ${SHIPPED_FILE_URL}docs/gone.md, but the tarball has no such file`,
    ]);
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
