/**
 * The batch reads the common line shape without JSON.parse: wherever it does, it must read what JSON.parse
 * followed by taking `at` out of the object reads — the same member fields (a field the line leaves out is
 * undefined, which the library reads as not given), the opt-outs with their keys in the same order (the library
 * checks them in that order), the same moment — and it must leave every other line to JSON.parse.
 */
import './support/config.js';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { readSimpleLine, type LineFields } from '../../src/cli/batch/simple-line.js';
import { runs } from './support/config.js';

const KEYS = ['country', 'birthDate', 'timeZone', 'at', 'optOuts', 'Country', 'atx', '', 'birth\\u0044ate', '__proto__'];
const piece = fc.oneof(
  fc.constantFrom('DE', 'de', '1990-01-01', '2025-11-04T10:00', 'Europe/Berlin', '', 'é', '\u2028', '\ud800'),
  fc.string({ unit: 'grapheme-composite', maxLength: 6 }),
  fc.string({ maxLength: 6 }),
);
// A value as a line writes it: a plain JSON string, one with escapes, or something that is not a string.
const valueText = fc.oneof(
  { weight: 6, arbitrary: piece.map((text) => `"${text}"`) },
  { weight: 2, arbitrary: piece.map((text) => JSON.stringify(text)) },
  { weight: 1, arbitrary: fc.constantFrom('1', 'null', 'true', '{}', '{"ai-training":true}', '[]', '"\\"', '"a\\u0022b"') },
);
// An opt-outs object: purpose ids and near misses, given once or twice, with the values JSON allows and more.
const OPT_OUT_KEYS = ['ai-training', 'microsoft-ads', 'microsoft-ai-training', 'AI-training', 'ai-training ', 'ai\\u002dtraining', '__proto__', ''];
const optOutValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('true', 'false', '"2025-12-01"', '"2025-12-01T09:30"', '""') },
  { weight: 2, arbitrary: piece.map((text) => JSON.stringify(text)) },
  { weight: 1, arbitrary: fc.constantFrom('1733011200000', 'null', 'tru', 'falsey', '{}', '[]', '"\\"', '"a\\u0022b"') },
);
const optOutsText = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.tuple(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...OPT_OUT_KEYS.slice(0, 3)) }, { weight: 1, arbitrary: fc.constantFrom(...OPT_OUT_KEYS) }), optOutValue), { maxLength: 4 }).map((pairs) => `{${pairs.map(([key, value]) => `"${key}":${value}`).join(',')}}`) },
  { weight: 1, arbitrary: fc.constantFrom('{', '{"ai-training":true', '{"ai-training":true,}', '{ "ai-training":true}', '{"ai-training" :true}', '{"ai-training":true }', '{}}') },
);
const field = fc.tuple(
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...KEYS.slice(0, 5)) }, { weight: 1, arbitrary: fc.constantFrom(...KEYS) }),
  fc.oneof({ weight: 4, arbitrary: valueText }, { weight: 1, arbitrary: optOutsText }),
  fc.constantFrom('', '', '', ' ', '\t'),
);
const line = fc.oneof(
  { weight: 8, arbitrary: fc.array(field, { maxLength: 5 }).map((fields) => `{${fields.map(([key, value, space]) => `${space}"${key}":${space}${value}`).join(',')}}`) },
  // Near misses: cut, extended or wrapped.
  { weight: 2, arbitrary: fc.tuple(fc.array(field, { minLength: 1, maxLength: 4 }), fc.nat(40), fc.constantFrom('', '}', ',', ' ', '\r', 'x')).map(
    ([fields, cut, tail]) => `{${fields.map(([key, value]) => `"${key}":${value}`).join(',')}}`.slice(0, -1 - (cut % 3)) + tail,
  ) },
);

/** What the JSON.parse path reads from a line: the member without `at`, and `at`. */
function parsedPath(text: string): LineFields {
  const { at, ...member } = JSON.parse(text) as Record<string, unknown>;
  return { member, at };
}

/** The member as the library reads it: its fields with a value, the opt-outs' keys in their order. */
function given(member: unknown): unknown {
  const fields = Object.entries(member as Record<string, unknown>).filter(([, value]) => value !== undefined);
  return Object.fromEntries(fields.map(([key, value]) => [key, key === 'optOuts' ? Object.entries(value as object) : value]));
}

describe('reading the common line shape without JSON.parse', () => {
  test.prop([line], runs(3000))('reads what JSON.parse reads, or leaves the line to it', (text) => {
    const fields: LineFields = { member: 'untouched', at: 'untouched' };
    if (!readSimpleLine(text, 0, text.length, fields)) {
      expect(fields).toEqual({ member: 'untouched', at: 'untouched' });
      return;
    }
    const expected = parsedPath(text);
    expect(given(fields.member)).toStrictEqual(given(expected.member));
    expect(fields.at).toBe(expected.at);
  });

  // Lines with any of the member fields give the library objects of one shape, as they give JSON.parse's objects
  // of one shape per key order: the library reads fields from few hidden classes either way.
  test.prop([fc.shuffledSubarray(['country', 'birthDate', 'timeZone', 'optOuts'])], runs(50))('gives every member the same keys', (keys) => {
    const fields: LineFields = { member: undefined, at: undefined };
    const text = JSON.stringify({ ...Object.fromEntries(keys.map((key) => [key, key === 'optOuts' ? {} : 'x'])), at: '2025-11-04' });
    expect(readSimpleLine(text, 0, text.length, fields)).toBe(true);
    expect(Object.keys(fields.member as object)).toEqual(['country', 'birthDate', 'timeZone', 'optOuts']);
  });

  // A line is read where it lies in its batch's text: what comes before and after it must change nothing.
  test.prop([line, fc.constantFrom('', '{"country":"DE","at":"2025-11-04"}\n', '"}\n'), fc.constantFrom('', '\n', '\n{"at":"x"}', '"}', '\n"}":"}"}')], runs(2000))(
    'reads a line inside a longer text as it reads the line alone',
    (text, before, after) => {
      const alone: LineFields = { member: 'untouched', at: 'untouched' };
      const inside: LineFields = { member: 'untouched', at: 'untouched' };
      const read = readSimpleLine(text, 0, text.length, alone);
      expect(readSimpleLine(before + text + after, before.length, before.length + text.length, inside)).toBe(read);
      expect(inside).toStrictEqual(alone);
    },
  );

  // Without this the property above would also pass if nothing ever took the fast path.
  test.prop([fc.subarray(['country', 'birthDate', 'timeZone', 'optOuts', 'at'], { minLength: 1 }).chain((keys) => fc.shuffledSubarray(keys, { minLength: keys.length }))], runs(200))(
    'takes the common shapes, in any key order',
    (keys) => {
      const value = (key: string) => (key === 'country' ? 'DE' : key === 'optOuts' ? { 'microsoft-ads': '2026-03-15T09:30', 'ai-training': true, 'microsoft-ai-training': false } : '2025-11-04');
      const text = JSON.stringify(Object.fromEntries(keys.map((key) => [key, value(key)])));
      const fields: LineFields = { member: undefined, at: undefined };
      expect(readSimpleLine(text, 0, text.length, fields)).toBe(true);
      const expected = parsedPath(text);
      expect(given(fields.member)).toStrictEqual(given(expected.member));
      expect(fields.at).toBe(expected.at);
    },
  );
});
