/**
 * The consumer test, as `npm run check:consumer` runs it: the packed tarball installed in fresh strict projects.
 * It packs a fresh copy of the repository, building it on the way, so it is slow; it runs in
 * `npm run test:matrix`, not `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerTest } from '../../scripts/consumer-test.js';
import { REPO_ROOT } from '../../scripts/snapshot-engine.js';

describe('the consumer test: the packed tarball installed in a fresh project', () => {
  let dir: string;
  beforeAll(() => {
    // What a fresh clone of this working tree holds: the files git tracks, and new ones it does not ignore. No
    // dist/ (ignored): `npm pack` must build it through `prepack`, as a publish from a clean checkout would.
    dir = mkdtempSync(join(tmpdir(), 'lpd-release-'));
    const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' });
    for (const file of listed.split('\0').filter((path) => path !== '' && existsSync(join(REPO_ROOT, path)))) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(REPO_ROOT, file), join(dir, file));
    }
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('packs a fresh clone without dist/ into a whole package, and it works without zod through ESM, CommonJS, the JSON subpaths, the bin and strict TypeScript (node16, nodenext, bundler, node10), then ./schema with zod', async () => {
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(existsSync(join(dir, 'src', 'index.ts'))).toBe(true);
    const log: string[] = [];
    await consumerTest({ packageDir: dir, log: (line) => log.push(line) });
    expect(log.join('\n')).toMatch(/packed [^]*TypeScript node16, nodenext, bundler, node10 \(strict\)[^]*\.\/schema with zod[^]*docs\/warehouse\.md/);
  }, 420_000);
});
