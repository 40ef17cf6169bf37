import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // cli-worker is the worker thread of `check --input`, found beside cli.js at run time.
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/batch/worker.ts' },
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
  // import.meta.url in the CommonJS build too, where the CLI looks for its worker script.
  shims: true,
  define: { __DATA_VERSION__: JSON.stringify(version) },
  // The bin is ESM only: `bin` names dist/cli.js, and a CommonJS copy would ship unused.
  esbuildOptions(options, { format }) {
    if (format === 'cjs' && options.entryPoints !== undefined && !Array.isArray(options.entryPoints)) {
      const { cli: _bin, ...libraryEntries } = options.entryPoints as Record<string, string>;
      options.entryPoints = libraryEntries;
    }
  },
});
