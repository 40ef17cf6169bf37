import { decisionOf, type DecisionDraft } from '../../engine/explain.js';
import type { Decision } from '../../index.js';
import type { ByteOutput } from './bytes.js';
import { writeInstant } from './compact.js';
import { DraftKinds } from './kinds.js';

// Keyed by the frozen objects the library hands out again and again (a provision, its list of sources): each is
// stringified and encoded once per run instead of once per member. They are most of a decision's JSON, and their
// quotes hold characters outside Latin-1, which makes encoding them the costliest part of writing a decision.
const frozenBytes = new WeakMap<object, Uint8Array>();

function sharedBytes(value: object): Uint8Array {
  let bytes = frozenBytes.get(value);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(value), 'utf8');
    frozenBytes.set(value, bytes);
  }
  return bytes;
}

/** A value the library shares between decisions: a frozen object that is not a list of strings. */
function isShared(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) return false;
  return !(Array.isArray(value) && (value.length === 0 || typeof value[0] === 'string'));
}

/**
 * A whole decision's JSON as UTF-8 pieces around its instant. The shared pieces (a provision, its sources) are
 * the encoded bytes of those objects, referred to rather than copied, so a kind costs a few hundred bytes.
 */
interface FullParts {
  /** Up to the instant's opening quote, included. */
  readonly before: readonly Uint8Array[];
  /** From the instant's closing quote on. */
  readonly after: readonly Uint8Array[];
}

/**
 * The pieces of `JSON.stringify(decision)`, byte for byte. Keys are walked in the decision's own order, so the
 * output follows any change to the Decision shape by itself.
 */
function partsOf(decision: Decision): FullParts {
  const before: Uint8Array[] = [];
  const after: Uint8Array[] = [];
  let pieces = before;
  let json = '{';
  let first = true;
  for (const key in decision) {
    const value: unknown = decision[key as keyof Decision];
    if (value === undefined) continue;
    json += `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (key === 'at') {
      pieces.push(Buffer.from(`${json}"`));
      pieces = after;
      json = '"';
    } else if (isShared(value)) {
      pieces.push(Buffer.from(json), sharedBytes(value));
      json = '';
    } else {
      json += JSON.stringify(value);
    }
  }
  pieces.push(Buffer.from(`${json}}`));
  return { before, after };
}

const fullKinds = new DraftKinds<FullParts>((draft) => partsOf(decisionOf(draft)));

function writePieces(pieces: readonly Uint8Array[], out: ByteOutput): void {
  for (let i = 0; i < pieces.length; i++) out.writeBytes(pieces[i]!);
}

/**
 * Writes `JSON.stringify(decision)` of the decision `draft` describes, byte for byte in UTF-8, to `out`: each kind
 * of decision is put together once, and then only its instant is written per decision.
 */
export function writeFullDecision(draft: Readonly<DecisionDraft>, out: ByteOutput): void {
  const parts = fullKinds.partsOf(draft) ?? partsOf(decisionOf(draft));
  writePieces(parts.before, out);
  writeInstant(draft.time, out);
  writePieces(parts.after, out);
}
