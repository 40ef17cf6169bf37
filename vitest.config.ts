import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The library's answers must not depend on the host's zone, so the unit suite runs once per zone below;
// Kiritimati (UTC+14) and Los Angeles (UTC-8/-7, with DST) sit at the far ends. The property tests
// (test/property, seeded: see test/property/support/config.ts) and the time oracle (test/oracle) run in the same
// projects, so under every zone.
const HOST_ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'] as const;

const unit = (name: string, TZ?: string) => ({
  extends: true as const,
  test: {
    name,
    include: ['test/unit/**/*.test.ts', 'test/property/**/*.test.ts', 'test/oracle/**/*.test.ts'],
    pool: 'forks' as const,
    ...(TZ === undefined ? {} : { env: { TZ } }),
  },
});

export default defineConfig({
  define: { __DATA_VERSION__: JSON.stringify(version) },
  test: {
    projects: [
      unit('unit'),
      ...HOST_ZONES.map((zone) => unit(`unit TZ=${zone}`, zone)),
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 120_000 } },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/**'],
      thresholds: { lines: 95, branches: 90 },
      reporter: ['text-summary', 'text'],
    },
  },
});
