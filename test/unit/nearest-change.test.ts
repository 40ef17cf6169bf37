import { describe, expect, it } from 'vitest';
import { diffLines } from '../../scripts/watch/line-diff.js';
import { nearestHunk, quoteLines } from '../../scripts/watch/nearest-change.js';

const text = ['# Title', '', 'We may use your **personal data** to', 'train [models](https://example.org).', '', 'Other section.', '', 'Last line.'];

describe('where a quote stands in a capture, and the change nearest to it', () => {
  it('finds the lines that hold a quote, read as a person reads the page, across a line break', () => {
    expect(quoteLines(text, 'We may use your personal data to train models.')).toEqual({ start: 2, end: 4 });
    expect(quoteLines(text, 'Other section.')).toEqual({ start: 5, end: 6 });
  });

  it('falls back to the lines holding the longest start of a quote that is not there whole', () => {
    expect(quoteLines(text, 'Other section, reworded.')).toEqual({ start: 5, end: 6 });
    expect(quoteLines(text, '¶ nowhere')).toBeNull();
  });

  it('picks the change nearest to the quote, counting the unchanged lines between', () => {
    const newer = ['# New title', '', 'We may use your **personal data** to', 'train [models](https://example.org).', '', 'Other section.', '', 'Last line, changed.'];
    const hunks = diffLines(text, newer);
    expect(hunks).toEqual([
      { oldStart: 0, oldEnd: 1, newStart: 0, newEnd: 1 },
      { oldStart: 7, oldEnd: 8, newStart: 7, newEnd: 8 },
    ]);
    expect(nearestHunk(hunks, { start: 2, end: 4 })).toEqual({ ...hunks[0], distance: 1 });
    expect(nearestHunk(hunks, { start: 5, end: 6 })).toEqual({ ...hunks[1], distance: 1 });
    expect(nearestHunk([], { start: 5, end: 6 })).toBeNull();
  });

  it('counts a change of the quote’s own lines, or an insertion right at them, as distance 0', () => {
    expect(nearestHunk([{ oldStart: 3, oldEnd: 4, newStart: 3, newEnd: 3 }], { start: 2, end: 4 })?.distance).toBe(0);
    expect(nearestHunk([{ oldStart: 4, oldEnd: 4, newStart: 4, newEnd: 5 }], { start: 2, end: 4 })?.distance).toBe(0);
    expect(nearestHunk([{ oldStart: 2, oldEnd: 2, newStart: 2, newEnd: 3 }], { start: 2, end: 4 })?.distance).toBe(0);
  });
});
