/**
 * The links of the package's markdown files, as the packed package must keep them working: a relative link of
 * any shipped markdown file names a file the tarball holds; the README, which npm shows on a page with no files
 * beside it, links only absolutely, and an absolute link to a file of the package names one the tarball holds.
 */
import { posix } from 'node:path';

/** Where the README links to the guides, so that the links work on npm's page, which has no docs/ folder. */
export const SHIPPED_FILE_URL = 'https://unpkg.com/linkedin-policy-data/';

/** The targets of a markdown text's inline links, `[text](target)`, outside code. */
export function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target!);
}

/** Problems with the links of the shipped markdown file `file` (a path in the tarball), given the tarball's files. */
export function markdownLinkProblems(file: string, markdown: string, files: readonly string[]): string[] {
  const problems: string[] = [];
  for (const target of linkTargets(markdown)) {
    const path = target.split('#')[0]!;
    if (target.startsWith(SHIPPED_FILE_URL)) {
      if (!files.includes(path.slice(SHIPPED_FILE_URL.length))) problems.push(`${file} links to ${target}, but the tarball has no such file`);
    } else if (/^[a-z][a-z+.-]*:/i.test(target) || path === '') {
      continue;
    } else if (file === 'README.md') {
      problems.push(`README.md links to ${target}, which does not resolve on npm: link ${SHIPPED_FILE_URL}… instead`);
    } else {
      const resolved = posix.normalize(posix.join(posix.dirname(file), decodeURI(path)));
      if (!files.includes(resolved)) problems.push(`${file} links to ${target}, but the tarball has no ${resolved}`);
    }
  }
  return problems;
}
