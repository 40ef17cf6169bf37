import '../property/support/config.js';
import { fc, test } from '@fast-check/vitest';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { LineBatcher, linesOf } from '../../src/cli/batch/split.js';
import { runs } from '../property/support/config.js';

/** The lines Node's readline gives for these chunks, as `check --input` read them before batches. */
async function readlineLines(chunks: readonly Uint8Array[]): Promise<string[]> {
  const lines: string[] = [];
  const reader = createInterface({ input: Readable.from(chunks.map((c) => Buffer.from(c))), crlfDelay: Infinity });
  for await (const line of reader) lines.push(line);
  return lines;
}

/** The lines the batcher gives for the same chunks, each with the number the batch assigns it. */
function batchedLines(chunks: readonly Uint8Array[], linesPerBatch: number): { lines: string[]; numbers: number[] } {
  const batcher = new LineBatcher(linesPerBatch);
  const batches = chunks.flatMap((chunk) => batcher.push(chunk));
  const last = batcher.end();
  if (last !== undefined) batches.push(last);
  const lines: string[] = [];
  const numbers: number[] = [];
  for (const batch of batches) {
    const text = Buffer.from(batch.bytes).toString('utf8');
    const own = linesOf(text);
    expect(own.length).toBe(batch.lineCount);
    own.forEach((line, i) => {
      lines.push(line);
      numbers.push(batch.firstLine + i);
    });
  }
  return { lines, numbers };
}

const textArb = fc
  .array(fc.constantFrom('a', '{"country":"DE"}', '\n', '\r', '\r\n', 'é', '😀', ' ', '\uFEFF'), { maxLength: 60 })
  .map((parts) => new TextEncoder().encode(parts.join('')));
// Cut points anywhere, also inside a \r\n or a multi-byte character.
const chunkedArb = textArb.chain((bytes) =>
  fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, bytes.length - 1) }), { maxLength: 6 }).map((cuts) => {
    const points = [0, ...cuts.filter((c) => c < bytes.length).sort((a, b) => a - b), bytes.length];
    return points.slice(1).map((end, i) => bytes.subarray(points[i], end));
  }),
);

describe('cutting NDJSON input into batches of lines', () => {
  test.prop([chunkedArb, fc.integer({ min: 1, max: 4 })], runs(300))(
    'gives the lines readline gives, numbered from 1 in order, however the input arrives in chunks',
    async (chunks, linesPerBatch) => {
      const { lines, numbers } = batchedLines(chunks, linesPerBatch);
      expect(lines).toEqual(await readlineLines(chunks));
      expect(numbers).toEqual(lines.map((_, i) => i + 1));
    },
  );

  it('treats \\n, \\r\\n and a lone \\r as line ends, and text after the last one as a line', () => {
    expect(linesOf('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(linesOf('a\n\n')).toEqual(['a', '']);
    expect(linesOf('')).toEqual([]);
    const batcher = new LineBatcher(2);
    const [first] = batcher.push(Buffer.from('1\n2\r\n3\n4'));
    expect(first).toMatchObject({ firstLine: 1, lineCount: 2 });
    expect(batcher.end()).toMatchObject({ firstLine: 3, lineCount: 2 });
  });
});
