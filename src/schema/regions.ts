import * as z from 'zod';
import { CitationSchema, CitationsSchema } from './citation.js';
import { RegionIdSchema } from './ids.js';
import { requireNoteForNull, vocabularyMappingShape } from './mapping-fields.js';

const isIanaZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/**
 * An ISO 3166-1 alpha-2 country code with the IANA time zone of its capital, the zone in which the library
 * reads dates for members of that country unless they give their own.
 *
 * @example
 * ```ts
 * import { CountrySchema } from 'linkedin-policy-data/schema';
 * CountrySchema.parse({ code: 'DE', timeZone: 'Europe/Berlin' });
 * ```
 */
export const CountrySchema = z.strictObject({
  /** Upper-case ISO 3166-1 alpha-2 code. */
  code: z.string().regex(/^[A-Z]{2}$/, 'expected an upper-case ISO 3166-1 alpha-2 code'),
  /** The IANA time zone of the country's capital: where the member's dates are read unless they give a zone. */
  timeZone: z
    .string()
    .refine(isIanaZone, { message: 'expected an IANA time zone known to Intl' })
    .meta({ description: "The IANA time zone of the country's capital." }),
});

/**
 * The data controller for a region's members, with its evidence.
 *
 * @example
 * ```ts
 * import { ControllerSchema } from 'linkedin-policy-data/schema';
 * ControllerSchema.shape.name.parse('LinkedIn Corporation');
 * ```
 */
export const ControllerSchema = z.strictObject({
  /** The LinkedIn company responsible for the members' data. */
  name: z.string().min(1),
  /** Where that company is established. */
  location: z.string().min(1),
  /** The evidence naming the controller. */
  citations: CitationsSchema,
});

/**
 * A policy region: its id, name, its closest DPV location terms (and fideslang's, which has none), data
 * controller and member countries.
 *
 * @example
 * ```ts
 * import { RegionSchema } from 'linkedin-policy-data/schema';
 * RegionSchema.shape.id.options.length; // => 8
 * ```
 */
export const RegionSchema = z.strictObject({
  /** The region id. */
  id: RegionIdSchema,
  /** The region's name in English. */
  name: z.string().min(1),
  ...vocabularyMappingShape,
  /** The data controller for members in the region. */
  controller: ControllerSchema,
  /**
   * The countries in the region, each with its default time zone: those a text places here first, then those
   * for which it is the nominal one of several candidate regions (see `regionOf`).
   */
  countries: z.array(CountrySchema).min(1),
}).superRefine(requireNoteForNull);

/**
 * What settles a placement: a LinkedIn text, the law that makes a territory part of a region, or nothing.
 *
 * @example
 * ```ts
 * import { PlacementBasisSchema } from 'linkedin-policy-data/schema';
 * PlacementBasisSchema.options; // => ['linkedin-text', 'law', 'no-source']
 * ```
 */
export const PlacementBasisSchema = z.enum(['linkedin-text', 'law', 'no-source']);

/**
 * Why some countries are answered under the regions they are: the candidate regions, the first being the one
 * whose `countries` list them; what settles it; the reason in words; and the texts it rests on. Several
 * candidates mean that no source says which regime applies there.
 *
 * @example
 * ```ts
 * import { PlacementSchema } from 'linkedin-policy-data/schema';
 * PlacementSchema.parse({ countries: ['XK'], candidates: ['rest-of-world'], basis: 'no-source', reason: 'no text names it', citations: [] }).basis;
 * // => 'no-source'
 * ```
 */
