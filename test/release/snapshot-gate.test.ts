import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareSnapshots,
  describeChanges,
  gateVerdict,
  gridDates,
  parseChangeset,
  parseSnapshot,
  pendingBump,
  renderSnapshot,
  versionBump,
  yearsBefore,
  type Release,
  type Snapshot,
} from '../../scripts/snapshot-core.js';
import { computeSnapshot, readCommittedSnapshot, REPO_ROOT, SNAPSHOT_FILE, writeSnapshot } from '../../scripts/snapshot-engine.js';
import { runGate } from '../../scripts/snapshot-gate.js';
import { findLastRelease } from '../../scripts/snapshot-release.js';

const PKG = 'linkedin-policy-data';
const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

/** A copy of what the engine and its generator read, with node_modules linked and no pending changesets. */
function scratchRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lpd-gate-'));
  for (const entry of ['src', 'scripts', 'data', 'sql', 'docs', 'snapshots', 'package.json', 'tsconfig.json']) {
    cpSync(join(REPO_ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, '.changeset'));
  return dir;
}

function editJson(file: string, edit: (value: any) => void): void {
  const value = JSON.parse(readFileSync(file, 'utf8'));
  edit(value);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Regenerates what the build derives from data/ (JSON Schemas, hot-path tables), as `npm run generate` does. */
function generate(dir: string): void {
  if (existsSync(join(dir, 'scripts', 'generate.ts'))) execFileSync(tsx, ['scripts/generate.ts'], { cwd: dir, stdio: 'pipe' });
}

const changeset = (bump: string) => `---\n"${PKG}": ${bump}\n---\n\nMove the EU start of AI training by a day.\n`;

describe('the committed snapshot', () => {
  it('is what the engine computes from data/ now (npm run snapshot)', async () => {
    expect(readCommittedSnapshot()).toBe(renderSnapshot(await computeSnapshot()));
  });

  it('does not depend on the package version', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(readCommittedSnapshot()).not.toContain(`"${pkg.version}"`);
  });
});

