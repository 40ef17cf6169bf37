/**
 * Rewrites the country lists in data/regions.json from its placements and the maintained packages (see
 * capital-zones.ts and region-lists.ts): each country goes to the region its placement names first (its nominal
 * region) with its capital's zone; a code the packages add that no placement names joins the rest of the world,
 * to be moved by hand where a source says otherwise. Run it when a placement changes or the packages add a code
 * or move a zone; the test suite fails until the file agrees.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { capitalZones } from './capital-zones.js';
import { syncRegionLists, type RegionListsJson } from './region-lists.js';

const file = new URL('../data/regions.json', import.meta.url);
const data = syncRegionLists(JSON.parse(readFileSync(file, 'utf8')) as RegionListsJson, capitalZones());
writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
const rest = data.regions.find((r) => r.id === 'rest-of-world');
console.log(`data/regions.json: ${data.regions.reduce((n, r) => n + r.countries.length, 0)} countries, ${rest?.countries.length} in rest-of-world`);
