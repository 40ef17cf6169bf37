/**
 * `npm run docs`: builds the documentation site into docs-site/ (ignored).
 *
 * 1. writes the pages generated from the data (policy timeline, source register) to test-output/docs/;
 * 2. runs TypeDoc with typedoc.config.mjs — the API reference, the guides in docs/ and those pages — which
 *    fails on any warning, an undocumented export included;
 * 3. builds the interactive explorer into docs-site/explorer/ with scripts/build-explorer.ts, when that script
 *    exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_PAGES, writePage } from './docs-markdown.js';
import { renderSourcesPage } from './docs-sources.js';
import { renderTimelinePage } from './docs-timeline.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = 'docs-site';
const EXPLORER_SCRIPT = 'scripts/build-explorer.ts';
const require = createRequire(import.meta.url);

/** The path of a package's bin script, run with this Node rather than through a shell. */
function binOf(pkg: string, name: string): string {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifest) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin[name]!);
}

function run(step: string, args: string[]): void {
  console.log(`\n> ${step}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`docs: ${step} failed${result.status === null ? ` (${result.signal})` : ''}`);
    process.exit(result.status ?? 1);
  }
}

console.log(`> generate pages from the data`);
console.log(`wrote ${writePage(GENERATED_PAGES.timeline, renderTimelinePage())}`);
console.log(`wrote ${writePage(GENERATED_PAGES.sources, renderSourcesPage())}`);

// Under tsx, so that TypeDoc can load its plugin, scripts/docs-typedoc-plugin.ts.
run('typedoc', ['--import', 'tsx', binOf('typedoc', 'typedoc'), '--options', 'typedoc.config.mjs']);

if (existsSync(join(root, EXPLORER_SCRIPT))) {
  run('explorer', [binOf('tsx', 'tsx'), EXPLORER_SCRIPT, '--out', `${OUT}/explorer`]);
} else {
  console.log(`\n${EXPLORER_SCRIPT} does not exist yet: no explorer page`);
}
console.log(`\ndocs: built ${OUT}/index.html`);