describe('the gate on a scratch copy whose data moves one effective date by a day', () => {
  let dir: string;
  let release: Release;

  beforeAll(() => {
    dir = scratchRepo();
    // The baseline: a release whose snapshot is the one committed now.
    release = { ref: 'test release', version: '1.0.0', snapshot: parseSnapshot(readCommittedSnapshot()!) };
    editJson(join(dir, 'package.json'), (pkg) => {
      pkg.version = '1.0.0';
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes before the edit', async () => {
    const result = await runGate({ root: dir, release });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('fails while the snapshot is stale, then until a minor changeset is added', async () => {
    editJson(join(dir, 'data', 'ai-training.json'), (file) => {
      const eu = file.regions.eu as { effectiveFrom: string }[];
      const moved = eu.find((p) => p.effectiveFrom === '2025-11-03');
      expect(moved).toBeDefined();
      moved!.effectiveFrom = '2025-11-04';
    });
    generate(dir);

    // (a) the data no longer matches the committed snapshot
    const stale = await runGate({ root: dir, release });
    expect(stale.ok).toBe(false);
    expect(stale.errors.join('\n')).toMatch(/run `npm run snapshot` and add a changeset/);
    expect(stale.errors.join('\n')).toMatch(/ai-training eu 2025-11-03 adult: subject in-scope @2025-11-03 → not-subject /);

    // (b) regenerated, but the answers differ from the release and nothing says minor
    await writeSnapshot(dir);
    const unversioned = await runGate({ root: dir, release });
    expect(unversioned.ok).toBe(false);
    expect(unversioned.errors).toHaveLength(1);
    expect(unversioned.errors[0]).toMatch(/differ from the last release .* at least minor/s);

    writeFileSync(join(dir, '.changeset', 'small-fix.md'), changeset('patch'));
    expect((await runGate({ root: dir, release })).ok).toBe(false);

    writeFileSync(join(dir, '.changeset', 'eu-date.md'), changeset('minor'));
    const covered = await runGate({ root: dir, release });
    expect(covered.errors).toEqual([]);
    expect(covered.ok).toBe(true);
  });

  it('accepts the change once `changeset version` has bumped the version by a minor', async () => {
    rmSync(join(dir, '.changeset'), { recursive: true });
    mkdirSync(join(dir, '.changeset'));
    expect((await runGate({ root: dir, release })).ok).toBe(false);
    editJson(join(dir, 'package.json'), (pkg) => {
      pkg.version = '1.1.0';
    });
    expect((await runGate({ root: dir, release })).ok).toBe(true);
  });
});

describe('the gate when only DATA_AS_OF moves', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratchRepo();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('asks for a regenerated snapshot but no minor changeset: no answer changed', async () => {
    const release: Release = { ref: 'test release', version: '1.0.0', snapshot: parseSnapshot(readCommittedSnapshot()!) };
    editJson(join(dir, 'package.json'), (pkg) => {
      pkg.version = '1.0.0';
    });
    editJson(join(dir, 'data', 'meta.json'), (meta) => {
      const [y, m] = (meta.asOf as string).split('-').map(Number) as [number, number];
      meta.asOf = `${m >= 10 ? y + 1 : y}-${String(((m + 2) % 12) + 1).padStart(2, '0')}-01`;
    });
    generate(dir);
    const stale = await runGate({ root: dir, release });
    expect(stale.ok).toBe(false);
    expect(stale.errors.join('\n')).toMatch(/No answer differs/);
    await writeSnapshot(dir);
    const after = await runGate({ root: dir, release });
    expect(after.errors).toEqual([]);
    expect(readFileSync(join(dir, SNAPSHOT_FILE), 'utf8')).not.toBe(readCommittedSnapshot());
  });
});

describe('the gate rules (pure)', () => {
  const series = (rows: Record<string, string>): Snapshot['series'][string] => ({
    sample: 'DE Europe/Berlin',
    decisions: Object.fromEntries(Object.entries(rows).map(([d, s]) => [d, { adult: s, minor: s, optedOut: s }])),
  });
  const snap = (rows: Record<string, string>): Snapshot => ({
    about: '',
    dataAsOf: '2026-01-01',
    memberKinds: { adult: '', minor: '', optedOut: '' },
    series: { 'ai-training eu': series(rows) },
  });
  const old = snap({ '2025-01-01': 'A', '2025-02-01': 'A', '2025-03-01': 'B' });

  it('reads a series as a step function: extra grid rows that continue an answer are no change', () => {
    expect(compareSnapshots(old, snap({ '2025-01-01': 'A', '2025-02-01': 'A', '2025-03-01': 'B', '2025-04-01': 'B' }))).toEqual([]);
    expect(compareSnapshots(old, snap({ '2025-01-01': 'A', '2025-03-01': 'B', '2025-05-01': 'B' }))).toEqual([]);
  });

  it('sees an answer that departs from the old release past its grid, a moved date and a new series', () => {
    expect(compareSnapshots(old, snap({ '2025-01-01': 'A', '2025-03-01': 'B', '2025-06-01': 'C' })).map((c) => c.at)).toEqual([
      '2025-06-01',
      '2025-06-01',
      '2025-06-01',
    ]);
    expect(compareSnapshots(old, snap({ '2025-01-01': 'A', '2025-02-01': 'B', '2025-03-01': 'B' }))).toHaveLength(3);
    const more: Snapshot = { ...old, series: { ...old.series, 'ai-training us': series({ '2025-01-01': 'A' }) } };
    expect(compareSnapshots(old, more)).toMatchObject([{ series: 'ai-training us', at: 'series' }]);
    const moved: Snapshot = { ...old, series: { 'ai-training eu': { ...old.series['ai-training eu']!, sample: 'FR Europe/Paris' } } };
    expect(compareSnapshots(old, moved)).toMatchObject([{ at: 'sample' }]);
  });

  it('describes changes one line per series, member kind and before → after, with the dates spanned', () => {
    const changes = compareSnapshots(
      snap({ '2025-01-01': 'A', '2025-03-01': 'B' }),
      snap({ '2025-01-01': 'A', '2025-02-01': 'C', '2025-02-15': 'C', '2025-03-01': 'B', '2025-04-01': 'D' }),
    );
    expect(describeChanges(changes, 4).split('\n')).toEqual([
      '  ai-training eu 2025-02-01…2025-02-15 (2 dates) adult: A → C',
      '  ai-training eu 2025-02-01…2025-02-15 (2 dates) minor: A → C',
      '  ai-training eu 2025-02-01…2025-02-15 (2 dates) optedOut: A → C',
      '  ai-training eu 2025-04-01 adult: B → D',
      '  … and 2 more',
    ]);
  });

  it('reads changeset front matter, quoted or not, and only for this package', () => {
    expect(parseChangeset('---\n"linkedin-policy-data": minor\n---\n\ntext')).toEqual(new Map([[PKG, 'minor']]));
    expect(parseChangeset("---\nlinkedin-policy-data: 'major'\nother: patch\n---\n")).toEqual(
      new Map([
        [PKG, 'major'],
        ['other', 'patch'],
      ]),
    );
    expect(parseChangeset('no front matter: minor')).toEqual(new Map());
    expect(pendingBump({ 'a.md': changeset('patch'), 'b.md': '---\nother: major\n---\n', 'README.md': changeset('major') }, PKG).bump).toBe(
      'patch',
    );
    expect(pendingBump({ 'a.md': changeset('patch'), 'c.md': changeset('minor') }, PKG)).toEqual({
      bump: 'minor',
      from: ['a.md (patch)', 'c.md (minor)'],
    });
  });

  it('knows the bump between two versions', () => {
    expect(versionBump('1.0.0', '1.0.0')).toBe('none');
    expect(versionBump('1.0.0', '1.0.1')).toBe('patch');
    expect(versionBump('1.0.3', '1.1.0')).toBe('minor');
    expect(versionBump('1.4.0', '2.0.0')).toBe('major');
    expect(versionBump('0.0.0', '1.0.0')).toBe('major');
  });

  it('builds the grid from effective dates, the days before and monthly points to 3 months past DATA_AS_OF', () => {
    expect(gridDates(['2024-09-18', '2024-09-18', '2024-11-01'], '2024-11-15')).toEqual([
      '2024-09-01',
      '2024-09-17',
      '2024-09-18',
      '2024-10-01',
      '2024-10-31',
      '2024-11-01',
      '2024-12-01',
      '2025-01-01',
      '2025-02-01',
    ]);
    expect(yearsBefore('2028-02-29', 16)).toBe('2012-02-29');
    expect(yearsBefore('2028-02-29', 17)).toBe('2011-02-28');
  });

  it('has nothing to compare before the first release, and asks for nothing then', () => {
    const computed = snap({ '2025-01-01': 'A' });
    const verdict = gateVerdict({
      packageName: PKG,
      version: '0.0.0',
      computed,
      committedText: renderSnapshot(computed),
      release: null,
      changesets: {},
    });
    expect(verdict).toMatchObject({ ok: true, errors: [] });
  });
});

describe('finding the last release in git (a scratch repository)', () => {
  let dir: string;
  const run = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      stdio: 'pipe',
      encoding: 'utf8',
    }).trim();
  const commit = (version: string, snapshot: string | null, message: string) => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: PKG, version }));
    if (snapshot !== null) {
      mkdirSync(join(dir, 'snapshots'), { recursive: true });
      writeFileSync(join(dir, SNAPSHOT_FILE), snapshot);
    }
    run('add', '-A');
    run('commit', '-q', '-m', message);
    return run('rev-parse', 'HEAD');
  };
  const text = (answer: string) =>
    renderSnapshot({
      about: '',
      dataAsOf: '2026-01-01',
      memberKinds: { adult: '', minor: '', optedOut: '' },
      series: { 'ai-training eu': { sample: 'DE Europe/Berlin', decisions: { '2025-01-01': { adult: answer, minor: answer, optedOut: answer } } } },
    });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lpd-git-'));
    run('init', '-q');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is none while the committed version is 0.0.0', () => {
    commit('0.0.0', text('A'), 'start');
    expect(findLastRelease(dir).release).toBeNull();
  });

  it('is the commit that set the committed version, with its snapshot, however many commits follow', () => {
    const setter = commit('1.0.0', text('B'), 'version 1.0.0');
    commit('1.0.0', text('C'), 'change an answer');
    const { release } = findLastRelease(dir);
    expect(release?.ref).toBe(`commit ${setter.slice(0, 7)} (set version 1.0.0)`);
    expect(release?.version).toBe('1.0.0');
    expect(release?.snapshot?.series['ai-training eu']?.decisions['2025-01-01']?.adult).toBe('B');
  });

  it('is the tag vX.Y.Z of the committed version when there is one', () => {
    commit('1.1.0', text('D'), 'version 1.1.0');
    run('tag', 'v1.1.0', 'HEAD~0');
    commit('1.1.0', text('E'), 'later');
    const { release } = findLastRelease(dir);
    expect(release).toMatchObject({ ref: 'tag v1.1.0', version: '1.1.0' });
    expect(release?.snapshot?.series['ai-training eu']?.decisions['2025-01-01']?.adult).toBe('D');
  });
});
