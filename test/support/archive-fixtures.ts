/**
 * Fixture archives for the watch: small git repositories built in a temporary directory, one per archive
 * repository the data cites, and a copy of the dataset that names their commits instead of the real ones. Each
 * archived revision the data records becomes a commit of the same date whose file holds every quote the data
 * takes from that document, one paragraph each, so that at the start nothing is new and every quote is there.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetSchema, type Dataset } from '../../src/schema/index.js';
import { loadDatasetFiles } from '../../scripts/dataset-files.js';
import { citationPlaces, groupByArchivedText } from '../../scripts/verify/archived-citations.js';

const DATA_FILES = ['meta.json', 'vocabulary.json', 'sources.json', 'regions.json', 'ai-training.json', 'microsoft-ads.json', 'microsoft-ai-training.json'];

/** One fixture repository: where it is, and how to add a capture to it. */
export interface FixtureRepository {
  readonly name: string;
  readonly gitDir: string;
  /** Commits `text` as the new capture of `path`, dated `date` (`YYYY-MM-DD`); returns the commit. */
  capture(path: string, text: string, date: string): string;
  /** The text of `path` in the newest commit. */
  current(path: string): string;
}

/** A fixture: the dataset directory, the repositories, and the command-line flags that point the watch at them. */
export interface ArchiveFixture {
  readonly root: string;
  readonly dataDir: string;
  readonly dataset: Dataset;
  readonly repositories: ReadonlyMap<string, FixtureRepository>;
  readonly gitDirFlags: readonly string[];
  /** Edits a data file of the fixture dataset (parsed JSON in, JSON out); `dataset` stays as it was built. */
  editData(file: string, edit: (json: unknown) => unknown): void;
  /** Removes the fixture's directory. */
  remove(): void;
}

/**
 * Builds the fixture once under `template` and returns a function that copies it into a fresh directory for
 * each test, so a test can add captures without disturbing the others.
 */
export function archiveFixtureFactory(): { make(): ArchiveFixture; dispose(): void } {
  const template = mkdtempSync(join(tmpdir(), 'lpd-archives-'));
  const dataset = buildTemplate(template);
  const copies: string[] = [];
  return {
    make() {
      const root = mkdtempSync(join(tmpdir(), 'lpd-archives-'));
      copies.push(root);
      cpSync(template, root, { recursive: true });
      return open(root, dataset);
    },
    dispose() {
      for (const dir of [template, ...copies]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function buildTemplate(root: string): Dataset {
  const real = DatasetSchema.parse(loadDatasetFiles());
  const { archived } = groupByArchivedText(real.sources.sources, citationPlaces(real));
  const quotesOf = new Map<string, Set<string>>();
  for (const text of archived) {
    const key = documentKey(text.archive.repository, text.archive.path);
    const quotes = quotesOf.get(key) ?? new Set<string>();
    for (const place of text.quotes) quotes.add(place.citation.quote);
    quotesOf.set(key, quotes);
  }

  const revisions = new Map<string, { repository: string; path: string; commit: string; captured: string }>();
  for (const source of real.sources.sources) {
    for (const archive of source.archive === null ? [] : [source.archive, ...source.revisions]) revisions.set(`${archive.commit}:${archive.path}`, archive);
  }
  const captures = new Map<string, Capture[]>();
  const realCommits = new Map<string, string[]>();
  for (const revision of [...revisions.values()].sort((a, b) => a.captured.localeCompare(b.captured))) {
    const quotes = [...(quotesOf.get(documentKey(revision.repository, revision.path)) ?? [])];
    const text = [`# ${revision.path} as captured on ${revision.captured}`, ...quotes].join('\n\n');
    captures.set(revision.repository, [...(captures.get(revision.repository) ?? []), { path: revision.path, text: `${text}\n`, date: revision.captured }]);
    realCommits.set(revision.repository, [...(realCommits.get(revision.repository) ?? []), revision.commit]);
  }
  const fixtureCommit = new Map<string, string>();
  for (const [name, list] of captures) {
    const gitDir = join(root, name.replace('/', '+'));
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', gitDir]);
    const commits = commitAll(gitDir, list);
    realCommits.get(name)!.forEach((real, i) => fixtureCommit.set(real, commits[i]!));
  }

  mkdirSync(join(root, 'data'));
  for (const file of DATA_FILES) {
    let json = readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8');
    for (const [realCommit, commit] of fixtureCommit) json = json.replaceAll(realCommit, commit);
    writeFileSync(join(root, 'data', file), json);
  }
  return DatasetSchema.parse(loadDatasetFiles(new URL(`file://${join(root, 'data')}/`)));
}

interface Capture {
  readonly path: string;
  readonly text: string;
  readonly date: string;
}

/**
 * Commits each capture in turn on `main` in one `git fast-import` (one process, not three per commit: the tests
 * build many), dated 00:30 UTC of its day as Open Terms Archive's crawls are; returns the commits in order.
 */
function commitAll(gitDir: string, list: readonly Capture[]): string[] {
  const marks = join(gitDir, 'fixture-marks');
  const hasHistory = execFileSync('git', ['--git-dir', gitDir, 'for-each-ref', 'refs/heads/main'], { encoding: 'utf8' }) !== '';
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const stream = list
    .map(({ path, text, date }, i) => {
      const when = `${Date.parse(`${date}T00:30:00Z`) / 1000} +0000`;
      return [
        'commit refs/heads/main',
        `mark :${i + 1}`,
        `author Archive <archive@example.org> ${when}`,
        `committer Archive <archive@example.org> ${when}`,
        data(`Record new changes of ${path}`).trimEnd(),
        ...(i === 0 && hasHistory ? ['from refs/heads/main^0'] : []),
        `M 100644 inline ${path}`,
        data(text),
      ].join('\n');
    })
    .join('');
  execFileSync('git', ['--git-dir', gitDir, 'fast-import', '--quiet', `--export-marks=${marks}`], { input: stream });
  const byMark = new Map(readFileSync(marks, 'utf8').trim().split('\n').map((line) => line.split(' ') as [string, string]));
  return list.map((_, i) => byMark.get(`:${i + 1}`)!);
}

function open(root: string, dataset: Dataset): ArchiveFixture {
  const dataDir = join(root, 'data');
  const names = new Set(dataset.sources.sources.flatMap((s) => (s.archive === null ? [] : [s.archive, ...s.revisions])).map((a) => a.repository));
  const repositories = new Map([...names].map((name) => [name, repositoryAt(root, name)] as const));
  return {
    root,
    dataDir,
    dataset,
    repositories,
    gitDirFlags: [...repositories.values()].flatMap((r) => ['--git-dir', `${r.name}=${r.gitDir}`]),
    editData(file, edit) {
      const path = join(dataDir, file);
      writeFileSync(path, `${JSON.stringify(edit(JSON.parse(readFileSync(path, 'utf8'))), null, 2)}\n`);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function repositoryAt(root: string, name: string): FixtureRepository {
  const gitDir = join(root, name.replace('/', '+'));
  return {
    name,
    gitDir,
    capture: (path, text, date) => commitAll(gitDir, [{ path, text, date }])[0]!,
    current: (path) => execFileSync('git', ['--git-dir', gitDir, 'show', `main:${path}`], { encoding: 'utf8' }),
  };
}

function documentKey(repository: string, path: string): string {
  return `${repository}\n${path}`;
}
