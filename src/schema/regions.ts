import * as z from 'zod';
import { CitationsSchema } from './citation.js';
import { RegionIdSchema } from './ids.js';

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
  code: z.string().regex(/^[A-Z]{2}$/, 'expected an upper-case ISO 3166-1 alpha-2 code'),
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
  name: z.string().min(1),
  location: z.string().min(1),
  citations: CitationsSchema,
});

/**
 * A policy region: its id, name, data controller and member countries.
 *
 * @example
 * ```ts
 * import { RegionSchema } from 'linkedin-policy-data/schema';
 * RegionSchema.shape.id.options.length; // 8
 * ```
 */
export const RegionSchema = z.strictObject({
  id: RegionIdSchema,
  name: z.string().min(1),
  controller: ControllerSchema,
  countries: z.array(CountrySchema).min(1),
});

/**
 * `data/regions.json`: every region once, and every country in exactly one region.
 *
 * @example
 * ```ts
 * import { RegionsFileSchema } from 'linkedin-policy-data/schema';
 * import regions from 'linkedin-policy-data/data/regions.json' with { type: 'json' };
 * RegionsFileSchema.parse(regions).regions.length; // 8
 * ```
 */
export const RegionsFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
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

/** A country code with its default time zone. */
export type Country = z.infer<typeof CountrySchema>;
/** A region's data controller. */
export type Controller = z.infer<typeof ControllerSchema>;
/** A policy region. */
export type Region = z.infer<typeof RegionSchema>;
/** The parsed contents of `data/regions.json`. */
export type RegionsFile = z.infer<typeof RegionsFileSchema>;
