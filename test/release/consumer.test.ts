/**
 * The consumer test, as `npm run check:consumer` runs it: the packed tarball installed in fresh strict projects.
 * It builds and packs a copy of the repository, so it is slow; it runs in `npm run test:matrix`, not `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerTest } from '../../scripts/consumer-test.js';
import { REPO_ROOT } from '../../scripts/snapshot-engine.js';

describe('the consumer test: the packed tarball installed in a fresh project', () => {
  let dir: string;
  beforeAll(() => {
    // Build a copy, so the test neither needs nor disturbs this checkout's dist/.
    dir = mkdtempSync(join(tmpdir(), 'lpd-release-'));
    for (const entry of ['src', 'data', 'tables', 'sql', 'docs', 'scripts', 'package.json', 'tsup.config.ts', 'tsconfig.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      if (existsSync(join(REPO_ROOT, entry))) cpSync(join(REPO_ROOT, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'pipe' });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('works without zod through ESM, CommonJS, the JSON subpaths, the bin and strict TypeScript (node16, nodenext, bundler, node10), then ./schema with zod', async () => {
    const log: string[] = [];
    await consumerTest({ packageDir: dir, log: (line) => log.push(line) });
    expect(log.join('\n')).toMatch(/TypeScript node16, nodenext, bundler, node10 \(strict\)[^]*\.\/schema with zod[^]*docs\/warehouse\.md/);
  }, 110_000);
});
