// Size budgets for `npm run check:size` (part of `npm run check:release`), size-limit 12: each check bundles
// the `import` with esbuild from the built dist/ — tree-shaken, minified, dependencies included — and gzips it.
// size-limit reads "kB" as 1000 bytes. `npx tsx scripts/release-size-report.ts [names]` shows what the bytes are.

/** tsup's ESM entries re-import shared chunks bare (`import './chunk-….js'`); with "sideEffects": false esbuild
 * rightly drops those imports, and says so once per check. That is the intended outcome, not a finding. */
const quiet = (config) => ({ ...config, logOverride: { ...config.logOverride, 'ignored-bare-import': 'silent' } });

module.exports = [
  {
    // isSubjectToAiTraining alone, with the data it needs, zod never in it. DESIGN.md's target is 6 kB; measured
    // 8.41 kB (8.02 kB before the hot path settled most answers from UTC midnights and checked opt-outs without
    // reading them; 7.97 kB before wall times near clock changes were made host-independent, which the property
    // tests required), and this limit guards that figure rather than the target, which is not met. What the bytes are:
    // date-fns-tz fromZonedTime with its ISO parser (2.36 kB, mandated by DESIGN.md: "feed fromZonedTime
    // offset-free strings only"), the 249-country zone table (2.15 kB), validation, errors and parsing (3.2 kB).
    // Getting under 6 kB needs a hand-written Intl offset function in place of fromZonedTime, which the
    // engineering standards rule out ("never hand-rolled offset math"); the conflict is raised with the owners
    // of DESIGN.md. Until it is decided, growth past 8.5 kB fails the release check.
    name: "import { isSubjectToAiTraining } — tree-shaken, with its data",
    path: 'dist/index.js',
    import: '{ isSubjectToAiTraining }',
    gzip: true,
    limit: '8.5 kB',
    modifyEsbuildConfig: quiet,
  },
  {
    // Everything the main entry exports, all data included; set just above the measured size, so growth is a
    // decision (raise it in the same change, with the reason) rather than an accident.
    name: "import * from 'linkedin-policy-data' — the whole main entry",
    path: 'dist/index.js',
    import: '*',
    gzip: true,
    limit: '22 kB',
    modifyEsbuildConfig: quiet,
  },
  {
    name: "import * from 'linkedin-policy-data/schema' — the zod schemas, zod included",
    path: 'dist/schema.js',
    import: '*',
    gzip: true,
    limit: '33 kB',
    modifyEsbuildConfig: quiet,
  },
];
