// Size budgets for `npm run check:size` (part of `npm run check:release`), size-limit 12: each check bundles
// the `import` with esbuild from the built dist/ — tree-shaken, minified, dependencies included — and gzips it.
// size-limit reads "kB" as 1000 bytes. `npx tsx scripts/release-size-report.ts [names]` shows what the bytes are.

/** tsup's ESM entries re-import shared chunks bare (`import './chunk-….js'`); with "sideEffects": false esbuild
 * rightly drops those imports, and says so once per check. That is the intended outcome, not a finding. */
const quiet = (config) => ({ ...config, logOverride: { ...config.logOverride, 'ignored-bare-import': 'silent' } });

module.exports = [
  {
    // isSubjectToAiTraining alone, with the data it needs, zod never in it: guarded at 8.5 kB (8.05 kB measured).
    // What the bytes are: the 249-country zone table (2.15 kB), date-fns-tz's getTimezoneOffset (about 1 kB: the
    // zone's offset around a wall time, with the Intl check around it, is the one way wall times become
    // instants), validation, errors and parsing (3.2 kB), and the hot path that settles most instants from UTC
    // midnights. Claims, quotes and sources must never reach this bundle: only explanations read them (two
    // module-level reads of data/sources.json once pulled all of it in, 13.3 kB; they are wrapped in pure calls).
    // dist/ bundles date-fns-tz behind a wrapper that loads it on its first call (tsup.config.ts), so an import
    // does not pay for its modules and their Intl call.
    // History: 8.5 → 9.2 kB over 2.0.0's work (the lazy loader, candidate regions in the zone table, calendar
    // dates counted rather than asked of a Date, the boolean answers' shorter path in quick-subject.ts), 9.21 kB
    // at most; back to 8.5 kB when the wall-time conversion moved from fromZonedTime, whose ISO string parser
    // (1.2 kB) read again a string the library has already parsed, to getTimezoneOffset (9.13 → 7.93 kB). The
    // country table indexed by letters, the branch-free step count and the timelines' packed steps added 0.12 kB
    // since.
    name: "import { isSubjectToAiTraining } — tree-shaken, with its data",
    path: 'dist/index.js',
    import: '{ isSubjectToAiTraining }',
    gzip: true,
    limit: '8.5 kB',
    modifyEsbuildConfig: quiet,
  },
  {
    // Everything the main entry exports, all data included; set just above the measured size, so growth is a
    // decision (raise it in the same change, with the reason) rather than an accident. 22 → 29.5 kB: evidence
    // claim by claim (each citation's supported claims, archived revisions, the copies quotes were read in, and
    // the quotes and notes the re-reading of every archived capture added) measured 28.84 kB; 29.5 → 30 kB: the
    // explanation path's shared tables (assumption lists, provisions by number) and the typed errors, 29.67 kB;
    // 30 → 32.5 kB: the `vocabulary` export with every id's and region's DPV IRIs, fideslang keys and the notes
    // saying how each fits (32.22 kB). The JSON-LD export that uses them lives in the CLI, not here.
    // 32.5 → 33 kB: date-fns-tz loaded on its first call (see above), about 0.4 kB of loader.
    // explainInWords, the decision's plain sentences the CLI used to keep to itself, about 2.3 kB more.
    // territories answered under each candidate region (the comparison, its assumption sentence,
    // regionOf's candidates), 30.00 kB.
    name: "import * from 'linkedin-policy-data' — the whole main entry",
    path: 'dist/index.js',
    import: '*',
    gzip: true,
    // 33 → 35.5 kB for 2.0.0: the vocabulary's labels for explainInWords, the placements and `sources`, all
    // measured together after the merges at 35.17 kB. The timeline files as JSON text, each region's apart and
    // parsed on first use rather than built on every import, with the texts regions hold alike written once:
    // 35.03 kB. The boolean answers' shorter path and date-fns-tz in one lazily run function (see above): 35.22 kB;
    // getTimezoneOffset in place of fromZonedTime (see above): 34.07 kB. Each citation written once in the
    // timelines' JSON text, where the provisions hold their places (scripts/timeline-json.ts): 32.51 kB, and the
    // guard down to 33 kB.
    limit: '33 kB',
    modifyEsbuildConfig: quiet,
  },
  {
    name: "import * from 'linkedin-policy-data/schema' — the zod schemas, zod included",
    path: 'dist/schema.js',
    import: '*',
    gzip: true,
    // DecisionSchema as three kinds told apart by status, with the reason-order checks, added about 0.4 kB
    // (33.13 kB measured, from about 32.7 kB); the claim, citation and archive schemas with their cross-checks
    // about 1.2 kB more (34.32 kB); the DPV and fideslang mapping fields with their checks 0.46 kB (34.78 kB);
    // claims told apart by field, each value typed by it, and the vocabulary's id enums about 0.3 kB more.
    // the placements (each country's region with its basis and citations) about 0.2 kB more.
    // 35 → 35.75 kB for 2.0.0: the placement schemas beside the mapping and claim schemas, 35.48 kB measured.
    limit: '35.75 kB',
    // size-limit leaves peer dependencies out of the bundle, and zod is one; what a user of ./schema ships
    // includes it, so it is put back.
    modifyEsbuildConfig: (config) => quiet({ ...config, external: (config.external ?? []).filter((name) => name !== 'zod') }),
  },
];
