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
 * eea?.countries.map((country) => country.code).sort(); // => ['IS', 'LI', 'NO']
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
  /** The countries in the region, each with its default time zone. */
  readonly countries: readonly Country[];
}
