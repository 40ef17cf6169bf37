/**
 * Questions as plain JSON, so that the same questions can be asked of the engine in this process and in a child
 * process running under another host TZ, and the answers compared as JSON. Imported by the property test and by
 * host-zone-child.ts; it must not import fast-check or vitest.
 */
import type * as Api from '../../../src/index.js';

/** A JSON-safe value that may stand for a Date: `{ $date: epochMs }`. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type Question =
  | { readonly fn: 'decide'; readonly purpose: string; readonly member: Json; readonly at: Json }
  | { readonly fn: 'aiTrainingExposure'; readonly member: Json; readonly range: Json | null }
  | { readonly fn: 'optOutPaths'; readonly country: string; readonly purpose: string; readonly at: Json }
  | { readonly fn: 'isDataStale'; readonly now: Json; readonly maxAgeDays: number };

/** Turns `{ $date: ms }` back into Dates, anywhere in the value. */
export function revive(value: Json): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value !== null && typeof value === 'object') {
    if (typeof value['$date'] === 'number' && Object.keys(value).length === 1) return new Date(value['$date']);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

/** Writes Dates as `{ $date: ms }`, anywhere in the value. */
export function encode(value: unknown): Json {
  if (value instanceof Date) return { $date: value.getTime() };
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value as Json;
}

/** The engine's answer to a question, as a JSON string: the result, or the PolicyInputError's code, field and message. */
export function answer(api: typeof Api, q: Question): string {
  try {
    switch (q.fn) {
      case 'decide':
        return JSON.stringify(api.decide(q.purpose as never, revive(q.member) as never, revive(q.at) as never));
      case 'aiTrainingExposure':
        return JSON.stringify(api.aiTrainingExposure(revive(q.member) as never, q.range === null ? undefined : (revive(q.range) as never)));
      case 'optOutPaths':
        return JSON.stringify(api.optOutPaths(q.country, q.purpose as never, revive(q.at) as never));
      case 'isDataStale':
        return JSON.stringify(api.isDataStale(revive(q.now) as never, q.maxAgeDays));
    }
  } catch (error) {
    if (error instanceof api.PolicyInputError) return JSON.stringify({ error: error.code, field: error.field, message: error.message });
    return JSON.stringify({ unexpected: String(error) });
  }
}
