/**
 * How the country lists in data/regions.json follow from its placements and the capital zones (see
 * capital-zones.ts), apart from the file handling so that the tests can check the file against it.
 */

/** The parts of data/regions.json the country lists depend on. */
export interface RegionListsJson {
  regions: { id: string; countries: { code: string; timeZone: string }[] }[];
  placements: { countries: string[]; candidates: string[]; basis: string }[];
}

/**
 * Rewrites `data` in place: a code the zones name and no placement does joins the placement of the countries no
 * LinkedIn text singles out (the rest of the world); each country goes to its placement's first candidate region
 * with its capital's zone. Throws for a placed code the zones do not know.
 */
export function syncRegionLists<T extends RegionListsJson>(data: T, zones: ReadonlyMap<string, string>): T {
  const placed = new Set(data.placements.flatMap((placement) => placement.countries));
  const rest = data.placements.find((p) => p.candidates.length === 1 && p.candidates[0] === 'rest-of-world' && p.basis === 'linkedin-text');
  if (rest === undefined) throw new Error('data/regions.json has no placement for the rest of the world');
  rest.countries = [...rest.countries, ...[...zones.keys()].filter((code) => !placed.has(code))].sort();

  const regionOfCode = new Map(data.placements.flatMap((p) => p.countries.map((code) => [code, p.candidates[0]] as const)));
  for (const code of regionOfCode.keys()) {
    if (!zones.has(code)) throw new Error(`${code} is placed in data/regions.json but is not an ISO 3166-1 alpha-2 code`);
  }
  const unsettled = new Set(data.placements.filter((p) => p.candidates.length > 1).flatMap((p) => p.countries));
  // The countries a text places come first, then those with several candidate regions: a region's first country
  // is then one its terms settle, which is what code and docs that show a region by one country expect.
  for (const region of data.regions) {
    const listed = [...zones].filter(([code]) => regionOfCode.get(code) === region.id);
    region.countries = [...listed.filter(([code]) => !unsettled.has(code)), ...listed.filter(([code]) => unsettled.has(code))].map(
      ([code, timeZone]) => ({ code, timeZone }),
    );
  }
  return data;
}
