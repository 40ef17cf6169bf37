import { describe, expect, it } from 'vitest';
import { ByteOutput } from '../../src/cli/batch/bytes.js';
import { compactDecisionJson, writeCompactDecision, writeInstant } from '../../src/cli/batch/compact.js';
import { draftEach } from '../../src/engine/explain.js';
import { compiledPurpose } from '../../src/engine/purposes/index.js';
import { expectBytesAsText } from '../support/batch-writer.js';

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

  // The batch writes a line's instant as bytes made from numbers; far years and fractions go through the string.
  it('writes every instant as bytes exactly as Date#toISOString does, each call its own', () => {
    const instants = [0, -1, 1, 1, 2, 999, 1000, 59_999, 3_599_999, -86_400_000, 86_399_999];
    instants.push(Date.UTC(2025, 10, 3, 23), Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(10000, 0, 1), -62_167_219_200_000, -62_167_219_200_001);
    instants.push(8.64e15, -8.64e15, 1.5, -1.5, 1_762_210_800_000.25);
    for (let i = 0; i < 5000; i++) instants.push(Math.round(Math.sin(i) * 8.64e15), Math.round(1.7e12 + Math.cos(i) * 1e11), 1.7e12 + i * 37_111);
    const out = new ByteOutput();
    for (const at of instants) {
      out.writeAscii(' ');
      writeInstant(at, out);
    }
    expect(Buffer.from(out.bytes()).toString('latin1')).toBe(instants.map((at) => ` ${new Date(at).toISOString()}`).join(''));
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

describe('the compact form written as bytes', () => {
  const purposes = [compiledPurpose('ai-training'), compiledPurpose('microsoft-ads'), compiledPurpose('microsoft-ai-training')];

  // Each kind of decision is encoded once and copied from then on: what is copied must be what the string form
  // writes, for every kind, every instant and every zone (member-given ones included, past the cached kinds).
  it('writes each decision byte for byte as its JSON string, whatever was cached before', () => {
    const members: unknown[] = [];
    for (const country of ['DE', 'FR', 'NO', 'CH', 'GB', 'US', 'CA', 'IN', 'BR', 'JP']) {
      members.push({ country }, { country, birthDate: '2009-05-17' }, { country, birthDate: '1980-01-01', optOuts: { 'ai-training': '2025-06-01' } });
    }
    const zones = Intl.supportedValuesOf('timeZone').slice(0, 80);
    for (const timeZone of zones) members.push({ country: 'DE', timeZone }, { country: 'US', timeZone, birthDate: '2008-12-31' });
    const instants = [Date.UTC(2023, 0, 1), Date.UTC(2024, 8, 18, 12, 30), Date.UTC(2025, 10, 3, 23), Date.UTC(2027, 1, 1), 1.5, -8.64e15];
    expectBytesAsText(purposes, members, instants, writeCompactDecision, compactDecisionJson);
  });

  it('writes line numbers as their decimal digits, and cuts a line back to a mark', () => {
    const out = new ByteOutput();
    for (const n of [0, 1, 9, 10, 99, 100, 512, 999_999, 1_000_000, 123_456_789, 2 ** 53 - 1]) {
      out.writeDecimal(n);
      out.writeAscii(' ');
    }
    const mark = out.length;
    out.writeAscii('dropped');
    out.truncate(mark);
    out.writeBytes(Buffer.from('é!'));
    expect(Buffer.from(out.bytes()).toString('utf8')).toBe('0 1 9 10 99 100 512 999999 1000000 123456789 9007199254740991 é!');
  });
});
