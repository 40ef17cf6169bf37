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
  sourcemap: true,
  clean: true,
  target: 'node20',
  // import.meta.url in the CommonJS build too, where the CLI looks for its worker script.
  shims: true,
  define: { __DATA_VERSION__: JSON.stringify(version) },
});
