/**
 * The facts a provision states, one claim each, and the keys data editors use to say which claims a citation
 * supports: the field name for a single-valued claim (`status`, `lawfulBasis`), `field:value` for one entry of a
 * list (`dataCategories:profile`, `optOut.paths:https://…`).
 */

/** Every kind of claim a provision can make, in the order claims are listed. */
export const CLAIM_FIELDS = [
  'status',
  'default',
  'acceptance',
  'lawfulBasis',
  'minimumAge',
  'dataCategories',
  'excludedData',
  'optOut.effect',
  'optOut.paths',
] as const;

/** The kind of fact a claim states. */
export type ClaimField = (typeof CLAIM_FIELDS)[number];

/** The fields whose claims come one per list entry; a citation names the entry after a colon. */
const LIST_FIELDS: ReadonlySet<ClaimField> = /* @__PURE__ */ new Set(['dataCategories', 'excludedData', 'optOut.paths']);

/** One fact a provision states, before its evidence is attached. */
export interface ClaimStatement {
  readonly field: ClaimField;
  readonly value: string | number;
  /** How citations name this claim in `supports`. */
  readonly key: string;
}

/** The parts of a provision that make claims: the same fields as in `data/<purpose>.json`. */
export interface ClaimingFields {
  readonly status: string;
  readonly default: string | null;
  readonly acceptance: string | null;
  readonly lawfulBasis: string | null;
  readonly minimumAge: number | null;
  readonly dataCategories: readonly string[] | null;
  readonly excludedData: readonly string[] | null;
  readonly optOut: {
    readonly effect: string;
    readonly paths: readonly { readonly label: string; readonly url?: string | undefined }[];
  } | null;
}

/** The key a citation uses in `supports` for the claim `field` (and, for list fields, `value`). */
export function claimKey(field: ClaimField, value: string | number): string {
  return LIST_FIELDS.has(field) ? `${field}:${value}` : field;
}

/**
 * Every claim a provision makes, in {@link CLAIM_FIELDS} order, list entries in their order. A `null` field makes
 * no claim, and neither does an opt-out effect of `unknown`: it says that no source states one.
 */
export function claimStatements(provision: ClaimingFields): ClaimStatement[] {
  const claims: ClaimStatement[] = [];
  const single = (field: ClaimField, value: string | number | null) => {
    if (value !== null) claims.push({ field, value, key: claimKey(field, value) });
  };
  const list = (field: ClaimField, values: readonly string[] | null | undefined) => {
    for (const value of values ?? []) claims.push({ field, value, key: claimKey(field, value) });
  };
  single('status', provision.status);
  single('default', provision.default);
  single('acceptance', provision.acceptance);
  single('lawfulBasis', provision.lawfulBasis);
  single('minimumAge', provision.minimumAge);
  list('dataCategories', provision.dataCategories);
  list('excludedData', provision.excludedData);
  const optOut = provision.optOut;
  if (optOut !== null) {
    single('optOut.effect', optOut.effect === 'unknown' ? null : optOut.effect);
    list('optOut.paths', optOut.paths.map((path) => path.url ?? path.label));
  }
  return claims;
}
