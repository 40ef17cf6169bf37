/**
 * Reading LinkedIn's archived texts where they are kept: an Open Terms Archive repository, from a local git clone
 * when one is given (`--git-dir owner/name=PATH`), else over the network from GitHub. `verify:sources` reads the
 * text at the commit a quote cites; `watch:sources` also asks which captures of a document there are.
 */
import { execFileSync } from 'node:child_process';

/** One capture of a document: the commit that recorded it and that commit's date (UTC), `YYYY-MM-DD`. */
export interface Capture {
  readonly commit: string;
  readonly captured: string;
}

/** Where the archives are read from. */
export interface ArchiveReader {
  /** The text of `path` in `repository` at `commit`. */
  text(repository: string, commit: string, path: string): Promise<string>;
  /** Every capture of `path` in `repository`, newest first. */
  captures(repository: string, path: string): Promise<readonly Capture[]>;
}

/** GitHub could not be reached: nothing read over the network can be checked. */
export class NoNetwork extends Error {
  override name = 'NoNetwork';
}

/**
 * `--git-dir owner/name=PATH` specs as a map from repository to local git directory. A malformed spec throws:
 * a typo must not silently send the reader to the network.
 */
export function parseGitDirs(specs: readonly string[]): Map<string, string> {
  return new Map(
    specs.map((spec) => {
      const at = spec.indexOf('=');
      if (at < 1 || at === spec.length - 1) throw new Error(`--git-dir expects owner/name=PATH, got "${spec}"`);
      return [spec.slice(0, at), spec.slice(at + 1)] as const;
    }),
  );
}

/**
 * A reader that takes each repository from its local clone when `localClones` has one, and otherwise from GitHub
 * (unless `offline`, when such a repository cannot be read at all).
 */
export function archiveReader(localClones: ReadonlyMap<string, string>, { offline = false } = {}): ArchiveReader {
  const remote = (repository: string): void => {
    if (offline) throw new Error(`no local clone of ${repository} was given (--git-dir ${repository}=PATH), and the network is not to be used`);
  };
  return {
    async text(repository, commit, path) {
      const clone = localClones.get(repository);
      if (clone !== undefined) return git(clone, ['show', `${commit}:${path}`]);
      remote(repository);
      const url = `https://raw.githubusercontent.com/${repository}/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`;
      return (await get(url)).text();
    },
    async captures(repository, path) {
      const clone = localClones.get(repository);
      if (clone !== undefined) {
        return git(clone, ['log', '--format=%H %cI', 'HEAD', '--', path])
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => {
            const [commit = '', date = ''] = line.split(' ');
            return { commit, captured: utcDate(date) };
          });
      }
      remote(repository);
      // The GitHub API lists a file's commits newest first; a hundred reach far enough back for any document here.
      const url = `https://api.github.com/repos/${repository}/commits?path=${encodeURIComponent(path)}&per_page=100`;
      const commits = (await (await get(url, { accept: 'application/vnd.github+json' })).json()) as readonly GitHubCommit[];
      return commits.map((c) => ({ commit: c.sha, captured: utcDate(c.commit.committer.date) }));
    },
  };
}

interface GitHubCommit {
  readonly sha: string;
  readonly commit: { readonly committer: { readonly date: string } };
}

function git(gitDir: string, args: readonly string[]): string {
  try {
    return execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(`git --git-dir ${gitDir} ${args.join(' ')}: ${stderr || (error as Error).message}`);
  }
}

async function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'user-agent': 'linkedin-policy-data', ...headers }, signal: AbortSignal.timeout(20_000) });
  } catch (error) {
    throw new NoNetwork(`cannot reach ${new URL(url).host} (${String((error as Error).cause ?? (error as Error).message)})`);
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/** The UTC calendar date of a commit date: how `captured` is recorded in the data. */
function utcDate(isoDateTime: string): string {
  return new Date(isoDateTime).toISOString().slice(0, 10);
}
