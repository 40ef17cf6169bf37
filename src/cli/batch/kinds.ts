import type { DecisionDraft } from '../../engine/explain.js';

/** The fields of a draft that are the same for every decision of a kind: all but the instant. */
type KindField = Exclude<keyof DecisionDraft, 'time'>;

/** A kind's fields, as the draft that made it had them, beside what was made from it. */
type Kind<Parts> = { readonly [Field in KindField]: DecisionDraft[Field] } & { readonly parts: Parts };

// A field added to the draft is a field of Kind, so `partsOf` no longer compiles until it stores it: compare it
// here as well.
function sameKind(kind: Kind<unknown>, draft: Readonly<DecisionDraft>): boolean {
  return (
    kind.reasons === draft.reasons &&
    kind.purpose === draft.purpose &&
    kind.region === draft.region &&
    kind.provision === draft.provision &&
    kind.timeZone === draft.timeZone &&
    kind.status === draft.status &&
    kind.sources === draft.sources &&
    kind.assumptions === draft.assumptions
  );
}

// Kinds are found by their assumption list, which the engine shares per provision, country and case (so by
// identity), then by comparing the other fields by identity. A list naming many member-given zones stops growing
// past a few dozen kinds, and the lists kept are capped, so a batch's memory stays flat whatever its members.
const KINDS_PER_LIST = 32;
const LISTS_KEPT = 4096;

/**
 * The decisions of a batch come in a few hundred kinds: everything but the instant is the same for every member
 * of a kind, so what is written for a kind is made once (by `make`) and reused. Only drafts whose shared parts
 * are frozen — the engine's own lists, never changed — are cached.
 */
export class DraftKinds<Parts> {
  readonly #byAssumptions = new Map<readonly string[], Kind<Parts>[]>();

  constructor(private readonly make: (draft: Readonly<DecisionDraft>) => Parts) {}

  /** What was made for `draft`'s kind; `undefined` when the kind is not cached (write the draft as it is). */
  partsOf(draft: Readonly<DecisionDraft>): Parts | undefined {
    let kinds = this.#byAssumptions.get(draft.assumptions);
    if (kinds === undefined) {
      if (!Object.isFrozen(draft.assumptions)) return undefined;
      if (this.#byAssumptions.size >= LISTS_KEPT) this.#byAssumptions.clear();
      kinds = [];
      this.#byAssumptions.set(draft.assumptions, kinds);
    }
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[i]!;
      if (sameKind(kind, draft)) return kind.parts;
    }
    if (kinds.length >= KINDS_PER_LIST || !Object.isFrozen(draft.reasons)) return undefined;
    const { purpose, status, reasons, region, timeZone, provision, sources, assumptions } = draft;
    const parts = this.make(draft);
    kinds.push({ purpose, status, reasons, region, timeZone, provision, sources, assumptions, parts });
    return parts;
  }
}
