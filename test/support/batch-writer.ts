import { expect } from 'vitest';
import { ByteOutput } from '../../src/cli/batch/bytes.js';
import { draftEach, type DecisionDraft } from '../../src/engine/explain.js';
import type { CompiledPurpose } from '../../src/engine/timelines.js';

/**
 * Checks that a batch's byte writer writes, for every member at every instant, exactly the text its string form
 * gives — twice over, so the second round is written from whatever the first cached.
 */
export function expectBytesAsText(
  purposes: readonly CompiledPurpose[],
  members: readonly unknown[],
  instants: readonly number[],
  write: (draft: Readonly<DecisionDraft>, out: ByteOutput) => void,
  text: (draft: Readonly<DecisionDraft>) => string,
): void {
  for (let round = 0; round < 2; round++) {
    for (const member of members) {
      for (const at of instants) {
        const out = new ByteOutput();
        let expected = '';
        draftEach(purposes, member, at, (draft) => {
          expected += text(draft);
          write(draft, out);
        });
        expect(Buffer.from(out.bytes()).toString('utf8')).toBe(expected);
      }
    }
  }
}
