/**
 * The policy facts as researched from LinkedIn's archived texts, the regulators and the press, transcribed by hand
 * (not derived from data/). Tests compare the data and the engine against this, so that a
 * slip in data/ shows up as a disagreement with the source of truth rather than being copied into the
 * expectations.
 */
import type { PurposeId, RegionId } from '../src/index.js';

export type Status = 'subject' | 'not-subject' | 'unknown';
/** Per region: [date from which a status holds, status], oldest first, starting at the coverage start. */
export type FactTable = Record<RegionId, readonly (readonly [string, Status])[]>;

export const COVERAGE_START = '2024-09-18';

export const FACTS: Record<PurposeId, FactTable> = {
  'ai-training': {
    us: [['2024-09-18', 'subject']],
    'rest-of-world': [['2024-09-18', 'subject']],
    eu: [['2024-09-18', 'not-subject'], ['2025-11-03', 'subject']],
    eea: [['2024-09-18', 'not-subject'], ['2025-11-03', 'subject']],
    ch: [['2024-09-18', 'not-subject'], ['2025-11-03', 'subject']],
    gb: [['2024-09-18', 'unknown'], ['2024-09-20', 'not-subject'], ['2025-11-03', 'subject']],
    hk: [['2024-09-18', 'subject'], ['2024-10-11', 'not-subject'], ['2025-11-03', 'subject']],
    ca: [['2024-09-18', 'subject'], ['2024-12-10', 'not-subject'], ['2025-11-03', 'subject']],
  },
  'microsoft-ads': {
    us: [['2024-09-18', 'subject']],
    ca: [['2024-09-18', 'unknown'], ['2025-11-03', 'subject']],
    hk: [['2024-09-18', 'unknown'], ['2025-11-03', 'subject']],
    eu: [['2024-09-18', 'not-subject']],
    eea: [['2024-09-18', 'not-subject']],
    ch: [['2024-09-18', 'not-subject']],
    // No dated text says either way for the UK before the 2025 notice, which leaves ads sharing out.
    gb: [['2024-09-18', 'unknown'], ['2025-11-03', 'not-subject']],
    'rest-of-world': [['2024-09-18', 'unknown']],
  },
  'microsoft-ai-training': {
    gb: [['2024-09-18', 'unknown'], ['2025-11-03', 'subject']],
    eu: [['2024-09-18', 'not-subject']],
    eea: [['2024-09-18', 'not-subject']],
    ch: [['2024-09-18', 'not-subject']],
    ca: [['2024-09-18', 'unknown']],
    hk: [['2024-09-18', 'unknown']],
    us: [['2024-09-18', 'unknown']],
    'rest-of-world': [['2024-09-18', 'unknown']],
  },
};

/** Countries to ask about for each region, with their capitals' zones as the researched facts name them. */
export const SAMPLE_COUNTRIES: Record<RegionId, readonly string[]> = {
  eu: ['DE', 'FR', 'IE'],
  eea: ['NO', 'IS', 'LI'],
  ch: ['CH'],
  gb: ['GB'],
  ca: ['CA'],
  hk: ['HK'],
  us: ['US'],
  'rest-of-world': ['IN', 'BR', 'AU'],
};

export const FACT_ZONES: Record<string, string> = {
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  IE: 'Europe/Dublin',
  NO: 'Europe/Oslo',
  CH: 'Europe/Zurich',
  GB: 'Europe/London',
  CA: 'America/Toronto',
  US: 'America/New_York',
  HK: 'Asia/Hong_Kong',
  IN: 'Asia/Kolkata',
  BR: 'America/Sao_Paulo',
  AU: 'Australia/Sydney',
};

/** The status in force on a calendar date, read from a fact table row. */
export function factStatusOn(rows: readonly (readonly [string, Status])[], date: string): Status {
  let status: Status = 'unknown';
  for (const [from, value] of rows) if (from <= date) status = value;
  return date < COVERAGE_START ? 'unknown' : status;
}

/**
 * Territories with ISO codes of their own whose legal status settles their region, transcribed from the law:
 * TFEU Art. 355(1) applies the Treaties to the French outermost regions, Art. 355(4) to the Åland Islands (part
 * of Finland). Each must answer as the member state it is part of does.
 */
export const EU_TERRITORIES: Readonly<Record<string, { readonly state: string; readonly zone: string }>> = {
  RE: { state: 'FR', zone: 'Indian/Reunion' },
  GP: { state: 'FR', zone: 'America/Guadeloupe' },
  MQ: { state: 'FR', zone: 'America/Martinique' },
  GF: { state: 'FR', zone: 'America/Cayenne' },
  YT: { state: 'FR', zone: 'Indian/Mayotte' },
  MF: { state: 'FR', zone: 'America/Marigot' },
  AX: { state: 'FI', zone: 'Europe/Mariehamn' },
};

/** One date in each phase of the EU's timelines: before any change, the eve of 3 November 2025, the day, later. */
export const EU_PHASE_DATES: readonly string[] = ['2024-10-01', '2025-11-02', '2025-11-03', '2026-06-01'];

/**
 * Territories no text places: the regimes whose terms may apply, as their legal status makes plausible (the
 * Crown Dependencies are the Crown's but not the United Kingdom; Gibraltar left the EU with the United Kingdom;
 * Greenland and the Faroe Islands are Denmark's but outside the EU; Puerto Rico is a US territory, not a state).
 */
export const UNSETTLED_TERRITORIES: Readonly<Record<string, readonly RegionId[]>> = {
  JE: ['gb', 'rest-of-world'],
  GG: ['gb', 'rest-of-world'],
  IM: ['gb', 'rest-of-world'],
  GI: ['gb', 'rest-of-world'],
  GL: ['eu', 'rest-of-world'],
  FO: ['eu', 'rest-of-world'],
  PR: ['us', 'rest-of-world'],
  SJ: ['eea', 'rest-of-world'],
};

/** Kosovo: the user-assigned code the European Commission and Unicode CLDR use, in no named region. */
export const KOSOVO = { code: 'XK', region: 'rest-of-world', zone: 'Europe/Belgrade' } as const;
