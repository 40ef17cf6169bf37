import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import * as esbuild from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const LAZY = 'lazy-date-fns-tz';

/**
 * date-fns-tz's getTimezoneOffset is bundled behind a wrapper that loads it on its first call: its modules format
 * a date with Intl when they are evaluated (loading the zone data), which an import would otherwise pay even when
 * no answer needs a wall time read in a zone. Its modules are bundled here into the body of one function that the
 * wrapper calls once: one scope for all of them, rather than a lazily evaluated wrapper per module, each named by
 * its path, which carried some 0.3 kB (gzipped) into every bundle of the library. The sources import it directly
 * (vitest, the explorer's own bundle); this applies to dist/ only.
 */
const lazyTimezoneOffset: esbuild.Plugin = {
  name: 'lazy-timezone-offset',
  setup(build) {
    build.onResolve({ filter: /^date-fns-tz\/getTimezoneOffset$/ }, (args) => ({ path: 'getTimezoneOffset', namespace: LAZY, pluginData: args.resolveDir }));
    build.onLoad({ filter: /.*/, namespace: LAZY }, async (args) => {
      const resolveDir = args.pluginData as string;
      const bundled = await esbuild.build({
        stdin: { contents: "export { getTimezoneOffset } from 'date-fns-tz/getTimezoneOffset';", resolveDir, loader: 'js' },
        bundle: true,
        format: 'esm',
        target: 'node20',
        write: false,
        logLevel: 'silent',
      });
      const code = bundled.outputFiles[0]!.text;
      // The one export, as esbuild writes it last: the modules' code before it becomes the body of the loader.
      const exported = /export\s*\{\s*(\w+)(?:\s+as\s+getTimezoneOffset)?\s*\};?\s*$/.exec(code);
      if (exported === null) throw new Error('lazy-timezone-offset: no single export of getTimezoneOffset in the bundled date-fns-tz');
      const body = code.slice(0, exported.index);
      return {
        // The function is kept once loaded: the modules run once, on the first call.
        contents: `let loaded; function load() {\n${body}\nreturn ${exported[1]};\n}\nexport function getTimezoneOffset(timeZone, date) { loaded ??= load(); return loaded(timeZone, date); }`,
        resolveDir,
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
  // Bundled, so that it can be loaded lazily (see lazyTimezoneOffset).
  noExternal: ['date-fns-tz'],
  esbuildPlugins: [lazyTimezoneOffset],
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
