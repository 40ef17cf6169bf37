import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { unitTestTimeout } from './test/property/support/scale.js';
import { HOST_ZONES } from './vitest.projects.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Projects, by folder (scripts/test.ts picks them; see the README):
//   unit          test/unit, test/property, test/oracle and test/sql         npm test
//                 in the host's zone, but the PostgreSQL view
//   unit TZ=…     the same under each zone of HOST_ZONES, but the DuckDB     npm run test:matrix
//                 view's long differential run
//   postgres      test/sql/postgres.test.ts: the PostgreSQL view in PGlite   npm run test:postgres
//                 (creating its database takes seconds of WebAssembly, so
//                 npm test leaves it to CI, which runs it on 100,000 members)
//   integration   test/integration: the command in-process and the built    npm test
//                 bin as a subprocess, package shape
//   release       test/release: the decision-snapshot gate                  npm run test:matrix
//   clickhouse    test/clickhouse: the ClickHouse view in chDB              npm run test:clickhouse
//                 (chDB installed apart: npm run install:clickhouse)
// The property tests (test/property, seeded: see test/property/support/config.ts), the time oracle (test/oracle)
// and the SQL tests (test/sql) run in every unit project, so under every zone, except the long differential runs
// of the DuckDB and PostgreSQL views against the library: those run in one zone only, since each already sets the
// engine's session zone itself, and the library's side of them is what the other suites run under every zone.
// Files of a project share one module registry per worker (isolate: false): importing the library, zod and the
// engines once per worker rather than once per file is most of what the suite's start-up costs. No test
// changes a module's state for the next (purity.test.ts takes a fresh copy with vi.resetModules). The time a
// test may take is therefore set here, per project: a module's vi.setConfig would reach only the first file.

const POSTGRES_TESTS = 'test/sql/postgres.test.ts';

const unit = (name: string, TZ?: string) => ({
  extends: true as const,
  test: {
    name,
    include: ['test/unit/**/*.test.ts', 'test/property/**/*.test.ts', 'test/oracle/**/*.test.ts', 'test/sql/**/*.test.ts'],
    exclude: [...configDefaults.exclude, POSTGRES_TESTS, ...(TZ === undefined ? [] : ['test/sql/duckdb-view.test.ts'])],
    pool: 'forks' as const,
    isolate: false,
    testTimeout: unitTestTimeout(),
    ...(TZ === undefined ? {} : { env: { TZ } }),
  },
});

export default defineConfig({
  define: { __DATA_VERSION__: JSON.stringify(version) },
  test: {
    // Quiet output: what a passing test logs (a parser's own error listener, say) is no news.
    silent: 'passed-only',
    // One test process per core. Vitest's default leaves one core to its own process, which on a 2-core machine
    // is one process for every project: the unit files and the integration files then run one after the other
    // while the second core only type-checks. Vitest's own process mostly waits, as do the integration files on
    // the bins they start.
    maxWorkers: availableParallelism(),
    projects: [
      unit('unit'),
      ...HOST_ZONES.map((zone) => unit(`unit TZ=${zone}`, zone)),
      // The bin's tests mostly wait on a process or on I/O, so they run side by side; the bin is built once for all.
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/build-cli.global.ts'],
          testTimeout: 120_000,
          sequence: { concurrent: true },
        },
      },
      { extends: true, test: { name: 'release', include: ['test/release/**/*.test.ts'], testTimeout: 120_000 } },
      { extends: true, test: { name: 'postgres', include: [POSTGRES_TESTS], pool: 'forks', testTimeout: unitTestTimeout() } },
      { extends: true, test: { name: 'clickhouse', include: ['test/clickhouse/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000, pool: 'forks' } },
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
