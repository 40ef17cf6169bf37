/**
 * The mapping fields every vocabulary entry and region carries, and the rule that a `null` mapping says why.
 * Kept apart from the public schemas: entries spread the fields into their own object schemas.
 */
import * as z from 'zod';

/**
 * A term of the W3C Data Privacy Vocabulary (DPV 2.3), as its full IRI under `https://w3id.org/dpv`: core
 * (`dpv#`), personal data (`dpv/pd#`), AI (`dpv/ai#`), locations (`dpv/loc#`), laws (`dpv/legal/eu/gdpr#`) and
 * the other extensions.
 *
 * @example
 * ```ts
 * import { DpvIriSchema } from 'linkedin-policy-data/schema';
 * DpvIriSchema.safeParse('https://w3id.org/dpv/ai#ModelTraining').success; // => true
 * DpvIriSchema.safeParse('dpv:Purpose').success; // => false
 * ```
 */
export const DpvIriSchema = z
  .string()
  .regex(/^https:\/\/w3id\.org\/dpv(?:\/[a-z0-9-]+)*#[A-Za-z0-9_.-]+$/, 'expected a full DPV IRI, https://w3id.org/dpv…#Term')
  .meta({ description: 'A full IRI of a W3C Data Privacy Vocabulary 2.3 term.' });

/**
 * A key of Ethyca's fideslang taxonomy: lower-case words joined by dots, such as `train_ai_system` or
 * `user.content.public`.
 *
 * @example
 * ```ts
 * import { FideslangKeySchema } from 'linkedin-policy-data/schema';
 * FideslangKeySchema.safeParse('marketing.advertising.third_party.targeted').success; // => true
 * ```
 */
export const FideslangKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$/, 'expected a fideslang key, dot-separated lower-case words')
  .meta({ description: 'A fideslang taxonomy key.' });

const distinct = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .min(1)
    .refine((list) => new Set(list).size === list.length, { message: 'a term is listed twice' });

/**
 * The fields that map a vocabulary id or a region to the standard vocabularies privacy tools speak. The
 * fields sit in the entry itself (spread into its object schema).
 */
export const vocabularyMappingShape = {
  /** The closest DPV 2.3 terms, full IRIs; `null` when none fits (the note says why). */
  dpv: distinct(DpvIriSchema)
    .nullable()
    .meta({ description: 'The closest W3C DPV 2.3 terms, as full IRIs; null when none fits (the note says why).' }),
  /** The closest fideslang keys; `null` when none fits (the note says why). */
  fideslang: distinct(FideslangKeySchema)
    .nullable()
    .meta({ description: 'The closest fideslang keys; null when none fits (the note says why).' }),
  /** How the terms fit, or why none does; required where a mapping is `null`. */
  note: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'How the terms fit, or why none does; required where a mapping is null.' }),
};

/** A `null` mapping must say why no term fits, so that "not mapped" never reads as "forgotten". */
export function requireNoteForNull(
  entry: { readonly dpv: readonly string[] | null; readonly fideslang: readonly string[] | null; readonly note?: string | undefined },
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  if (entry.note !== undefined) return;
  for (const key of ['dpv', 'fideslang'] as const) {
    if (entry[key] === null) ctx.addIssue({ code: 'custom', path: ['note'], message: `a note is required to say why no ${key} term fits` });
  }
}
