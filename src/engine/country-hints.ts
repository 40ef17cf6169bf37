// Codes people write that ISO 3166-1 reserves for another use: the United Kingdom is GB, Greece is GR (EL is
// the European Union's own abbreviation for it). The library's error and the CLI's advice both read this list.
export const ISO_CODE_OF: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/** The ISO code a mistaken country code stands for, when it is one of the common mistakes. */
export function countryHint(value: unknown): string | undefined {
  return typeof value === 'string' && Object.hasOwn(ISO_CODE_OF, value.toUpperCase()) ? ISO_CODE_OF[value.toUpperCase()] : undefined;
}
