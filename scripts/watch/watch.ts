/**
 * Watching LinkedIn's archived texts for what the data has not seen yet. For every archived document (an Open
 * Terms Archive repository and file): its newest capture against the newest revision the data records; and every
 * quote backing something in force today (a region's controller, the open-ended newest provision of a timeline)
 * looked up in that newest capture, with the change nearest to it since the revision the quote was read in.
 * Quotes of older provisions are history: they were true of their own period and are not checked against newer
 * texts.
 */
import type { SourceRecord } from '../../src/schema/index.js';
import { NoNetwork, type ArchiveReader, type Capture } from '../verify/archive-reader.js';
import { groupByArchivedText, type BackingPlace } from '../verify/archived-citations.js';
import { matchQuote, normaliseMarkdown } from '../verify/quote-match.js';
import { diffLines, type Hunk } from './line-diff.js';
import { nearestHunk, quoteLines } from './nearest-change.js';

/** What the watch reads from the data: the sources, and every citation with what it backs. */
export interface WatchInput {
  readonly sources: readonly SourceRecord[];
  readonly places: readonly BackingPlace[];
}

/** A revision the data records, and the source that records it. */
export interface RecordedRevision extends Capture {
  readonly source: string;
}

/** One archived document: where its captures stand against what the data records. */
export interface DocumentReport {
  readonly repository: string;
  readonly path: string;
  /**
   * `up-to-date`: the newest capture is a revision the data records; `to-acknowledge`: newer captures are not
   * recorded yet; `unreadable`: the document could not be read (see `error`).
   */
  readonly status: 'up-to-date' | 'to-acknowledge' | 'unreadable';
  /** The newest revision the data records. */
  readonly recorded: RecordedRevision;
  /** The newest capture in the archive; `null` when unreadable. */
  readonly newest: Capture | null;
  /** The captures newer than `recorded`, newest first. */
  readonly unrecorded: readonly Capture[];
  /** Why the document could not be read; `null` when it was. */
  readonly error: string | null;
}

/** Lines of one capture, `start` counted from 1 as editors and `git diff` count them. */
export interface Excerpt {
  readonly commit: string;
  readonly start: number;
  readonly lines: readonly string[];
}

/** The change nearest to a quote between the revision it was read in and the newest capture. */
export interface NearestChange {
  /** Unchanged lines between the change and the quote's lines: 0 when it changes or borders them. */
  readonly distance: number;
  /** The lines that held the quote in the revision it was read in, counted from 1. */
  readonly quoteAt: { readonly first: number; readonly last: number };
  /** The lines as they were (none for a pure insertion). */
  readonly before: Excerpt;
  /** The lines as they are in the newest capture (none for a pure deletion). */
  readonly after: Excerpt;
}

/** A quote backing something in force, looked up in the newest capture of its document. */
export interface QuoteReport {
  /** `missing`: the newest capture no longer holds it, so what it backs may be wrong now. */
  readonly status: 'present' | 'missing';
  readonly quote: string;
  readonly source: string;
  readonly repository: string;
  readonly path: string;
  /** The revision the quote was read in (its citation's `revision`, else its source's archive). */
  readonly readIn: Capture;
  /** The newest capture it was looked up in. */
  readonly newest: Capture;
  /** When missing: the longest start of the quote the newest capture still holds. */
  readonly stillThere: string | null;
  /** The change nearest to the quote since `readIn`; `null` when the text is unchanged. */
  readonly nearestChange: NearestChange | null;
  /** What the quote backs: each place in the data, with its claims. */
  readonly backs: readonly Pick<BackingPlace, 'where' | 'provision' | 'claims'>[];
}

/** The whole report. */
export interface WatchReport {
  /** 0: nothing to review; 1: something to review; 2: a document could not be read, or the data names a text it lacks. */
  readonly exitCode: 0 | 1 | 2;
  readonly documents: readonly DocumentReport[];
  /** Every quote backing something in force, missing ones first. */
  readonly quotes: readonly QuoteReport[];
  /** Citations the data cannot place: an unknown source, or a revision its source does not list. */
  readonly problems: readonly string[];
  /** Whether a document had to be read over the network and GitHub could not be reached. */
  readonly unreachable: boolean;
}

