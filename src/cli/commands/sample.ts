import type { CliContext } from '../context.js';
import { purposeIds } from '../render/labels.js';
import { wrap } from '../render/text.js';
import { runCheck, type CheckQuery } from './check.js';

/** The member the sample query asks about: an adult in Germany the day after the EU change took effect. */
export const SAMPLE: CheckQuery = {
  member: { country: 'DE', birthDate: '1990-01-01' },
  at: '2025-11-04',
  purposes: purposeIds,
};

/** What the tool does with no arguments (and what `npm start` shows): a real query, labelled as a sample. */
export async function sampleCommand(ctx: CliContext): Promise<number> {
  const { bold, dim } = ctx.style.colour;
  const p = ctx.program;
  const preface = [
    bold('Sample query: a member in Germany (DE), born 1990-01-01, on 2025-11-04.'),
    ...wrap(
      `This is an example. To ask about another member, give their country and, if you know them, the date, birth date and opt-outs:`,
      ctx.style.width,
    ).map(dim),
    dim(`  ${p} check --country FR --date 2025-11-04 --birth-date 2009-05-01 --opted-out ai-training=2025-10-01`),
    dim(`  ${p} --help            every command: check, timeline, exposure, regions, sources, export`),
    '',
  ];
  return runCheck(SAMPLE, false, ctx, preface);
}
