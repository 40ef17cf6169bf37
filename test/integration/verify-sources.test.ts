import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run verify:sources', () => {
  it('checks every archived quote where the network allows, and otherwise says so and exits cleanly', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify-sources.ts', '--quiet'], { cwd: root, encoding: 'utf8', timeout: 110_000 });
    expect(run.status, run.stderr).toBe(0);
    const offline = run.stdout.includes('verify:sources needs the network to read the archived texts');
    if (offline) expect(run.stdout).toContain('Nothing was checked.');
    else expect(run.stdout).toMatch(/\d+ quote\(s\) found, 0 missing/);
  });

  it('rejects a malformed --git-dir', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify-sources.ts', '--git-dir', 'nothing'], { cwd: root, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--git-dir expects owner/name=PATH, got "nothing"');
  });
});
