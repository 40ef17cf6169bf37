import type { Colour } from './colour.js';

/** How text output is laid out: the colours to use and the column to wrap prose at. */
export interface TextStyle {
  readonly colour: Colour;
  readonly width: number;
}

/**
 * The width to wrap at: the terminal's, kept between 60 and 120 columns so prose stays readable, or a fixed
 * 100 for files and pipes so that output does not depend on who runs it.
 */
export function outputWidth(stream: { readonly isTTY?: boolean; readonly columns?: number }): number {
  if (stream.isTTY !== true || stream.columns === undefined) return 100;
  return Math.max(60, Math.min(120, stream.columns));
}

/**
 * Breaks `text` into lines of at most `width` columns at spaces, never inside a word (URLs stay whole), with
 * `indent` before the first line and `hanging` before the others.
 */
export function wrap(text: string, width: number, indent = '', hanging = indent): string[] {
  const lines: string[] = [];
  let line = indent;
  let empty = true;
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = hanging + word;
    } else {
      line += empty ? word : ` ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** The column at which field values start in a block: two spaces, a 13-column label, a space. */
export const LABEL_WIDTH = 16;

/**
 * A labelled field of a block, `  Label         value`, the value wrapped under itself. Each further entry
 * of `values` starts a new line in the value column; `paint` styles each finished line.
 */
export function field(
  label: string,
  values: string | readonly string[],
  style: TextStyle,
  paint: (line: string) => string = (line) => line,
): string[] {
  const head = `  ${label}`.padEnd(LABEL_WIDTH);
  const pad = ' '.repeat(LABEL_WIDTH);
  const out: string[] = [];
  for (const value of typeof values === 'string' ? [values] : values) {
    for (const line of wrap(value, style.width, pad, pad)) out.push(line);
  }
  if (out.length === 0) return [style.colour.dim(head.trimEnd())];
  // Wrapped with the value column as indent throughout, then the label put in front of the first line.
  return out.map((line, i) => (i === 0 ? style.colour.dim(head) + paint(line.slice(LABEL_WIDTH)) : pad + paint(line.slice(LABEL_WIDTH))));
}

/** A heading line: bold when colour is on. */
export function heading(text: string, style: TextStyle): string {
  return style.colour.bold(text);
}

/** Joins labels as prose: `a`, `a and b`, `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
