import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/watch-sources.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 110_000 });

describe('npm run watch:sources, as a process', () => {
  it('exits 2 naming each document when it may neither use the network nor a local clone', () => {
    const result = run('--offline');
    expect(result.status, result.stderr).toBe(2);
    expect(result.stdout).toContain('UNREADABLE   OpenTermsArchive/vlopses-ca-versions LinkedIn/Privacy Policy.md: no local clone of OpenTermsArchive/vlopses-ca-versions was given');
    expect(result.stdout).toContain('not everything could be read (exit 2)');
  });

  it('exits 2, not 1, on an option it does not know or a malformed --git-dir', () => {
    for (const args of [['--gitdir', 'x'], ['--git-dir', 'nothing']]) {
      const result = run(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^watch:sources: /);
    }
  });
});
