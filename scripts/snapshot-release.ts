/**
 * Finds "the last release" for the snapshot gate, read-only, from git:
 *
 * 1. B = the `version` in package.json at HEAD (committed, not the working tree: an uncommitted
 *    `changeset version` is the release being prepared, not the last one). B = 0.0.0 → no release yet.
 * 2. If a tag `vB` exists, the release is that tag.
 * 3. Otherwise it is the commit that set the version to B: the oldest commit of the newest run of commits
 *    whose package.json says B (the commit `changeset version` produced).
 *
 * Its snapshot is snapshots/decisions.json at that commit (null if it had none). Outside a git work tree
 * there is no release to compare with; in a shallow clone the walk may stop early, which is reported.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSnapshot, type Release } from './snapshot-core.js';
import { SNAPSHOT_FILE } from './snapshot-engine.js';

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function findLastRelease(root: string): { release: Release | null; notes: string[] } {
  const notes: string[] = [];
  if (git(root, ['rev-parse', '--is-inside-work-tree']) !== 'true' || git(root, ['rev-parse', '--verify', '-q', 'HEAD']) === null) {
    notes.push('Not a git checkout with commits: no last release to compare with.');
    return { release: null, notes };
  }
  // package.json may live below the top level of the work tree: git paths are relative to the top level.
  const prefix = git(root, ['rev-parse', '--show-prefix']) ?? '';
  const pkgPath = `${prefix}package.json`;
  const version = versionAtPath(root, 'HEAD', pkgPath);
  if (version === null) {
    notes.push('package.json is not committed yet: no last release to compare with.');
    return { release: null, notes };
  }
  if (version === '0.0.0') return { release: null, notes };

  const tag = `v${version}`;
  if (git(root, ['rev-parse', '--verify', '-q', `refs/tags/${tag}^{commit}`]) !== null) {
    return { release: { ref: `tag ${tag}`, version, snapshot: snapshotAtPath(root, tag, `${prefix}${SNAPSHOT_FILE}`) }, notes };
  }

  const log = git(root, ['log', '--format=%H', 'HEAD', '--', pkgPath]);
  let setter: string | null = null;
  for (const commit of (log ?? '').split('\n').filter(Boolean)) {
    if (versionAtPath(root, commit, pkgPath) !== version) break;
    setter = commit;
  }
  if (setter === null) {
    notes.push(`Could not find the commit that set version ${version}: no last release to compare with.`);
    return { release: null, notes };
  }
  if (git(root, ['rev-parse', '--is-shallow-repository']) === 'true') {
    notes.push(`Shallow clone: version ${version} may have been set before the oldest fetched commit; fetch full history (or tag v${version}) for an exact baseline.`);
  }
  const short = setter.slice(0, 7);
  return {
    release: { ref: `commit ${short} (set version ${version})`, version, snapshot: snapshotAtPath(root, setter, `${prefix}${SNAPSHOT_FILE}`) },
    notes,
  };
}

function versionAtPath(root: string, commit: string, path: string): string | null {
  const text = git(root, ['show', `${commit}:${path}`]);
  if (text === null) return null;
  try {
    return (JSON.parse(text) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

function snapshotAtPath(root: string, ref: string, path: string): Release['snapshot'] {
  const text = git(root, ['show', `${ref}:${path}`]);
  return text === null ? null : parseSnapshot(text);
}

/** The pending changesets: every `.changeset/*.md` but the README, name → text. */
export function readChangesets(root: string): Record<string, string> {
  const dir = join(root, '.changeset');
  const files: Record<string, string> = {};
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return files;
  }
  for (const name of names.sort()) {
    if (name.endsWith('.md') && name.toLowerCase() !== 'readme.md') files[name] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}
