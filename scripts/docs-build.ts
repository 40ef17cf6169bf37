/**
 * `npm run docs`: builds the documentation site into docs-site/ (ignored).
 *
 * 1. writes the pages generated from the data (policy timeline, source register) to test-output/docs/, and the
 *    home page: the README with its links to the guides turned into links to the site's pages;
 * 2. runs TypeDoc with typedoc.config.mjs — the API reference, the guides in docs/ and those pages — which
 *    fails on any warning, an undocumented export included;
 * 3. builds the interactive explorer into docs-site/explorer/ with scripts/build-explorer.ts, when that script
 *    exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_PAGES, siteHome, slug, writePage } from './docs-markdown.js';
import { SHIPPED_FILE_URL } from './markdown-links.js';
import { colourEnv } from './plain-output.js';
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
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: colourEnv(process.env, process.stdout.isTTY) });
  if (result.status !== 0) {
    console.error(`docs: ${step} failed${result.status === null ? ` (${result.signal})` : ''}`);
    process.exit(result.status ?? 1);
  }
}

/**
 * What TypeDoc does not check itself: links made up from file names (http://NOTES.md), and guide headings
 * whose code span went missing from the anchor and the table of contents.
 */
function checkSite(site: string): string[] {
  const problems: string[] = [];
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  for (const page of pages) {
    const html = readFileSync(join(site, page), 'utf8');
    for (const [, href] of html.matchAll(/href="(https?:\/\/[^"/]+\.md)"/g)) problems.push(`${page} links to ${href}, a file name taken for an address`);
    // A guide opens as the site's own page, not as raw markdown of the published package.
    for (const [, href] of html.matchAll(/href="([^"]+\.md)"/g)) {
      if (href!.startsWith(SHIPPED_FILE_URL)) problems.push(`${page} links to ${href}, raw markdown, where the site has the page`);
    }
  }
  for (const guide of readdirSync(join(root, 'docs')).filter((file) => file.endsWith('.md'))) {
    for (const [, heading] of readFileSync(join(root, 'docs', guide), 'utf8').matchAll(/^#{2,6} (.*`.*)$/gm)) {
      const anchor = slug(heading!);
      const built = pages.map((page) => readFileSync(join(site, page), 'utf8')).some((html) => html.includes(`id="${anchor}"`));
      if (!built) problems.push(`docs/${guide}: the heading "${heading}" has no anchor #${anchor} in the site`);
    }
  }
  return problems;
}

console.log(`> generate pages from the data`);
console.log(`wrote ${writePage(GENERATED_PAGES.timeline, renderTimelinePage())}`);
console.log(`wrote ${writePage(GENERATED_PAGES.sources, renderSourcesPage())}`);
console.log(`wrote ${writePage(GENERATED_PAGES.home, siteHome(readFileSync(join(root, 'README.md'), 'utf8')))}`);

// Under tsx, so that TypeDoc can load its plugin, scripts/docs-typedoc-plugin.ts.
run('typedoc', ['--import', 'tsx', binOf('typedoc', 'typedoc'), '--options', 'typedoc.config.mjs']);

const problems = checkSite(join(root, OUT));
if (problems.length > 0) {
  console.error(`docs: the site has problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

if (existsSync(join(root, EXPLORER_SCRIPT))) {
  run('explorer', [binOf('tsx', 'tsx'), EXPLORER_SCRIPT, '--out', `${OUT}/explorer`]);
} else {
  console.log(`\n${EXPLORER_SCRIPT} does not exist yet: no explorer page`);
}
console.log(`\ndocs: built ${OUT}/index.html`);
