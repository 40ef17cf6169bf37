/**
 * The provisions' JSON text is parsed when an explanation first needs it, one region at a time: an import and
 * the yes-or-no answers never pay for quotes, notes and claims they do not read.
 */
import { expect, it, vi } from 'vitest';

it('an import and yes-or-no answers parse no provisions; an explanation parses its own region only, once, and the citations once', async () => {
  // A fresh copy of the library, with nothing parsed yet, whatever other files of this worker asked before.
  vi.resetModules();
  const parse = vi.spyOn(JSON, 'parse');
  try {
    const { citationsJson, timelineJson } = await import('../../src/generated/timeline-json.js');
    const texts = new Set([citationsJson, ...Object.values(timelineJson).flatMap((text) => [text.head, ...Object.values(text.regions)])]);
    // The texts parsed, in order (EU's and the EEA's provisions are the same text).
    const parsed = () => parse.mock.calls.flatMap(([text]) => (typeof text === 'string' && texts.has(text) ? [text] : []));
    const api = await import('../../src/index.js');
    const member = { country: 'DE', birthDate: '1990-01-01' };
    expect(api.isSubjectToAiTraining(member, '2025-11-04')).toBe(true);
    api.isSharedWithMicrosoftForAds({ country: 'us' }, '2025-11-04');
    api.aiTrainingExposure(member, { from: '2024-01-01', to: '2026-01-01' });
    expect(parsed()).toEqual([]);

    const decision = api.explainAiTraining(member, '2025-11-04');
    api.explainAiTraining({ country: 'AT' }, '2025-12-01');
    // The citations the provisions hold, all read once, with the first region that needs them.
    expect(parsed()).toEqual([timelineJson['ai-training'].regions.eu, citationsJson]);
    expect(Object.isFrozen(decision.provision)).toBe(true);

    api.explainAiTraining({ country: 'US' }, '2025-12-01');
    expect(parsed()).toEqual([timelineJson['ai-training'].regions.eu, citationsJson, timelineJson['ai-training'].regions.us]);
  } finally {
    parse.mockRestore();
  }
});
