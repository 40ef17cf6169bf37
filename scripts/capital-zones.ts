/**
 * Derives every ISO 3166-1 alpha-2 code and the IANA zone of its capital from maintained packages, so that the
 * country list in data/regions.json is never typed from memory:
 * - the codes: `world-countries`, every officially-assigned code, and the user-assigned codes it lists (XK, which
 *   the European Commission and the Unicode CLDR use for Kosovo);
 * - a country's zones: `@vvo/tzdb`, which follows the tz database's per-country zone.tab (so Norway is
 *   Europe/Oslo, not the Europe/Berlin that zone1970.tab now merges it into);
 * - the country's only zone, else the zone whose main cities (GeoNames) include the capital named by
 *   `world-countries`;
 * - the few cases neither settles are listed in CAPITAL_ZONE_EXCEPTIONS, each with its reason.
 */
import { getTimeZones } from '@vvo/tzdb';
import worldCountries from 'world-countries';

/** Countries whose capital the packages cannot place in a zone, and why the zone given is the capital's. */
export const CAPITAL_ZONE_EXCEPTIONS: Readonly<Record<string, { zone: string; why: string }>> = {
  US: { zone: 'America/New_York', why: "Washington, D.C. keeps Eastern Time, the America/New_York zone; tzdb's main cities omit it" },
  BR: { zone: 'America/Sao_Paulo', why: "Brasília keeps Brasília Time, the America/Sao_Paulo zone; tzdb's main cities omit it" },
  PS: { zone: 'Asia/Hebron', why: 'Ramallah is in the West Bank, the Asia/Hebron zone (Asia/Gaza is the Gaza Strip)' },
  FM: { zone: 'Pacific/Pohnpei', why: "Palikir is on Pohnpei; tzdb files Palikir under Pacific/Kosrae, which keeps the same time" },
  KI: { zone: 'Pacific/Tarawa', why: 'South Tarawa is on Tarawa atoll, the Pacific/Tarawa zone' },
  AQ: { zone: 'UTC', why: 'Antarctica has no capital; its stations keep many zones' },
  UM: { zone: 'UTC', why: 'the US Minor Outlying Islands have no capital and keep several zones' },
  BV: { zone: 'UTC', why: 'Bouvet Island is uninhabited, has no capital and no zone in the tz database' },
  HM: { zone: 'UTC', why: 'Heard Island and McDonald Islands are uninhabited, have no capital and no zone in the tz database' },
  XK: { zone: 'Europe/Belgrade', why: "XK is user-assigned, so the tz database's zone.tab lists no zone for it; Pristina keeps Central European Time, as Europe/Belgrade does" },
};

const fold = (name: string) => name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** The statuses of the codes taken from `world-countries`: ISO's own, and the user-assigned ones in wide use. */
const ACCEPTED_STATUSES: ReadonlySet<string> = new Set(['officially-assigned', 'user-assigned']);

/** Every officially-assigned ISO 3166-1 alpha-2 code, and XK, with its capital's zone, sorted by code. */
export function capitalZones(): Map<string, string> {
  const tzdb = getTimeZones({ includeUtc: false });
  const zones = new Map<string, string>();
  const countries = worldCountries.filter((c) => ACCEPTED_STATUSES.has(c.status)).sort((a, b) => a.cca2.localeCompare(b.cca2));
  for (const country of countries) {
    const code = country.cca2;
    const exception = CAPITAL_ZONE_EXCEPTIONS[code];
    if (exception !== undefined) {
      zones.set(code, exception.zone);
      continue;
    }
    const candidates = tzdb.filter((tz) => tz.countryCode === code);
    const capitals = country.capital.map(fold);
    const matches =
      candidates.length === 1 ? candidates : candidates.filter((tz) => tz.mainCities.some((city) => capitals.includes(fold(city))));
    if (matches.length !== 1) {
      throw new Error(`cannot place the capital of ${code} (${country.capital.join(', ')}) in one zone; add it to CAPITAL_ZONE_EXCEPTIONS`);
    }
    zones.set(code, matches[0]!.name);
  }
  return zones;
}
