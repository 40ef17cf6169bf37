import { PolicyInputError } from '../../errors.js';
import { PURPOSE_IDS } from '../../ids.js';
import type { CompiledPurpose } from '../timelines.js';
import { aiTraining } from './ai-training.js';
import { microsoftAds } from './microsoft-ads.js';
import { microsoftAiTraining } from './microsoft-ai-training.js';

const byId = /* @__PURE__ */ indexById([aiTraining, microsoftAds, microsoftAiTraining]);

function indexById(purposes: readonly CompiledPurpose[]): ReadonlyMap<unknown, CompiledPurpose> {
  return new Map(purposes.map((p) => [p.id, p]));
}

const EXPECTED = /* @__PURE__ */ PURPOSE_IDS.map((id) => `"${id}"`).join(', ');

/** The compiled purpose for an id; throws `INVALID_PURPOSE` naming `field` for anything else. */
export function compiledPurpose(purpose: unknown, field = 'purpose'): CompiledPurpose {
  const compiled = byId.get(purpose);
  if (compiled === undefined) throw new PolicyInputError('INVALID_PURPOSE', field, purpose, `one of ${EXPECTED}`);
  return compiled;
}
