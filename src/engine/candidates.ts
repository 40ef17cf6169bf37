import { REGION_IDS } from '../ids.js';
import { regionById } from './regions.js';
import { bitsUnder, statusOf } from './evaluate.js';
import type { ResolvedMember } from './member.js';
import type { CompiledPurpose } from './timelines.js';

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
