import type { Decision } from '../../index.js';
import type { ByteOutput } from './bytes.js';

// Keyed by the frozen objects the library hands out again and again (a provision, its list of sources): each is
// stringified and encoded once per run instead of once per member. They are most of a decision's JSON, and their
// quotes hold characters outside Latin-1, which makes encoding them the costliest part of writing a decision.
const frozenBytes = new WeakMap<object, Uint8Array>();

/** The JSON of a value that is not shared between decisions; `undefined` for a shared one (or an absent key). */
function ownJson(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'null' : `"${value.toISOString()}"`;
  // Short lists of strings (reasons, assumptions) are cheaper to stringify than to look up, and the
  // assumptions list is new for every decision, so caching it would only fill the map.
  if (Array.isArray(value) && (value.length === 0 || typeof value[0] === 'string')) return JSON.stringify(value);
  if (!Object.isFrozen(value)) return JSON.stringify(value);
  return undefined;
}

function sharedBytes(value: object): Uint8Array {
  let bytes = frozenBytes.get(value);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(value), 'utf8');
    frozenBytes.set(value, bytes);
  }
  return bytes;
}

/**
 * Writes `JSON.stringify(decision)`, byte for byte in UTF-8, to `out`, faster for a batch: the provision and
 * sources objects the library shares between decisions are encoded once and copied in. Keys are walked in the
 * decision's own order, so the output follows any change to the Decision shape by itself.
 */
export function writeDecisionJson(decision: Decision, out: ByteOutput): void {
  let json = '{';
  let first = true;
  for (const key in decision) {
    const value: unknown = decision[key as keyof Decision];
    if (value === undefined) continue;
    json += `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    const own = ownJson(value);
    if (own !== undefined) {
      json += own;
    } else {
      out.write(json);
      out.writeBytes(sharedBytes(value as object));
      json = '';
    }
  }
  out.write(`${json}}`);
}
