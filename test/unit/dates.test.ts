import { describe, expect, it } from 'vitest';
import { explainAiTraining, isSubjectToAiTraining } from '../../src/index.js';
import { offsetInstant } from '../../src/time/offset-instant.js';

const ms = (iso: string) => new Date(iso).getTime();

describe('the four DateInput forms', () => {
  const berlinStart = '2025-11-02T23:00:00.000Z'; // 00:00 on 3 November 2025 in Berlin (CET, UTC+1)
  it.each([
    ['a Date', new Date(berlinStart), true],
    ['a Date one millisecond earlier', new Date(ms(berlinStart) - 1), false],
    ['epoch milliseconds', ms(berlinStart), true],
    ['epoch milliseconds one earlier', ms(berlinStart) - 1, false],
    ['a date string', '2025-11-03', true],
    ['the day before as a date string', '2025-11-02', false],
    ['a local wall time', '2025-11-03T00:00', true],
    ['a local wall time with seconds', '2025-11-02T23:59:59', false],
    ['a local wall time with milliseconds', '2025-11-02T23:59:59.999', false],
    ['an instant in Z', '2025-11-02T23:00:00Z', true],
    ['an instant in Z one second earlier', '2025-11-02T22:59:59Z', false],
    ['an instant with an offset', '2025-11-03T00:00:00+01:00', true],
    ['an instant with another offset', '2025-11-03T05:59:59+07:00', false],
  ] as const)('%s', (_, at, expected) => {
    expect(isSubjectToAiTraining({ country: 'DE' }, at)).toBe(expected);
  });

  it('reports the instant evaluated and the zone used', () => {
    const decision = explainAiTraining({ country: 'DE' }, '2025-11-03T12:30');
    expect(decision.at.toISOString()).toBe('2025-11-03T11:30:00.000Z');
    expect(decision.timeZone).toBe('Europe/Berlin');
  });

  it('returns a new Date each time, so a caller mutating it changes nothing', () => {
    const first = explainAiTraining({ country: 'DE' }, '2025-11-03');
    first.at.setTime(0);
    expect(explainAiTraining({ country: 'DE' }, '2025-11-03').at.toISOString()).toBe('2025-11-02T23:00:00.000Z');
  });
});

describe('an effective date starts at 00:00 in the member zone', () => {
  it.each([
    ['DE, Europe/Berlin', { country: 'DE' }, '2025-11-02T23:00:00Z'],
    ['HK, Asia/Hong_Kong', { country: 'HK' }, '2025-11-02T16:00:00Z'],
    // DST in Toronto ended on 2 November 2025, so 3 November starts at UTC-5.
    ['CA, America/Toronto', { country: 'CA' }, '2025-11-03T05:00:00Z'],
    ['DE with a member zone of Pacific/Auckland', { country: 'DE', timeZone: 'Pacific/Auckland' }, '2025-11-02T11:00:00Z'],
    ['FR with a member zone of America/Los_Angeles', { country: 'FR', timeZone: 'America/Los_Angeles' }, '2025-11-03T08:00:00Z'],
  ] as const)('%s', (_, member: { country: string; timeZone?: string }, midnight) => {
    expect(isSubjectToAiTraining(member, ms(midnight) - 1)).toBe(false);
    expect(isSubjectToAiTraining(member, ms(midnight))).toBe(true);
  });

  it('Hong Kong pause starts at 00:00 on 11 October 2024, Hong Kong time', () => {
    const midnight = ms('2024-10-10T16:00:00Z');
    expect(isSubjectToAiTraining({ country: 'HK' }, midnight - 1)).toBe(true);
    expect(isSubjectToAiTraining({ country: 'HK' }, midnight)).toBe(false);
  });

  it('reads date strings in the member zone, not the host zone', () => {
    expect(explainAiTraining({ country: 'HK' }, '2025-11-03').at.toISOString()).toBe('2025-11-02T16:00:00.000Z');
    expect(explainAiTraining({ country: 'CA' }, '2025-11-03').at.toISOString()).toBe('2025-11-03T05:00:00.000Z');
    expect(explainAiTraining({ country: 'CA', timeZone: 'America/Vancouver' }, '2025-11-03T10:00').at.toISOString()).toBe(
      '2025-11-03T18:00:00.000Z',
    );
  });

  it('accepts a Date from another realm', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new Date("2025-11-03T12:00:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(isSubjectToAiTraining({ country: 'DE' }, foreign)).toBe(true);
  });

  it('reads instants with an offset by the documented form alone, also character by character for batches', () => {
    const refused = [
      '2025-11-03T09:3:Z', '2025-11-03T09:30:0:Z', '2025-11-03T09:30+01:0:', '2025-11-03T0a:30Z', '2025-11-03T09:30Z ',
      '2025-11-03T09:30:00.00Z', '2025-11-03T09:30:00.0000Z', '2025-11-03T09:30+0100',
      '2025-11-03T09:30+01', '2025-11-03T09:30z', '2025-11-03t09:30Z', '2025-11-03T09:30.000Z', '2025-11-03T09:30:00Z+01:00',
      '2025-11-03T09:30:60Z', '2025-11-03T24:00Z', '2025-02-29T00:00Z', '0000-01-01T00:00Z', '2025-11-03T09:30-24:00',
      '2025-11-03T09:30+23:60', '２025-11-03T09:30Z', '2025-11-03 09:30Z', '2025/11/03T09:30Z',
    ];
    for (const text of refused) {
      expect(() => explainAiTraining({ country: 'DE' }, text), text).toThrow(expect.objectContaining({ code: 'INVALID_DATE', field: 'at' }));
      expect(offsetInstant(text), text).toBeNaN();
    }
    for (const text of ['2024-02-29T23:59:59.999-23:59', '0001-01-01T00:00+23:59', '9999-12-31T23:59:59.999Z', '2025-11-03T09:30+00:00']) {
      expect(explainAiTraining({ country: 'HK' }, text).at.getTime(), text).toBe(Date.parse(text));
      expect(offsetInstant(text), text).toBe(Date.parse(text));
    }
    // Valid strings without an offset are the library's to read in the member's zone.
    for (const text of ['2025-11-03', '2025-11-03T09:30', '2025-11-03T09:30:00.000']) expect(offsetInstant(text), text).toBeNaN();
  });

  it('reads a Date by its time value, not by a getTime method put on it', () => {
    const date = new Date('2025-11-03T12:00:00Z');
    Object.defineProperty(date, 'getTime', { value: () => Date.UTC(2025, 0, 1) });
    expect(isSubjectToAiTraining({ country: 'DE' }, date)).toBe(true);
    expect(explainAiTraining({ country: 'DE' }, date).at.toISOString()).toBe('2025-11-03T12:00:00.000Z');
  });

  it('refuses an object that only inherits from Date.prototype, naming the field', () => {
    const fake: unknown = Object.create(Date.prototype);
    expect(() => isSubjectToAiTraining({ country: 'DE' }, fake as Date)).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', field: 'at' }),
    );
    expect(() => isSubjectToAiTraining({ country: 'DE', birthDate: fake as Date }, new Date())).toThrow(
      expect.objectContaining({ code: 'INVALID_BIRTH_DATE', field: 'birthDate' }),
    );
  });
});
