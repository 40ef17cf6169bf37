/**
 * Rewrites the country lists in data/regions.json from its placements and the maintained packages (see
 * capital-zones.ts): each country goes to the region its placement names first (its nominal region) with its
 * capital's zone, and a code the packages add that no placement names joins the placement of the countries no
 * LinkedIn text singles out (the rest of the world), to be moved by hand if a source says otherwise. Run it when a
 * placement changes or the packages add a code or move a zone; the test suite fails until the file agrees.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { capitalZones } from './capital-zones.js';

interface PlacementJson {
  countries: string[];
  candidates: string[];
  basis: string;
}
interface RegionJson {
  id: string;
  countries: { code: string; timeZone: string }[];
}

const file = new URL('../data/regions.json', import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8')) as { regions: RegionJson[]; placements: PlacementJson[] };
const zones = capitalZones();
const placed = new Set(data.placements.flatMap((placement) => placement.countries));
const rest = data.placements.find((p) => p.candidates.length === 1 && p.candidates[0] === 'rest-of-world' && p.basis === 'linkedin-text');
if (rest === undefined) throw new Error('data/regions.json has no placement for the rest of the world');
rest.countries = [...rest.countries, ...[...zones.keys()].filter((code) => !placed.has(code))].sort();

const regionOfCode = new Map(data.placements.flatMap((p) => p.countries.map((code) => [code, p.candidates[0]] as const)));
for (const region of data.regions) {
  region.countries = [...zones]
    .filter(([code]) => regionOfCode.get(code) === region.id)
    .map(([code, timeZone]) => ({ code, timeZone }));
}
for (const code of regionOfCode.keys()) {
  if (!zones.has(code)) throw new Error(`${code} is placed in data/regions.json but is not an ISO 3166-1 alpha-2 code`);
}
writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
console.log(`data/regions.json: ${zones.size} countries, ${data.regions.find((r) => r.id === 'rest-of-world')?.countries.length} in rest-of-world`);
