import { describe, expect, it } from 'vitest';
import { writeFullDecision } from '../../src/cli/batch/json.js';
import { DraftKinds } from '../../src/cli/batch/kinds.js';
import { decisionOf, draftEach, type DecisionDraft } from '../../src/engine/explain.js';
import { compiledPurpose } from '../../src/engine/purposes/index.js';
import { explainAiTraining } from '../../src/index.js';
import { expectBytesAsText } from '../support/batch-writer.js';

const purposes = [compiledPurpose('ai-training'), compiledPurpose('microsoft-ads'), compiledPurpose('microsoft-ai-training')];

describe('whole decisions written as bytes (--full)', () => {
  // Each kind of decision is put together once and its pieces copied from then on: what is copied must be what
  // JSON.stringify writes for the decision, for every kind, every instant and every zone (member-given ones past
  // the cached kinds included), territories answered under several regions among them.
  it('writes each decision byte for byte as JSON.stringify does, whatever was cached before', () => {
    const members: unknown[] = [];
    for (const country of ['DE', 'FR', 'NO', 'CH', 'GB', 'US', 'CA', 'HK', 'IN', 'JE', 'GI', 'PR', 'RE', 'XK']) {
      members.push({ country }, { country, birthDate: '2009-05-17' }, { country, birthDate: '1980-01-01', optOuts: { 'ai-training': '2025-06-01' } });
    }
    const zones = Intl.supportedValuesOf('timeZone').slice(0, 60);
    for (const timeZone of zones) members.push({ country: 'DE', timeZone }, { country: 'JE', timeZone, birthDate: '2008-12-31' });
    const instants = [Date.UTC(2023, 0, 1), Date.UTC(2024, 8, 18, 12, 30), Date.UTC(2025, 0, 15), Date.UTC(2025, 10, 3, 23), Date.UTC(2027, 1, 1), 1.5, -8.64e15];
    expectBytesAsText(purposes, members, instants, writeFullDecision, (draft) => JSON.stringify(decisionOf(draft)));
  });
});

describe('the kinds of decision a batch caches', () => {
  it('share the assumption list of a territory’s decisions wherever the candidates answer alike', () => {
    // Jersey: the UK's terms and the rest of the world's, which differ on AI training from late 2024.
    const first = explainAiTraining({ country: 'JE' }, '2025-03-01');
    const again = explainAiTraining({ country: 'JE' }, '2025-03-02');
    expect(first.assumptions.at(-1)).toMatch(/^no source says whether the terms of/);
    expect(again.assumptions).toBe(first.assumptions);
  });

  it('are made once per kind, and forgotten past a fixed number of assumption lists', () => {
    let made = 0;
    const kinds = new DraftKinds((draft) => {
      made++;
      return draft.assumptions[0];
    });
    let template: DecisionDraft | undefined;
    draftEach([purposes[0]!], { country: 'DE' }, Date.UTC(2025, 10, 4), (draft) => (template = { ...draft }));
    const draftWith = (assumptions: readonly string[], time: number): DecisionDraft => ({ ...template!, assumptions, time });
    const firstList = Object.freeze(['list 0']);
    expect(kinds.partsOf(draftWith(firstList, 1))).toBe('list 0');
    expect(kinds.partsOf(draftWith(firstList, 2))).toBe('list 0');
    expect(made).toBe(1);
    // A list made afresh, not frozen, is never cached: it could not be told apart from a changed one.
    expect(kinds.partsOf(draftWith(['fresh'], 3))).toBeUndefined();
    for (let i = 1; i <= 4096; i++) kinds.partsOf(draftWith(Object.freeze([`list ${i}`]), i));
    expect(made).toBe(4097);
    kinds.partsOf(draftWith(firstList, 5));
    expect(made).toBe(4098);
  });
});
