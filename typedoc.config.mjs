// TypeDoc 0.28 configuration for `npm run docs` (scripts/docs-build.ts runs TypeDoc with it, after generating
// the pages made from the data and before building the explorer). The site goes to docs-site/ (ignored).
import { existsSync, readdirSync } from 'node:fs';

/** Pages generated from the data by scripts/docs-timeline.ts and scripts/docs-sources.ts (ignored folder). */
const GENERATED = ['test-output/docs/policy-timeline.md', 'test-output/docs/source-register.md'];
/** The home page: the README with its guide links pointing at the site's pages (scripts/docs-markdown.ts). */
const HOME = 'test-output/docs/README.md';

// The guides in reading order. Guides written by others (versioning, performance) are included once they exist,
// and any other docs/*.md is appended, so a new guide cannot be left out of the site by accident.
const ORDER = ['getting-started', 'data-model', 'semantics', 'sources', 'versioning', 'contributing-data', 'maintaining', 'warehouse', 'vocabularies', 'performance'];
const present = existsSync('docs') ? readdirSync('docs').filter((name) => name.endsWith('.md')) : [];
const guides = [
  ...ORDER.map((name) => `${name}.md`).filter((name) => present.includes(name)),
  ...present.filter((name) => !ORDER.includes(name.slice(0, -3))).sort(),
].map((name) => `docs/${name}`);
const [timelinePage, sourceRegisterPage] = GENERATED;

/**
 * Two fixes to TypeDoc's markdown-it. Linkify stops at real addresses: its fuzzy mode turned file names such as
 * `Privacy Policy.md` into links to http://Policy.md. And a code span in a heading stays in the heading's anchor
 * and table-of-contents entry: TypeDoc reads a heading's text from its plain-text tokens only, so
 * "Expect `unknown`" became "Expect " with the anchor #expect; the span is rewritten as `<code>`, a text token
 * and `</code>`, which renders the same.
 *
 * @param {import('markdown-it').default} parser
 */
function markdownItLoader(parser) {
  parser.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  parser.core.ruler.push('heading_code_text', (state) => {
    state.tokens.forEach((token, i) => {
      if (token.type !== 'inline' || state.tokens[i - 1]?.type !== 'heading_open' || token.children === null) return;
      token.children = token.children.flatMap((child) => {
        if (child.type !== 'code_inline') return [child];
        const open = new state.Token('html_inline', '', 0);
        open.content = '<code>';
        const text = new state.Token('text', '', 0);
        text.content = child.content;
        const close = new state.Token('html_inline', '', 0);
        close.content = '</code>';
        return [open, text, close];
      });
    });
  });
}

/** @type {Partial<import('typedoc').TypeDocOptions>} */
const config = {
  name: 'linkedin-policy-data',
  includeVersion: true,
  entryPoints: ['src/index.ts', 'src/schema/index.ts'],
  // Prints `member: Member` rather than the expanded zod-inferred shape; TypeScript, so TypeDoc must run under
  // tsx, which scripts/docs-build.ts does.
  plugin: ['./scripts/docs-typedoc-plugin.ts'],
  out: 'docs-site',
  readme: HOME,
  // Guides first, the two data pages beside the guides that explain them. A missing generated page is an
  // error on purpose: run `npm run docs`, which writes them, rather than `typedoc` alone.
  projectDocuments: guides.flatMap((guide) =>
    guide === 'docs/sources.md' ? [timelinePage, guide, sourceRegisterPage] : [guide],
  ),
  validation: {
    notExported: true,
    invalidLink: true,
    notDocumented: true,
    // Relative links to files that do not exist. The guides link to docs/versioning.md, which another change
    // adds; until it exists that one link cannot resolve, so the check waits for it.
    invalidPath: existsSync('docs/versioning.md'),
  },
  treatWarningsAsErrors: true,
  // tsconfig.json takes in tests, scripts and the CLI too; their type errors are `npm test`'s (tsc --noEmit)
  // to report, not a reason for the API reference to fail.
  skipErrorChecking: true,
  // Every export must be documented. Properties are left out on purpose: the zod schemas' inferred types
  // expand into hundreds of zod-internal members (enum maps and the like) that no comment can reach. The
  // fields of the public shapes are documented anyway, on the schema keys they are inferred from.
  requiredToBeDocumented: ['Enum', 'EnumMember', 'Variable', 'Function', 'Class', 'Interface', 'Method', 'Accessor', 'TypeAlias'],
  // The package has no public repository URL yet, and a source link to a local remote would be broken.
  disableSources: true,
  excludePrivate: true,
  excludeInternal: true,
  sort: ['kind', 'instance-first', 'alphabetical-ignoring-documents'],
  // TypeDoc's defaults, plus the plain-text, diff and SQL blocks guides may use.
  highlightLanguages: ['bash', 'console', 'css', 'diff', 'html', 'javascript', 'json', 'jsonc', 'json5', 'sql', 'text', 'tsx', 'typescript', 'yaml'],
  searchInDocuments: true,
  markdownItLoader,
  // The explorer page is built into docs-site/explorer/ after TypeDoc, by scripts/build-explorer.ts when it
  // exists. The plugin makes this link relative to each page.
  navigationLinks: existsSync('scripts/build-explorer.ts') ? { 'Policy explorer': 'explorer/index.html' } : {},
};

export default config;
