/**
 * A line diff between two captures of a document, as hunks: which lines of the older text changed and what the
 * newer text has in their place. Myers' algorithm (the one git uses by default), on the lines left once the
 * common start and end are set aside — captures of a policy mostly differ in a few paragraphs.
 */

/** A run of changed lines: `old` lines [oldStart, oldEnd) became `new` lines [newStart, newEnd) (0-based). */
export interface Hunk {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
}

/** The hunks that turn `older` into `newer`, in order. */
export function diffLines(older: readonly string[], newer: readonly string[]): Hunk[] {
  let head = 0;
  while (head < older.length && head < newer.length && older[head] === newer[head]) head++;
  let tail = 0;
  while (tail < older.length - head && tail < newer.length - head && older[older.length - 1 - tail] === newer[newer.length - 1 - tail]) tail++;
  const a = older.slice(head, older.length - tail);
  const b = newer.slice(head, newer.length - tail);
  return hunks(editScript(a, b), head);
}

/** One step of an edit script: a line kept, deleted from the older text or inserted from the newer. */
type Edit = 'keep' | 'delete' | 'insert';

/**
 * The shortest edit script from `a` to `b`, by Myers' greedy search. Each round d keeps only its own frontier
 * (the furthest x reached on each diagonal k = x - y, stored at k + d), so memory grows with the square of the
 * number of edits, not with the product of the lengths.
 */
function editScript(a: readonly string[], b: readonly string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  const frontiers: Int32Array[] = [];
  // The furthest x on diagonal k after round d - 1; round -1 is a virtual start with x = 0 on diagonal 1.
  const reached = (d: number, k: number): number => (d < 0 ? 0 : frontiers[d]![k + d]!);
  const goesDown = (d: number, k: number): boolean => k === -d || (k !== d && reached(d - 1, k - 1) < reached(d - 1, k + 1));
  for (let d = 0; ; d++) {
    const frontier = new Int32Array(2 * d + 1);
    frontiers.push(frontier);
    for (let k = -d; k <= d; k += 2) {
      let x = goesDown(d, k) ? reached(d - 1, k + 1) : reached(d - 1, k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      frontier[k + d] = x;
      if (x >= n && y >= m) return backtrack(d, k, n, reached, goesDown);
    }
  }
}

function backtrack(
  last: number,
  lastK: number,
  n: number,
  reached: (d: number, k: number) => number,
  goesDown: (d: number, k: number) => boolean,
): Edit[] {
  const edits: Edit[] = [];
  let x = n;
  let k = lastK;
  for (let d = last; d >= 0; d--) {
    const down = goesDown(d, k);
    const previousK = down ? k + 1 : k - 1;
    // Where round d started on this diagonal, after its one edit; the rest of the way was kept lines.
    const start = d === 0 ? 0 : down ? reached(d - 1, previousK) : reached(d - 1, previousK) + 1;
    for (; x > start; x--) edits.push('keep');
    if (d > 0) {
      edits.push(down ? 'insert' : 'delete');
      x = reached(d - 1, previousK);
      k = previousK;
    }
  }
  return edits.reverse();
}

/** Consecutive edits as hunks, shifted by the common start set aside. */
function hunks(edits: readonly Edit[], offset: number): Hunk[] {
  const result: Hunk[] = [];
  let x = offset;
  let y = offset;
  let open: { oldStart: number; newStart: number } | null = null;
  for (const edit of edits) {
    if (edit === 'keep') {
      if (open !== null) result.push({ oldStart: open.oldStart, oldEnd: x, newStart: open.newStart, newEnd: y });
      open = null;
      x++;
      y++;
      continue;
    }
    open ??= { oldStart: x, newStart: y };
    if (edit === 'delete') x++;
    else y++;
  }
  if (open !== null) result.push({ oldStart: open.oldStart, oldEnd: x, newStart: open.newStart, newEnd: y });
  return result;
}