/** Runs the watch over `input`, reading the archives through `reader`. */
export async function watchSources(input: WatchInput, reader: ArchiveReader): Promise<WatchReport> {
  const texts = new Map<string, Promise<string>>();
  const textAt = (repository: string, commit: string, path: string): Promise<string> => {
    const key = `${repository}@${commit}:${path}`;
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = reader.text(repository, commit, path)));
    return text;
  };

  let unreachable = false;
  const documents: DocumentReport[] = [];
  for (const [key, recorded] of recordedRevisions(input.sources)) {
    const [repository = '', path = ''] = key.split('\n');
    const byDate = recorded.reduce((a, b) => (b.captured >= a.captured ? b : a));
    try {
      const captures = await reader.captures(repository, path);
      const newest = captures[0];
      if (newest === undefined) throw new Error(`${repository} has no capture of ${path}`);
      const seen = captures.findIndex((capture) => recorded.some((r) => r.commit === capture.commit));
      if (seen < 0) throw new Error(`no revision the data records of ${path} (${recorded.map((r) => short(r.commit)).join(', ')}) is in ${repository}'s history of it`);
      await textAt(repository, newest.commit, path);
      const newestRecorded = recorded.find((r) => r.commit === captures[seen]!.commit)!;
      const unrecorded = captures.slice(0, seen);
      documents.push({ repository, path, status: unrecorded.length === 0 ? 'up-to-date' : 'to-acknowledge', recorded: newestRecorded, newest, unrecorded, error: null });
    } catch (error) {
      if (error instanceof NoNetwork) unreachable = true;
      documents.push({ repository, path, status: 'unreadable', recorded: byDate, newest: null, unrecorded: [], error: (error as Error).message });
    }
  }

  const inForce = input.places.filter((place) => place.inForce);
  const { archived, errors } = groupByArchivedText(input.sources, inForce);
  const quotes: QuoteReport[] = [];
  for (const text of archived) {
    const { repository, path, commit } = text.archive;
    const document = documents.find((d) => d.repository === repository && d.path === path);
    if (document?.newest == null) continue;
    const { newest } = document;
    let before: string;
    try {
      before = await textAt(repository, commit, path);
    } catch (error) {
      documents.splice(documents.indexOf(document), 1, { ...document, status: 'unreadable', error: (error as Error).message });
      continue;
    }
    const after = await textAt(repository, newest.commit, path);
    const change = changes(before, after);
    const readable = normaliseMarkdown(after);
    for (const [quote, places] of byQuote(text.quotes)) {
      const match = matchQuote(readable, quote);
      quotes.push({
        status: match.found ? 'present' : 'missing',
        quote,
        source: text.sourceId,
        repository,
        path,
        readIn: { commit, captured: text.archive.captured },
        newest,
        stillThere: match.found ? null : match.longestPrefix,
        nearestChange: commit === newest.commit ? null : nearestChange(change, quote, commit, newest.commit),
        backs: places.map(({ where, provision, claims }) => ({ where, provision, claims })),
      });
    }
  }
  quotes.sort((a, b) => Number(a.status === 'present') - Number(b.status === 'present'));

  const exitCode = errors.length > 0 || documents.some((d) => d.status === 'unreadable') ? 2 : quotes.some((q) => q.status === 'missing') || documents.some((d) => d.status === 'to-acknowledge') ? 1 : 0;
  return { exitCode, documents, quotes, problems: errors, unreachable };
}

/** Every archived revision the sources record, by document (`repository\npath`). */
function recordedRevisions(sources: readonly SourceRecord[]): Map<string, RecordedRevision[]> {
  const documents = new Map<string, RecordedRevision[]>();
  for (const source of sources) {
    for (const archive of source.archive === null ? [] : [source.archive, ...source.revisions]) {
      const key = `${archive.repository}\n${archive.path}`;
      documents.set(key, [...(documents.get(key) ?? []), { commit: archive.commit, captured: archive.captured, source: source.id }]);
    }
  }
  return documents;
}

function byQuote<P extends BackingPlace>(places: readonly P[]): Map<string, P[]> {
  const quotes = new Map<string, P[]>();
  for (const place of places) quotes.set(place.citation.quote, [...(quotes.get(place.citation.quote) ?? []), place]);
  return quotes;
}

interface Changes {
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly hunks: readonly Hunk[];
}

function changes(before: string, after: string): Changes {
  const a = before.split('\n');
  const b = after.split('\n');
  return { before: a, after: b, hunks: diffLines(a, b) };
}

function nearestChange({ before, after, hunks }: Changes, quote: string, from: string, to: string): NearestChange | null {
  const range = quoteLines(before, quote) ?? { start: 0, end: before.length };
  const hunk = nearestHunk(hunks, range);
  if (hunk === null) return null;
  return {
    distance: hunk.distance,
    quoteAt: { first: range.start + 1, last: range.end },
    before: { commit: from, start: hunk.oldStart + 1, lines: before.slice(hunk.oldStart, hunk.oldEnd) },
    after: { commit: to, start: hunk.newStart + 1, lines: after.slice(hunk.newStart, hunk.newEnd) },
  };
}

function short(commit: string): string {
  return commit.slice(0, 12);
}
