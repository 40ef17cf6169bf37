/**
 * Rewrites the country lists in data/regions.json from the maintained packages (see capital-zones.ts): each
 * country keeps the region it is listed in, gets its capital's zone, and every code not listed in a named
 * region goes to rest-of-world. Run it when the packages add a code or move a zone; the test suite fails
 * until the file agrees with them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { capitalZones } from './capital-zones.js';

interface RegionJson {
  id: string;
  countries: { code: string; timeZone: string }[];
}

const file = new URL('../data/regions.json', import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8')) as { regions: RegionJson[] };
const zones = capitalZones();
const named = new Set<string>();
for (const region of data.regions.filter((r) => r.id !== 'rest-of-world')) {
  region.countries = region.countries.map(({ code }) => {
    const timeZone = zones.get(code);
    if (timeZone === undefined) throw new Error(`${code} in region ${region.id} is not an ISO 3166-1 alpha-2 code`);
    named.add(code);
    return { code, timeZone };
  });
}
const rest = data.regions.find((r) => r.id === 'rest-of-world');
if (rest === undefined) throw new Error('data/regions.json has no rest-of-world region');
rest.countries = [...zones].filter(([code]) => !named.has(code)).map(([code, timeZone]) => ({ code, timeZone }));
writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
console.log(`data/regions.json: ${zones.size} countries, ${rest.countries.length} in rest-of-world`);
