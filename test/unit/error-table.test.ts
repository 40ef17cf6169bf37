/**
 * The table of error codes in docs/semantics.md is generated from scripts/error-table.ts, whose list the
 * compiler holds to `PolicyInputErrorCode`: the guide can neither miss a code nor keep one the library dropped.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, withErrorTable } from '../../scripts/error-table.js';
import { isDataStale, PolicyInputError, withConfidenceAtLeast, explainAiTraining } from '../../src/index.js';

const guide = readFileSync(new URL('../../docs/semantics.md', import.meta.url), 'utf8');

const codeOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof PolicyInputError) return error.code;
    throw error;
  }
  throw new Error('nothing thrown');
};

describe('the error table of docs/semantics.md', () => {
  it('is the generated one (run npm run generate after changing the codes)', () => {
    expect(withErrorTable(guide)).toBe(guide);
  });

  it('has a row for every code, INVALID_CONFIDENCE and INVALID_MAX_AGE_DAYS among them', () => {
    for (const code of Object.keys(ERROR_CODES)) expect(guide).toContain(`| \`${code}\` |`);
    expect(codeOf(() => withConfidenceAtLeast(explainAiTraining({ country: 'DE' }, '2025-11-03'), 'certain' as never))).toBe('INVALID_CONFIDENCE');
    expect(codeOf(() => isDataStale(undefined, -1))).toBe('INVALID_MAX_AGE_DAYS');
  });
});
