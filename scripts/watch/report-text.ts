/**
 * The watch report as a maintainer reads it: quotes in force that are gone first (the data may be wrong now),
 * then documents that could not be read, then captures to acknowledge, then where every document stands.
 */
import type { Capture } from '../verify/archive-reader.js';
import type { DocumentReport, Excerpt, NearestChange, QuoteReport, WatchReport } from './watch.js';

/** Changes this many unchanged lines away from a present quote, or nearer, are shown with it. */
const SHOWN_WITHIN = 2;
/** Characters of a changed line shown around its first difference: policy paragraphs are one long line each. */
const WIDTH = 220;
/** Lines shown of each side of a change; a rewritten document changes hundreds. */
const LINES = 6;

/** The report as text, one finding after another, ending with the result and the exit code. */
export function reportText(report: WatchReport): string {
  const out: string[] = [];
  const missing = report.quotes.filter((q) => q.status === 'missing');
  const unreadable = report.documents.filter((d) => d.status === 'unreadable');
  const toAcknowledge = report.documents.filter((d) => d.status === 'to-acknowledge');

  if (report.unreachable) {
    out.push(
      'watch:sources reads the archives from a local clone (--git-dir owner/name=PATH) or from GitHub; GitHub could not be reached',
      'and no local clone was given for the documents below, so they were not checked.',
      '',
    );
  }
  if (missing.length > 0) {
    out.push(`${missing.length} quote(s) backing claims in force are missing from the newest capture of their text: the data may be wrong now.`);
    out.push('Correct these claims from the newest text first (see docs/maintaining.md).', '');
    for (const quote of missing) out.push(...missingQuote(quote), '');
  }
  for (const problem of report.problems) out.push(`DATA ERROR   ${problem}`);
  for (const document of unreadable) out.push(`UNREADABLE   ${document.repository} ${document.path}: ${document.error}`);
  if (report.problems.length + unreadable.length > 0) out.push('');
  for (const document of toAcknowledge) out.push(...acknowledge(document, quotesOf(report, document)), '');

  out.push('Documents:');
  for (const document of report.documents) out.push(`  ${standing(document, quotesOf(report, document))}`);
  out.push('');
  const verdict = report.exitCode === 0 ? 'nothing to review' : report.exitCode === 1 ? 'something to review' : 'not everything could be read';
  out.push(
    `${missing.length} quote(s) in force missing, ${toAcknowledge.length} capture(s) to acknowledge, ${unreadable.length} document(s) unreadable, ` +
      `${report.quotes.length - missing.length} quote(s) in force present: ${verdict} (exit ${report.exitCode}).`,
  );
  return `${out.join('\n')}\n`;
}

function missingQuote(quote: QuoteReport): string[] {
  return [
    `MISSING      “${quote.quote}”`,
    `  source     ${quote.source}, read in ${quote.repository} ${quote.path} at ${capture(quote.readIn)}`,
    `  gone from  the newest capture ${capture(quote.newest)}; it still holds only: “${quote.stillThere ?? ''}”`,
    ...quote.backs.map((place) => `  backs      ${place.where}: ${place.claims.join('; ')}`),
    ...(quote.nearestChange === null ? [] : change(quote.nearestChange, '  ')),
  ];
}

