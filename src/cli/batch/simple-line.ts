import { PURPOSE_IDS } from '../../ids.js';

/** The member and moment read from an input line, filled in place so that reading a line makes no result object. */
export interface LineFields {
  member: unknown;
  /** The line's `at`, or `undefined` when it has none. */
  at: unknown;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const SPACE = 0x20;
const NOT_FOUND = -1;

/**
 * Reads the line shape that makes up nearly every batch — a flat object of the fields `country`, `birthDate`,
 * `timeZone` and `at` with plain string values, and `optOuts` as an object of purpose ids to `true`, `false` or a
 * plain string (`{"country":"DE","birthDate":"1990-01-01","optOuts":{"ai-training":true},"at":"2025-11-04"}`)
 * — without JSON.parse and without copying the parsed object to take `at` out of it, which together cost more
 * than answering the line. Returns `false`, having changed nothing that matters, for anything else: whitespace,
 * escapes, other keys or values, a key given twice, bad JSON. Such lines go through JSON.parse, so errors and
 * answers are the same either way. The line is `text` from `start` up to `stop`, read where it lies in a batch's
 * text rather than cut out of it.
 */
export function readSimpleLine(text: string, start: number, stop: number, into: LineFields): boolean {
  // The index of the line's closing brace.
  const end = stop - 1;
  if (end - start < 1 || text.charCodeAt(start) !== OPEN || text.charCodeAt(end) !== CLOSE) return false;
  let country: string | undefined;
  let birthDate: string | undefined;
  let timeZone: string | undefined;
  let optOuts: Record<string, string | boolean> | undefined;
  let at: string | undefined;
  let i = start + 1;
  for (;;) {
    // A key: one of five names, quoted, then a colon and a value.
    if (text.charCodeAt(i) !== QUOTE) return false;
    const keyEnd = text.indexOf('"', i + 1);
    // (A key cannot run past the line: its closing brace is in no name.)
    if (keyEnd < 0 || keyEnd >= end || text.charCodeAt(keyEnd + 1) !== COLON) return false;
    // Compared by length and characters without slicing the key out.
    const keyLength = keyEnd - i - 1;
    if (keyLength === 7 && isAt(text, i + 1, 'optOuts')) {
      if (optOuts !== undefined) return false;
      optOuts = readOptOuts(text, keyEnd + 2, end);
      if (optOuts === undefined) return false;
      i = optOutsEnd;
    } else {
      const valueEnd = stringEnd(text, keyEnd + 2, end);
      if (valueEnd < 0) return false;
      const value = text.slice(keyEnd + 3, valueEnd);
      if (keyLength === 7 && isAt(text, i + 1, 'country')) {
        if (country !== undefined) return false;
        country = value;
        } else if (keyLength === 9 && isAt(text, i + 1, 'birthDate')) {
        if (birthDate !== undefined) return false;
        birthDate = value;
        } else if (keyLength === 8 && isAt(text, i + 1, 'timeZone')) {
        if (timeZone !== undefined) return false;
        timeZone = value;
        } else if (keyLength === 2 && isAt(text, i + 1, 'at')) {
        if (at !== undefined) return false;
        at = value;
      } else {
        return false;
      }
      i = valueEnd + 1;
    }
    if (i === end) break;
    if (text.charCodeAt(i) !== COMMA) return false;
    i++;
  }
  // The member the library is given: the fields JSON.parse and `{ at, ...member }` would give, with those the line
  // leaves out as undefined, which the library reads as not given. One shape for every line, so that the library
  // reads each member's fields from an object of one hidden class, whichever fields the lines give.
  into.member = { country, birthDate, timeZone, optOuts };
  into.at = at;
  return true;
}

/**
 * The index of the closing quote of a plain JSON string (no escapes, no control characters) that opens at
 * `start`, before `limit`; `NOT_FOUND` for anything else. Escapes and control characters (which JSON refuses)
 * are left to JSON.parse.
 */
function stringEnd(text: string, start: number, limit: number): number {
  if (text.charCodeAt(start) !== QUOTE) return NOT_FOUND;
  for (let j = start + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j;
    if (c === BACKSLASH || c < SPACE) return NOT_FOUND;
  }
  return NOT_FOUND;
}

// Where the last opt-outs object read ended (the index after its `}`): a second result without an object per line.
let optOutsEnd = 0;

/**
 * The opt-outs object that opens at `start`, before `limit`, when each key is a purpose id given once (as the
 * library's own constant, so that the key is not a fresh string) and each value `true`, `false` or a plain
 * string; `undefined` for anything else, which JSON.parse then reads (and the library refuses, if it must).
 */
function readOptOuts(text: string, start: number, limit: number): Record<string, string | boolean> | undefined {
  if (text.charCodeAt(start) !== OPEN) return undefined;
  const optOuts: Record<string, string | boolean> = {};
  let i = start + 1;
  if (text.charCodeAt(i) === CLOSE && i < limit) {
    optOutsEnd = i + 1;
    return optOuts;
  }
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return undefined;
    const keyEnd = text.indexOf('"', i + 1);
    if (keyEnd < 0 || keyEnd >= limit || text.charCodeAt(keyEnd + 1) !== COLON) return undefined;
    const purpose = purposeNamed(text, i + 1, keyEnd);
    if (purpose === undefined || purpose in optOuts) return undefined;
    const valueStart = keyEnd + 2;
    let valueEnd: number;
    if (isAt(text, valueStart, 'true')) {
      optOuts[purpose] = true;
      valueEnd = valueStart + 4;
    } else if (isAt(text, valueStart, 'false')) {
      optOuts[purpose] = false;
      valueEnd = valueStart + 5;
    } else {
      const quote = stringEnd(text, valueStart, limit);
      if (quote < 0) return undefined;
      optOuts[purpose] = text.slice(valueStart + 1, quote);
      valueEnd = quote + 1;
    }
    const c = text.charCodeAt(valueEnd);
    if (c === CLOSE && valueEnd < limit) {
      optOutsEnd = valueEnd + 1;
      return optOuts;
    }
    if (c !== COMMA) return undefined;
    i = valueEnd + 1;
  }
}

/** The purpose id written at `text[from, to)`, or `undefined` when it is none. */
function purposeNamed(text: string, from: number, to: number): string | undefined {
  for (const id of PURPOSE_IDS) if (to - from === id.length && isAt(text, from, id)) return id;
  return undefined;
}

/** Whether `name` is written in `text` from `at`: char by char, cheaper here than startsWith with a position. */
function isAt(text: string, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (text.charCodeAt(at + k) !== name.charCodeAt(k)) return false;
  return true;
}
