/**
 * From the form's values to the library's answers: the only place the page calls the decision API. Pure
 * apart from the library itself, so the browser test can compare the page with the library in Node.
 */
import {
  aiTrainingExposure,
  decide,
  PolicyInputError,
  regionOf,
  type Decision,
  type ExposureInterval,
  type Member,
  type PurposeId,
  type CountryRegion,
} from 'linkedin-policy-data';
import { PURPOSES } from './words.js';

/** The form's values, as strings; an empty string means "not given". */
export interface FormState {
  country: string;
  date: string;
  birthDate: string;
  timeZone: string;
  optOuts: Partial<Record<PurposeId, string>>;
}

/** The member the form describes. */
export function memberOf(state: FormState): Member {
  const optOuts: Partial<Record<PurposeId, string>> = {};
  for (const { id } of PURPOSES) {
    const value = state.optOuts[id];
    if (value !== undefined && value !== '') optOuts[id] = value;
  }
  return {
    country: state.country,
    ...(state.birthDate === '' ? {} : { birthDate: state.birthDate }),
    ...(state.timeZone === '' ? {} : { timeZone: state.timeZone }),
    ...(Object.keys(optOuts).length === 0 ? {} : { optOuts }),
  };
}

export type Answer =
  | { readonly ok: true; readonly region: CountryRegion; readonly decisions: readonly Decision[] }
  | { readonly ok: false; readonly error: PolicyInputError };

/** Every purpose's decision for the form's member at the form's date, or the input error. */
export function answer(state: FormState): Answer {
  try {
    const member = memberOf(state);
    const decisions = PURPOSES.map(({ id }) => decide(id, member, state.date));
    return { ok: true, region: regionOf(state.country), decisions };
  } catch (error) {
    if (error instanceof PolicyInputError) return { ok: false, error };
    throw error;
  }
}

/** The member's AI-training exposure over the data's whole coverage, or null when the member is invalid. */
export function exposureOf(state: FormState): readonly ExposureInterval[] | null {
  try {
    return aiTrainingExposure(memberOf(state));
  } catch (error) {
    if (error instanceof PolicyInputError) return null;
    throw error;
  }
}

/** The form control that holds the input a PolicyInputError names (its `field`). */
export function controlNameOf(field: string): string | null {
  if (field === 'at') return 'date';
  if (field === 'country' || field === 'birthDate' || field === 'timeZone') return field;
  const optOut = /^optOuts\.(.+)$/.exec(field);
  if (optOut !== null) return `optOut-${optOut[1]}`;
  return null;
}