export const PlacementSchema = z
  .strictObject({
    /** The countries placed, upper-case ISO 3166-1 alpha-2 codes (and XK). */
    countries: z.array(CountrySchema.shape.code).min(1),
    /** The regions whose terms may apply, each once; the first (the nominal region) lists the countries. */
    candidates: z.array(RegionIdSchema).min(1),
    /** `linkedin-text` or `law` when a text settles the region; `no-source` when none does. */
    basis: PlacementBasisSchema,
    /** The reason, in words. */
    reason: z.string().min(1),
    /** The texts the reason rests on, each with its verbatim quote; empty only when no source says. */
    citations: z.array(CitationSchema),
  })
  .superRefine((placement, ctx) => {
    if (new Set(placement.candidates).size !== placement.candidates.length) {
      ctx.addIssue({ code: 'custom', path: ['candidates'], message: 'a candidate region is named twice' });
    }
    if (placement.candidates.length > 1 && placement.basis !== 'no-source') {
      ctx.addIssue({ code: 'custom', path: ['basis'], message: "several candidate regions mean that no source settles it: basis 'no-source'" });
    }
    if (placement.basis !== 'no-source' && placement.citations.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['citations'], message: `a placement on basis '${placement.basis}' cites the text that settles it` });
    }
  });

/**
 * `data/regions.json`: every region once, and every country in exactly one region.
 *
 * @example
 * ```ts
 * import { RegionsFileSchema } from 'linkedin-policy-data/schema';
 * import regions from 'linkedin-policy-data/data/regions.json' with { type: 'json' };
 * RegionsFileSchema.parse(regions).regions.length; // => 8
 * ```
 */
export const RegionsFileSchema = z
  .strictObject({
    /** The JSON Schema file editors validate against. */
    $schema: z.string().optional(),
    /** Every region, each once. */
    regions: z.array(RegionSchema),
    /** Why each country is in its region: every country in exactly one placement. */
    placements: z.array(PlacementSchema),
  })
  .superRefine((file, ctx) => {
    const regionAt = new Map<string, number>();
    file.regions.forEach((region, i) => {
      if (regionAt.has(region.id)) {
        ctx.addIssue({ code: 'custom', path: ['regions', i, 'id'], message: `region "${region.id}" is defined twice` });
      }
      regionAt.set(region.id, i);
    });
    for (const id of RegionIdSchema.options) {
      if (!regionAt.has(id)) ctx.addIssue({ code: 'custom', path: ['regions'], message: `region "${id}" is missing` });
    }
    const owner = new Map<string, string>();
    file.regions.forEach((region, i) => {
      region.countries.forEach((country, j) => {
        const first = owner.get(country.code);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['regions', i, 'countries', j, 'code'],
            message: `country "${country.code}" is in region "${first}" and again in "${region.id}"`,
          });
        }
        owner.set(country.code, region.id);
      });
    });
    const placed = new Set<string>();
    file.placements.forEach((placement, i) => {
      placement.countries.forEach((code, j) => {
        const path = ['placements', i, 'countries', j];
        if (placed.has(code)) ctx.addIssue({ code: 'custom', path, message: `country "${code}" is placed twice` });
        placed.add(code);
        if (owner.get(code) !== placement.candidates[0]) {
          ctx.addIssue({ code: 'custom', path, message: `country "${code}" must be listed in region "${placement.candidates[0]}", its first candidate` });
        }
      });
    });
    for (const code of owner.keys()) {
      if (!placed.has(code)) ctx.addIssue({ code: 'custom', path: ['placements'], message: `country "${code}" has no placement saying why it is in its region` });
    }
  })
  .meta({ title: 'linkedin-policy-data regions', description: 'Regions, their controllers and their countries.' });

/**
 * The parsed contents of `data/regions.json`.
 *
 * @example
 * ```ts
 * import { RegionsFileSchema, type RegionsFile } from 'linkedin-policy-data/schema';
 * import json from 'linkedin-policy-data/data/regions.json' with { type: 'json' };
 * const file: RegionsFile = RegionsFileSchema.parse(json);
 * file.regions.length; // => 8
 * ```
 *
 * @interface
 */
export type RegionsFile = z.infer<typeof RegionsFileSchema>;
export type { Controller, Country, Placement, PlacementBasis, Region } from '../types/region.js';
