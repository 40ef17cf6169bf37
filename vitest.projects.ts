/**
 * The host zones the CI matrix runs the unit and property suites under, besides the host's own: the library's
 * answers must not depend on the host's zone. Kiritimati (UTC+14) and Los Angeles (UTC-8/-7, with DST) sit at
 * the far ends.
 */
export const HOST_ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'] as const;

/** The vitest projects `npm run test:matrix` runs: what `npm test` leaves to CI. */
export const MATRIX_PROJECTS: readonly string[] = [...HOST_ZONES.map((zone) => `unit TZ=${zone}`), 'release'];
