import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { GENERATED_DOCS_DIR, siteHome } from '../../scripts/docs-markdown.js';
import { linkTargets, markdownLinkProblems, SHIPPED_FILE_URL } from '../../scripts/markdown-links.js';
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

  it('builds before packing, and says so when not', () => {
    const { prepack: _prepack, ...otherScripts } = pkg.scripts ?? {};
    expect(checkManifest({ ...pkg, scripts: otherScripts })).toEqual(['scripts.prepack must run npm run build, or a tarball packed from a fresh clone has no dist/']);
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

/** The files `npm pack` takes in by package.json's `files` (those present: dist/ may not be built). */
function shippedFiles(): string[] {
  return ['package.json', ...(pkg.files as string[])].flatMap((entry) => {
    const path = join(REPO_ROOT, entry);
    try {
      return readdirSync(path, { recursive: true, withFileTypes: true })
        .filter((dirent) => dirent.isFile())
        .map((dirent) => relative(REPO_ROOT, join(dirent.parentPath, dirent.name)).split(sep).join('/'));
    } catch {
      return existsSync(path) ? [entry] : [];
    }
  });
}

describe('the markdown files as the package ships them', () => {
  it('link only to files the package ships: relative links resolve in the tarball, and the README links absolutely', () => {
    const shipped = shippedFiles();
    const markdown = shipped.filter((file) => file.endsWith('.md'));
    expect(markdown).toEqual(expect.arrayContaining(['README.md', 'docs/getting-started.md', 'docs/sources.md']));
    expect(markdown.flatMap((file) => markdownLinkProblems(file, readFileSync(join(REPO_ROOT, file), 'utf8'), shipped))).toEqual([]);
  });

  it("in the docs site, the README's guide links open the site's pages, not raw markdown on unpkg", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const guideLinks = linkTargets(readme).filter((target) => target.startsWith(`${SHIPPED_FILE_URL}docs/`));
    expect(guideLinks.length).toBeGreaterThan(5);
    const home = siteHome(readme);
    expect(linkTargets(home).filter((target) => target.startsWith(SHIPPED_FILE_URL))).toEqual([]);
    // Each rewritten link, read from where the home page is written, is the guide itself: TypeDoc links it to its page.
    const rewritten = linkTargets(home).filter((target) => target.endsWith('.md'));
    expect(rewritten.map((target) => relative(REPO_ROOT, join(GENERATED_DOCS_DIR, target)).split(sep).join('/')).sort()).toEqual(
      guideLinks.map((target) => target.slice(SHIPPED_FILE_URL.length)).sort(),
    );
  });

  it('tells a link that would not resolve apart', () => {
    const shipped = ['README.md', 'docs/semantics.md', 'docs/sources.md'];
    expect(markdownLinkProblems('README.md', '[guide](docs/semantics.md)', shipped)).toEqual([
      `README.md links to docs/semantics.md, which does not resolve on npm: link ${SHIPPED_FILE_URL}… instead`,
    ]);
    expect(markdownLinkProblems('README.md', `[gone](${SHIPPED_FILE_URL}docs/gone.md)`, shipped)).toEqual([
      `README.md links to ${SHIPPED_FILE_URL}docs/gone.md, but the tarball has no such file`,
    ]);
    expect(markdownLinkProblems('docs/sources.md', '[timeline](../test-output/docs/policy-timeline.md)', shipped)).toEqual([
      'docs/sources.md links to ../test-output/docs/policy-timeline.md, but the tarball has no test-output/docs/policy-timeline.md',
    ]);
    expect(markdownLinkProblems('docs/sources.md', '[semantics](./semantics.md#errors) and `[not a link](nowhere.md)`', shipped)).toEqual([]);
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

  it("keeps the plain sentences and the vocabulary's labels out of a bundle that only asks isSubjectToAiTraining", async () => {
    const bundle = async (name: string) => {
      const result = await build({
        stdin: { contents: `export { ${name} } from './src/index.ts';`, resolveDir: REPO_ROOT, loader: 'ts' },
        bundle: true,
        write: false,
        minify: true,
        format: 'esm',
        platform: 'node',
        logLevel: 'silent',
        define: { __DATA_VERSION__: '"0.0.0"' },
      });
      return result.outputFiles[0]!.text;
    };
    const words = ['members under', 'Private messages', 'Legitimate interests', 'To opt out'];
    const hot = await bundle('isSubjectToAiTraining');
    expect(words.filter((text) => hot.includes(text))).toEqual([]);
    // The check can see them: the bundle of explainInWords has every one.
    const explain = await bundle('explainInWords');
    expect(words.filter((text) => explain.includes(text))).toEqual(words);
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
