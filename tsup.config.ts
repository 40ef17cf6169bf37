import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const LAZY = 'lazy-date-fns-tz';

/**
 * date-fns-tz's fromZonedTime is bundled behind a wrapper that loads it on its first call: its modules format a
 * date with Intl when they are evaluated (loading the zone data), which an import would otherwise pay even when
 * no answer needs a wall time read in a zone. A require() of a bundled module is what esbuild evaluates lazily.
 * The sources import it directly (vitest, the explorer's own bundle); this applies to dist/ only.
 */
const lazyFromZonedTime: Plugin = {
  name: 'lazy-from-zoned-time',
  setup(build) {
    build.onResolve({ filter: /^date-fns-tz\/fromZonedTime$/ }, (args) =>
      args.namespace === LAZY ? undefined : { path: 'fromZonedTime', namespace: LAZY, pluginData: args.resolveDir },
    );
    build.onLoad({ filter: /.*/, namespace: LAZY }, async (args) => {
      // Its ES module build, which esbuild wraps smaller than the CommonJS one that require() would resolve to.
      const esm = await build.resolve('date-fns-tz/fromZonedTime', { kind: 'import-statement', namespace: LAZY, resolveDir: args.pluginData as string });
      return {
        // The function is kept once loaded: esbuild's require() of an ES module copies its exports on every call.
        contents: `let loaded; export function fromZonedTime(date, timeZone) { loaded ??= require(${JSON.stringify(esm.path)}).fromZonedTime; return loaded(date, timeZone); }`,
        resolveDir: args.pluginData as string,
        loader: 'js',
      };
    });
  },
};

export default defineConfig({
  // cli-worker is the worker thread of `check --input`, found beside cli.js at run time.
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/batch/worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' } },
  // Shared chunks instead of copies, so the entries share one engine (and its caches) in CJS as in ESM.
  splitting: true,
  treeshake: true,
  // The code ships unminified, one readable file per entry and shared chunk, so a stack trace already points at
  // code a reader can follow; maps would double the package for little (see docs/versioning.md, "What the
  // package holds").
  sourcemap: false,
  clean: true,
  target: 'node20',
  // Bundled, so that it can be loaded lazily (see lazyFromZonedTime).
  noExternal: ['date-fns-tz'],
  esbuildPlugins: [lazyFromZonedTime],
  // import.meta.url in the CommonJS build too, where the CLI looks for its worker script.
  shims: true,
  define: { __DATA_VERSION__: JSON.stringify(version) },
  // The bin is ESM only: `bin` names dist/cli.js, and a CommonJS copy would ship unused.
  esbuildOptions(options, { format }) {
    // Strings in quotes, never in backquotes: esbuild prints a string in whichever quotes need the fewest
    // escapes, which for the timeline files' JSON text (src/generated/timeline-json.ts, some 180 kB in all) is
    // a template literal, and V8 reads a long template literal more slowly than the same string in quotes, on
    // every import. The code's own template literals become concatenations, with the same results.
    options.supported = { ...options.supported, 'template-literal': false };
    // The ESM build needs no CommonJS shims (__dirname), and injected into the lazily loaded modules they would
    // be loaded eagerly, with node:path and node:url, everywhere.
    if (format === 'esm' && options.inject !== undefined) options.inject = options.inject.filter((file) => !file.includes('esm_shims'));
    if (format === 'cjs' && options.entryPoints !== undefined && !Array.isArray(options.entryPoints)) {
      const { cli: _bin, ...libraryEntries } = options.entryPoints as Record<string, string>;
      options.entryPoints = libraryEntries;
    }
  },
});
