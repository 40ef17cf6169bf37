import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCli, CLI_DIR } from './build-cli.global.js';

// Counts the Intl formatters made by the import, by an answer that needs no wall time, and by one that does.
const PROBE = `
let made = 0;
Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, { construct: (target, args) => (made++, Reflect.construct(target, args)) });
const { isSubjectToAiTraining } = await import(process.argv[1]);
const counts = [made];
counts.push(isSubjectToAiTraining({ country: 'DE', birthDate: '1990-01-01' }, new Date(Date.UTC(2026, 0, 1))), made);
counts.push(isSubjectToAiTraining({ country: 'DE' }, '2025-11-03'), made);
console.log(JSON.stringify(counts));
`;

describe('the built package loads its time-zone library on first need', () => {
  it('makes no Intl formatter at import nor for an answer from a Date, and reads a date string in the zone when asked', () => {
    buildCli();
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE, pathToFileURL(join(CLI_DIR, 'index.js')).href], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const [atImport, dateAnswer, afterDateAnswer, stringAnswer, afterStringAnswer] = JSON.parse(result.stdout) as [number, boolean, number, boolean, number];
    expect(atImport).toBe(0);
    expect(dateAnswer).toBe(true);
    expect(afterDateAnswer).toBe(0);
    // 00:00 on 3 November 2025 in Berlin: the day AI training began in the EU.
    expect(stringAnswer).toBe(true);
    expect(afterStringAnswer).toBeGreaterThan(0);
  });
});
