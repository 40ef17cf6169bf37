import { PolicyInputError } from '../../errors.js';
import { PURPOSE_IDS, type PurposeId } from '../../ids.js';
import type { CompiledPurpose } from '../timelines.js';
import { aiTraining } from './ai-training.js';
import { microsoftAds } from './microsoft-ads.js';
import { microsoftAiTraining } from './microsoft-ai-training.js';

// By place in PURPOSE_IDS: finding a purpose is an indexOf over three strings, cheaper than a Map lookup.
const byIndex = /* @__PURE__ */ indexByPlace([aiTraining, microsoftAds, microsoftAiTraining]);

function indexByPlace(purposes: readonly CompiledPurpose[]): readonly CompiledPurpose[] {
  return PURPOSE_IDS.map((id) => purposes.find((p) => p.id === id)!);
}

const EXPECTED = /* @__PURE__ */ PURPOSE_IDS.map((id) => `"${id}"`).join(', ');

/** The compiled purpose for an id; throws `INVALID_PURPOSE` naming `field` for anything else. */
export function compiledPurpose(purpose: unknown, field = 'purpose'): CompiledPurpose {
  const compiled = byIndex[PURPOSE_IDS.indexOf(purpose as PurposeId)];
  if (compiled === undefined) throw new PolicyInputError('INVALID_PURPOSE', field, purpose, `one of ${EXPECTED}`);
  return compiled;
}
