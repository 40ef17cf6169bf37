/**
 * The watch's line diff against its definition: applying the hunks to the older text gives the newer one, and
 * they change no more lines than a shortest edit must (lines of both texts minus twice their longest common
 * subsequence, computed here the slow, obvious way). Seeded and replayable: see support/config.ts.
 */
import './support/config.js';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { diffLines, type Hunk } from '../../scripts/watch/line-diff.js';
import { runs } from './support/config.js';

const linesArb = fc.array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 12 });

function apply(older: readonly string[], newer: readonly string[], hunks: readonly Hunk[]): string[] {
  const result: string[] = [];
  let at = 0;
  for (const hunk of hunks) {
    result.push(...older.slice(at, hunk.oldStart), ...newer.slice(hunk.newStart, hunk.newEnd));
    at = hunk.oldEnd;
  }
  return [...result, ...older.slice(at)];
}

function longestCommon(a: readonly string[], b: readonly string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) table[i]![j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
  }
  return table[a.length]![b.length]!;
}

describe('the line diff between two captures', () => {
  test.prop([linesArb, linesArb], runs(300))('turns the older text into the newer with a shortest edit', (older, newer) => {
    const hunks = diffLines(older, newer);
    expect(apply(older, newer, hunks)).toEqual(newer);
    const changed = hunks.reduce((n, h) => n + (h.oldEnd - h.oldStart) + (h.newEnd - h.newStart), 0);
    expect(changed).toBe(older.length + newer.length - 2 * longestCommon(older, newer));
    for (const [previous, hunk] of hunks.slice(1).map((h, i) => [hunks[i]!, h] as const)) expect(hunk.oldStart).toBeGreaterThan(previous.oldEnd - 1);
  });
});
