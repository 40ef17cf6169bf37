import { describe, expect, it } from 'vitest';
import { compactDecisionJson } from '../../src/cli/batch/compact.js';
import { draftEach } from '../../src/engine/explain.js';
import { compiledPurpose } from '../../src/engine/purposes/index.js';

function compactAt(at: number): unknown {
  let json = '';
  draftEach([compiledPurpose('ai-training')], { country: 'DE' }, at, (draft) => {
    json = compactDecisionJson(draft);
  });
  return (JSON.parse(json) as { at: unknown }).at;
}

describe('the compact form of a decision', () => {
  // The instant is written from a per-day cache and digit tables rather than by Date#toISOString each time.
  it('writes every instant exactly as Date#toISOString does', () => {
    const instants = [
      0, -1, 1, 999, 1000, -86_400_000, -86_400_001, 86_399_999, Date.UTC(2025, 10, 3, 23), Date.UTC(2025, 10, 3, 23, 59, 59, 999),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(10000, 0, 1), Date.UTC(-1, 11, 31, 12, 30, 1, 7), 8.64e15, -8.64e15,
      1.5, -1.5, 1_762_210_800_000.25,
    ];
    for (let i = 0; i < 2000; i++) instants.push(Math.round(Math.sin(i) * 8.64e15), Math.round(1.7e12 + Math.cos(i) * 1e11));
    for (const at of instants) expect(compactAt(at), String(at)).toBe(new Date(at).toISOString());
  });

  it('writes the instant of each call, not the one before it', () => {
    expect([compactAt(1), compactAt(2), compactAt(2), compactAt(86_400_002)]).toEqual([
      '1970-01-01T00:00:00.001Z',
      '1970-01-01T00:00:00.002Z',
      '1970-01-01T00:00:00.002Z',
      '1970-01-02T00:00:00.002Z',
    ]);
  });
});