function acknowledge(document: DocumentReport, quotes: readonly QuoteReport[]): string[] {
  const newest = document.newest!;
  const missing = quotes.filter((q) => q.status === 'missing').length;
  const lines = [
    `ACKNOWLEDGE  ${document.repository} ${document.path}`,
    `  newest     capture ${capture(newest)}; the data records up to ${capture(document.recorded)} (${document.recorded.source})`,
    `  since      ${document.unrecorded.map(capture).join(', ')}`,
    `  quotes     ${quotes.length} in force read in this document: ${missing === 0 ? 'all present' : `${missing} missing (above): correct those claims before acknowledging`}`,
  ];
  for (const quote of quotes.filter((q) => q.status === 'present')) {
    const near = quote.nearestChange;
    const distance = near === null ? 'unchanged since it was read' : near.distance === 0 ? 'a change borders it' : `nearest change ${near.distance} line(s) away`;
    lines.push(`    present  “${clip(quote.quote, 0, 90)}” — ${distance}`);
    if (near !== null && near.distance <= SHOWN_WITHIN) lines.push(...change(near, '      '));
  }
  lines.push(
    `  record     once reviewed, in data/sources.json, in "revisions" of ${document.recorded.source}:`,
    `             ${JSON.stringify({ repository: document.repository, path: document.path, commit: newest.commit, captured: newest.captured })}`,
  );
  return lines;
}

function standing(document: DocumentReport, quotes: readonly QuoteReport[]): string {
  const where = `${document.repository} ${document.path}`;
  const present = quotes.filter((q) => q.status === 'present').length;
  const counted = `${present} of ${quotes.length} quote(s) in force present`;
  switch (document.status) {
    case 'up-to-date':
      return `up to date      ${where}: newest capture ${capture(document.newest!)} is recorded (${document.recorded.source}); ${counted}`;
    case 'to-acknowledge':
      return `to acknowledge  ${where}: newest capture ${capture(document.newest!)}, recorded up to ${capture(document.recorded)}; ${counted}`;
    case 'unreadable':
      return `unreadable      ${where}: recorded up to ${capture(document.recorded)}; not checked`;
  }
}

function change(near: NearestChange, indent: string): string[] {
  const before = shown(near.before, near.quoteAt.first);
  const after = shown(near.after, near.after.start + Math.max(0, near.quoteAt.first - near.before.start));
  const other = (lines: readonly Line[], i: number) => lines[i]?.text ?? '';
  return [
    `${indent}nearest change: ${span(near.before)} → ${span(near.after)}`,
    ...before.lines.map((line, i) => `${indent}  - ${clip(line.text, firstDifference(line.text, other(after.lines, i)), WIDTH)}`),
    ...(before.more > 0 ? [`${indent}  - … and ${before.more} more changed line(s)`] : []),
    ...after.lines.map((line, i) => `${indent}  + ${clip(line.text, firstDifference(line.text, other(before.lines, i)), WIDTH)}`),
    ...(after.more > 0 ? [`${indent}  + … and ${after.more} more line(s)`] : []),
  ];
}

interface Line {
  readonly number: number;
  readonly text: string;
}

/** At most {@link LINES} non-blank lines of an excerpt, from the one nearest to line `focus` on. */
function shown({ start, lines }: Excerpt, focus: number): { lines: Line[]; more: number } {
  const text = lines.map((line, i) => ({ number: start + i, text: line })).filter((line) => line.text.trim() !== '');
  const from = Math.max(0, Math.min(text.findIndex((line) => line.number >= focus), text.length - LINES));
  const picked = text.slice(from < 0 ? 0 : from, (from < 0 ? 0 : from) + LINES);
  return { lines: picked, more: text.length - picked.length };
}

function span({ commit, start, lines }: Excerpt): string {
  if (lines.length === 0) return `nothing (before line ${start} of ${commit.slice(0, 12)})`;
  return `line${lines.length === 1 ? ` ${start}` : `s ${start}–${start + lines.length - 1}`} of ${commit.slice(0, 12)}`;
}

function quotesOf(report: WatchReport, document: DocumentReport): QuoteReport[] {
  return report.quotes.filter((q) => q.repository === document.repository && q.path === document.path);
}

function capture({ commit, captured }: Capture): string {
  return `${commit.slice(0, 12)} (${captured})`;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** `width` characters of `line` around `at`, with … where it is cut. */
function clip(line: string, at: number, width: number): string {
  if (line.length <= width) return line;
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), line.length - width));
  return `${start > 0 ? '…' : ''}${line.slice(start, start + width)}${start + width < line.length ? '…' : ''}`;
}
