import * as z from 'zod';

// The enums of a provision's single-valued fields, shared by the provision schema and the claim schema (whose
// `value` is typed by its `field`), so each list of values is written once.

/** A provision's status. */
export const ProvisionStatusSchema = z.enum(['subject', 'not-subject', 'unknown']);
/** Whether members are in unless they opt out. */
export const DefaultSchema = z.enum(['on', 'off']);
/** How LinkedIn takes members to accept. */
export const AcceptanceSchema = z.enum(['continued-use', 'consent']);
/** What opting out does: `unknown` when no source says. */
export const OptOutEffectSchema = z.enum(['prospective', 'unknown']);
