// Codes people write that ISO 3166-1 reserves for another use: the United Kingdom is GB, Greece is GR (EL is
// the European Union's own abbreviation for it). `INVALID_COUNTRY`'s message suggests the code, and the CLI prints that message.
export const ISO_CODE_OF: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['UK', 'GB'],
  ['EL', 'GR'],
]);

/** The ISO code a mistaken country code stands for, when it is one of the common mistakes. */
export function countryHint(value: unknown): string | undefined {
  return typeof value === 'string' ? ISO_CODE_OF.get(value.toUpperCase()) : undefined;
}
