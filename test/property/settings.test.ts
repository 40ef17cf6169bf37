/**
 * The settings every property file relies on hold for every file of a worker, not only the first: files of a
 * unit project share one module registry, so the settings module is evaluated once per worker, and vitest puts
 * back anything a file changed with vi.setConfig when that file ends.
 */
import './support/config.js';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config.js';
import { HOST_ZONES } from '../../vitest.projects.js';
import { propertyRunScale, unitTestTimeout } from './support/scale.js';
import { runs } from './support/config.js';

describe('test settings', () => {
  it('the time a test may take is set for each unit project, so every file of a worker has it', () => {
    const projects = (config.test?.projects ?? []) as { test?: { name?: string; testTimeout?: number } }[];
    const unit = projects.filter((p) => p.test?.name?.startsWith('unit'));
    expect(unit.map((p) => p.test?.name)).toEqual(['unit', ...HOST_ZONES.map((zone) => `unit TZ=${zone}`)]);
    for (const p of unit) expect(p.test?.testTimeout, p.test?.name).toBe(unitTestTimeout());
    expect(unitTestTimeout()).toBeGreaterThanOrEqual(60_000);
  });

  it('the time grows with FC_RUNS as the runs do', () => {
    expect(unitTestTimeout({ FC_RUNS: '10' })).toBe(10 * unitTestTimeout({}));
    expect(runs(20).numRuns).toBe(Math.round(20 * propertyRunScale()));
    expect(propertyRunScale({ FC_RUNS: '' })).toBe(1);
  });

  it('the files run in one process per core, so the unit and integration files run side by side', () => {
    expect(config.test?.maxWorkers).toBe(availableParallelism());
  });

  it('the PostgreSQL view runs in a project of its own, which no unit project and so no npm test runs', () => {
    const projects = (config.test?.projects ?? []) as { test?: { name?: string; include?: string[]; exclude?: string[] } }[];
    const postgres = projects.find((p) => p.test?.name === 'postgres');
    expect(postgres?.test?.include).toEqual(['test/sql/postgres.test.ts']);
    for (const p of projects.filter((q) => q.test?.name?.startsWith('unit'))) expect(p.test?.exclude, p.test?.name).toContain('test/sql/postgres.test.ts');
    expect(readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8')).toContain('--project postgres');
  });

  it('a bad FC_RUNS is named', () => {
    expect(() => propertyRunScale({ FC_RUNS: 'ten' })).toThrow('FC_RUNS must be a positive number, got "ten"');
    expect(() => propertyRunScale({ FC_RUNS: '0' })).toThrow('FC_RUNS must be a positive number, got "0"');
  });
});
