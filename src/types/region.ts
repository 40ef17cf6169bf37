import type { Citation } from './provision.js';
import type { RegionId } from './ids.js';
import type { VocabularyMapping } from './vocabulary.js';

/**
 * A country (upper-case ISO 3166-1 alpha-2 code) with its default time zone, its capital's.
 *
 * @example
 * ```ts
 * import { regionOf, type Country } from 'linkedin-policy-data';
 * const countries: readonly Country[] = regionOf('CA').countries;
 * countries; // => [{ code: 'CA', timeZone: 'America/Toronto' }]
 * ```
 */
export interface Country {
  /** Upper-case ISO 3166-1 alpha-2 code. */
  readonly code: string;
  /** The IANA time zone of the country's capital: where the member's dates are read unless they give a zone. */
  readonly timeZone: string;
}

/**
 * The LinkedIn company that controls the data of a region's members, with its evidence.
 *
 * @example
 * ```ts
 * import { regionOf, type Controller } from 'linkedin-policy-data';
 * const controller: Controller = regionOf('IE').controller;
 * controller.name; // => 'LinkedIn Ireland Unlimited Company'
 * ```
 */
export interface Controller {
  /** The LinkedIn company responsible for the members' data. */
  readonly name: string;
  /** Where that company is established. */
  readonly location: string;
  /** The evidence naming the controller. */
  readonly citations: readonly Citation[];
}

/**
 * A policy region: its id, name, closest DPV location terms (`dpv`; fideslang has none), data controller and
 * countries.
 *
 * @example
 * ```ts
 * import { regions, type Region } from 'linkedin-policy-data';
 * const eea: Region | undefined = regions.find((region) => region.id === 'eea');
 * eea?.countries.map((country) => country.code).sort(); // => ['BV', 'IS', 'LI', 'NO', 'SJ']
 * eea?.dpv; // => ['https://w3id.org/dpv/loc#EEA']
 * ```
 */
export interface Region extends VocabularyMapping {
  /** The region id. */
  readonly id: RegionId;
  /** The region's name in English. */
  readonly name: string;
  /** The data controller for members in the region. */
  readonly controller: Controller;
  /**
   * The countries in the region, each with its default time zone: those a text places here first, then those
   * for which it is the nominal one of several candidate regions (see {@link CountryRegion}).
   */
  readonly countries: readonly Country[];
}

/**
 * What settles a {@link Placement}: a LinkedIn text, the law that makes a territory part of a region, or
 * nothing (`no-source`).
 *
 * @example
 * ```ts
 * import type { PlacementBasis } from 'linkedin-policy-data';
 * const basis: PlacementBasis = 'law';
 * basis; // => 'law'
 * ```
 */
export type PlacementBasis = 'linkedin-text' | 'law' | 'no-source';

/**
 * Why some countries are answered under the regions they are, as `data/regions.json` records it: the candidate
 * regions (the first is the nominal one, whose `countries` list them), what settles it, the reason in words and
 * the texts it rests on. Several candidates mean that no source says which regime applies there.
 *
 * @example
 * ```ts
 * import regions from 'linkedin-policy-data/data/regions.json' with { type: 'json' };
 * import type { Placement } from 'linkedin-policy-data';
 * const jersey = (regions.placements as readonly Placement[]).find((p) => p.countries.includes('JE'));
 * jersey?.candidates; // => ['gb', 'rest-of-world']
 * ```
 */
export interface Placement {
  /** The countries placed, upper-case ISO 3166-1 alpha-2 codes (and XK). */
  readonly countries: readonly string[];
  /** The regions whose terms may apply, each once; the first (the nominal region) lists the countries. */
  readonly candidates: readonly RegionId[];
  /** `linkedin-text` or `law` when a text settles the region; `no-source` when none does. */
  readonly basis: PlacementBasis;
  /** The reason, in words. */
  readonly reason: string;
  /** The texts the reason rests on, each with its verbatim quote; empty only when no source says. */
  readonly citations: readonly Citation[];
}

/**
 * The region a country is answered under, as {@link linkedin-policy-data!regionOf | regionOf} returns it: the
 * region itself, and the regions whose terms may apply there. One candidate (the region's own id) where a text
 * settles it; several where none says which regime applies, and decisions are then `unknown` wherever the
 * candidates' answers differ.
 *
 * @example
 * ```ts
 * import { regionOf, type CountryRegion } from 'linkedin-policy-data';
 * const jersey: CountryRegion = regionOf('JE');
 * [jersey.id, jersey.candidates]; // => ['gb', ['gb', 'rest-of-world']]
 * regionOf('DE').candidates;      // => ['eu']
 * ```
 */
export interface CountryRegion extends Region {
  /** The regions whose terms may apply in the country, the region's own id first; one where a text settles it. */
  readonly candidates: readonly RegionId[];
}
