import * as z from 'zod';
import { CitationsSchema } from './citation.js';
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
  /** The countries in the region, each with its default time zone. */
  countries: z.array(CountrySchema).min(1),
}).superRefine(requireNoteForNull);

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
export type { Controller, Country, Region } from '../types/region.js';
