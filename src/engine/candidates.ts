import { REGION_IDS } from '../ids.js';
import { regionById } from './regions.js';
import { bitsUnder, statusOf } from './evaluate.js';
import { MINOR, NOT_KNOWN, OPTED_OUT } from './reason-bits.js';
import { REASON_CODES } from './reasons.js';
import type { ResolvedMember } from './member.js';
import type { CompiledPurpose } from './timelines.js';

/**
 * A flag {@link memberBits} adds where the member's country has several candidate regions and their answers
 * differ: the bits are then `not-known` and the member's own reasons (minor, opted out) that hold under every
 * candidate. Outside the reason codes' bits; mask it off before reading the reasons.
 */
export const CANDIDATES_DISAGREE = /* @__PURE__ */ bitAfterReasons();

// A call, so that bundles which never explain a decision can drop the constant.
function bitAfterReasons(): number {
  return 1 << REASON_CODES.length;
}

/**
 * Which reasons apply to `member` for `purpose` at `t` under their country's region, as {@link reasonBits}; where
 * the country has other candidate regions and one of them gives another status, {@link CANDIDATES_DISAGREE} with
 * `not-known` and the member's reasons common to every candidate.
 */
export function memberBits(purpose: CompiledPurpose, member: ResolvedMember, t: number): number {
  const bits = bitsUnder(purpose, member.country.regionIndex, member, t);
  const alternatives = member.country.alternatives;
  return alternatives === undefined ? bits : candidatesBits(purpose, member, t, bits, alternatives);
}

/** {@link memberBits} for a country with other candidate regions, given the bits under its own. */
export function candidatesBits(purpose: CompiledPurpose, member: ResolvedMember, t: number, bits: number, alternatives: readonly number[]): number {
  const status = statusOf(bits);
  let common = bits;
  let agree = true;
  for (const regionIndex of alternatives) {
    const other = bitsUnder(purpose, regionIndex, member, t);
    common &= other;
    if (statusOf(other) !== status) agree = false;
  }
  return agree ? bits : CANDIDATES_DISAGREE | NOT_KNOWN | (common & (MINOR | OPTED_OUT));
}

/**
 * The sentence a decision carries for a country whose region no source settles: which regions' terms were
 * compared and what each answers. Rare enough (a few territories) to be written per decision.
 */
export function candidateNote(purpose: CompiledPurpose, member: ResolvedMember, t: number): string {
  const country = member.country;
  const indexes = [country.regionIndex, ...(country.alternatives ?? [])];
  const answers = indexes.map((i) => ({ region: REGION_IDS[i]!, status: statusOf(bitsUnder(purpose, i, member, t)) }));
  const names = answers.map(({ region }) => `${regionById(region).name} (${region})`);
  const compared = `no source says whether the terms of ${names.join(' or ')} apply in ${country.code}`;
  if (answers.every(({ status }) => status === answers[0]!.status)) {
    return `${compared}: answered under each, they agree (${answers[0]!.status}), and the answer is given under ${names[0]}`;
  }
  return `${compared}, and their answers differ: ${answers.map(({ status }, i) => `${status} under ${names[i]}`).join(', ')}`;
}
