/**
 * The consumer test (`npm run check:consumer`, part of `npm run check:release`): packs the package as npm
 * would publish it, installs the tarball in a fresh temporary project, and uses it the ways users do —
 * ESM `import`, CommonJS `require`, a JSON data file and a JSON Schema through the subpaths, the `./schema`
 * entry, the bin, and TypeScript type-checking under `moduleResolution` node16, nodenext and bundler, with
 * `@ts-expect-error` lines proving the types reject a wrong purpose id; then, with @duckdb/node-api installed
 * beside it, the examples of docs/warehouse.md as the guide writes them.
 *
 *   npx tsx scripts/consumer-test.ts [--package-dir DIR] [--keep]
 *
 * DIR (default: this repository) must be built (`npm run build`). Dependencies are installed from the npm
 * cache when they are there (--prefer-offline). TypeScript is this repository's own compiler.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DUCKDB, WAREHOUSE_FILES } from './release-shape.js';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const TSC = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export interface ConsumerTestOptions {
  readonly packageDir?: string;
  readonly keep?: boolean;
  readonly log?: (line: string) => void;
}

function run(command: string, args: readonly string[], cwd: string, label: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
  if (result.status !== 0) {
    throw new Error(`${label} failed (exit ${result.status}):\n$ ${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** Files the tarball must hold, and paths it must not. */
export function checkPackedFiles(files: readonly string[], hasChangelog: boolean): string[] {
  const problems: string[] = [];
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'dist/index.js',
    'dist/index.cjs',
    'dist/index.d.ts',
    'dist/index.d.cts',
    'dist/schema.js',
    'dist/schema.cjs',
    'dist/schema.d.ts',
    'dist/schema.d.cts',
    'dist/cli.js',
    'data/regions.json',
    'data/ai-training.json',
    'data/schema/timeline.schema.json',
    ...WAREHOUSE_FILES,
    ...(hasChangelog ? ['CHANGELOG.md'] : []),
  ];
  for (const file of required) if (!files.includes(file)) problems.push(`the tarball lacks ${file}`);
  for (const file of files) {
    if (/^(src|test|scripts|snapshots|docs|coverage|node_modules|\.changeset|\.ci)\//.test(file) || /\.tgz$/.test(file)) {
      problems.push(`the tarball should not hold ${file}`);
    }
  }
  return problems;
}

const ESM = `
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as api from 'linkedin-policy-data';
import { isSubjectToAiTraining, explainAiTraining, decide, regionOf, DATA_VERSION, DATA_AS_OF, PolicyInputError } from 'linkedin-policy-data';
import regions from 'linkedin-policy-data/data/regions.json' with { type: 'json' };
import timelineSchema from 'linkedin-policy-data/data/schema/timeline.schema.json' with { type: 'json' };
import pkg from 'linkedin-policy-data/package.json' with { type: 'json' };

assert.equal(isSubjectToAiTraining({ country: 'DE' }, '2025-11-02'), false);
assert.equal(isSubjectToAiTraining({ country: 'DE' }, '2025-11-03'), true);
assert.equal(isSubjectToAiTraining({ country: 'DE', optOuts: { 'ai-training': true } }, '2025-11-03'), false);
assert.deepEqual(explainAiTraining({ country: 'FR', birthDate: '2010-05-01' }, '2025-11-03').reasons, ['minor']);
assert.equal(decide('ai-training', { country: 'US' }, new Date('2025-01-01T12:00:00Z')).status, 'subject');
assert.equal(regionOf('no').id, 'eea');
assert.throws(() => decide('ai', { country: 'DE' }, '2025-11-03'), PolicyInputError);
assert.equal(DATA_VERSION, pkg.version);
assert.match(DATA_AS_OF, /^\\d{4}-\\d{2}-\\d{2}$/);
assert.ok(Array.isArray(regions.regions) && regions.regions.length > 0);
assert.equal(typeof timelineSchema, 'object');
assert.equal('MemberSchema' in api, false, 'the main entry must not export the zod schemas');

const schema = await import('linkedin-policy-data/schema');
assert.equal(schema.MemberSchema.safeParse({ country: 'DE' }).success, true);
assert.equal(schema.MemberSchema.safeParse({ country: 42 }).success, false);

// The main entry must not load zod: walk the ESM import graph of the installed entry.
const require = createRequire(import.meta.url);
const { readFileSync } = await import('node:fs');
const { dirname, resolve } = await import('node:path');
const entry = require.resolve('linkedin-policy-data').replace(/index\\.cjs$/, 'index.js');
const seen = new Set();
const bare = new Set();
const walk = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:^|[\\s;])(?:import|export)\\b[^'"]*?['"]([^'"]+)['"]/g)) {
    if (spec.startsWith('.')) walk(resolve(dirname(file), spec));
    else bare.add(spec);
  }
};
walk(entry);
assert.ok(![...bare].some((spec) => spec === 'zod' || spec.startsWith('zod/')), 'the main entry imports zod: ' + [...bare].join(', '));
console.log('esm ok');
`;

const CJS = `
const assert = require('node:assert/strict');
const api = require('linkedin-policy-data');
assert.equal(api.isSubjectToAiTraining({ country: 'DE' }, '2025-11-03'), true);
assert.equal(api.isSharedWithMicrosoftForAds({ country: 'DE' }, '2025-11-03'), false);
assert.equal(api.DATA_VERSION, require('linkedin-policy-data/package.json').version);
assert.ok(new api.PolicyInputError('INVALID_COUNTRY', 'country', 'XX', 'a code') instanceof Error);
const loadedZod = () => Object.keys(require.cache).some((file) => /[\\\\/]node_modules[\\\\/]zod[\\\\/]/.test(file));
assert.equal(loadedZod(), false, 'require("linkedin-policy-data") loaded zod');
const regions = require('linkedin-policy-data/data/regions.json');
assert.ok(regions.regions.some((region) => region.id === 'eu'));
require.resolve('linkedin-policy-data/data/schema/regions.schema.json');
const schema = require('linkedin-policy-data/schema');
assert.equal(schema.MemberSchema.safeParse({ country: 'DE' }).success, true);
assert.equal(loadedZod(), true);
// One engine shared by both entries in CJS as in ESM (tsup splitting).
assert.equal(typeof api.timeline('DE', 'ai-training').length, 'number');
console.log('cjs ok');
`;

/** Type-checked as ESM under every setting. */
const TS_ESM = `
import {
  decide,
  explainAiTraining,
  isSubjectToAiTraining,
  PolicyInputError,
  timeline,
  type Decision,
  type Member,
  type Provision,
  type PurposeId,
  type RegionId,
} from 'linkedin-policy-data';
import { MemberSchema, type Dataset } from 'linkedin-policy-data/schema';

const member: Member = { country: 'DE', birthDate: '1990-01-01', optOuts: { 'ai-training': '2025-12-01' } };
const decision: Decision = decide('microsoft-ads', member, new Date());
const status: 'subject' | 'not-subject' | 'unknown' = decision.status;
const region: RegionId = decision.region;
const subject: boolean = isSubjectToAiTraining(member, Date.now());
const from: string | undefined = explainAiTraining(member, '2025-11-03').provision?.effectiveFrom;
const history: readonly Provision[] = timeline('CA', 'ai-training');
const purpose: PurposeId = 'microsoft-ai-training';
const parsed = MemberSchema.parse({ country: 'DE' });
const country: string = parsed.country;
let dataset: Dataset | undefined;
try {
  decide(purpose, { country: 'XX' }, '2025-11-03');
} catch (error) {
  if (error instanceof PolicyInputError) {
    const code: 'INVALID_COUNTRY' | 'INVALID_DATE' | 'INVALID_BIRTH_DATE' | 'INVALID_TIME_ZONE' | 'INVALID_MEMBER' | 'INVALID_PURPOSE' = error.code;
    void code;
  }
}

// @ts-expect-error 'ai' is not a purpose id
decide('ai', { country: 'DE' }, '2025-11-03');
// @ts-expect-error an opt-out must name a real purpose: a typo must not type-check
isSubjectToAiTraining({ country: 'DE', optOuts: { 'ai-trianing': true } }, '2025-11-03');
// @ts-expect-error the status is one of three strings
const wrong: 'yes' | 'no' = decision.status;

export { status, region, subject, from, history, country, dataset, wrong };
`;

/** Only where the JSON import syntax is supported (not module node16). */
const TS_JSON = `
import regions from 'linkedin-policy-data/data/regions.json' with { type: 'json' };
const ids: string[] = regions.regions.map((region) => region.id);
export { ids };
`;

/** Type-checked as CommonJS (a .cts file) under node16 and nodenext: the \`require\` types. */
const TS_CJS = `
import api = require('linkedin-policy-data');
const subject: boolean = api.isSubjectToAiTraining({ country: 'GB' }, '2025-11-03');
// @ts-expect-error 'ai' is not a purpose id
api.decide('ai', { country: 'GB' }, '2025-11-03');
export = subject;
`;

/**
 * The settings. Under nodenext the declarations themselves are checked too (`skipLibCheck: false`, the
 * package's and zod's, as a strict consumer would); the other two skip that — it is the same declarations,
 * and checking zod's costs several seconds each — but still check every use against our types.
 */
const TS_SETTINGS: readonly { name: string; module: string; moduleResolution: string; files: string[]; libCheck: boolean }[] = [
  { name: 'node16', module: 'node16', moduleResolution: 'node16', files: ['check.ts', 'check-cjs.cts'], libCheck: false },
  { name: 'nodenext', module: 'nodenext', moduleResolution: 'nodenext', files: ['check.ts', 'check-json.ts', 'check-cjs.cts'], libCheck: true },
  { name: 'bundler', module: 'esnext', moduleResolution: 'bundler', files: ['check.ts', 'check-json.ts'], libCheck: false },
];

export async function consumerTest(options: ConsumerTestOptions = {}): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  const packageDir = options.packageDir ?? REPO_ROOT;
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string; version: string };
  const work = mkdtempSync(join(tmpdir(), 'lpd-consumer-'));
  const started = Date.now();
  const step = (label: string) => log(`consumer: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  try {
    // 1. npm pack, exactly what `npm publish` would upload.
    const packed = JSON.parse(run(NPM, ['pack', '--json', '--pack-destination', work], packageDir, 'npm pack')) as {
      filename: string;
      size: number;
      unpackedSize: number;
      files: { path: string }[];
    }[];
    const tarball = join(work, packed[0]!.filename);
    const files = packed[0]!.files.map((f) => f.path);
    const hasChangelog = readdirSync(packageDir).includes('CHANGELOG.md');
    const problems = checkPackedFiles(files, hasChangelog);
    if (problems.length > 0) throw new Error(`npm pack:\n  ${problems.join('\n  ')}`);
    step(`packed ${packed[0]!.filename}: ${files.length} files, ${(packed[0]!.size / 1024).toFixed(1)} KiB`);

    // 2. A fresh project that installs the tarball.
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
    run(
      NPM,
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', '--loglevel=error', relative(app, tarball)],
      app,
      'npm install of the tarball',
    );
    const installed = JSON.parse(readFileSync(join(app, 'node_modules', pkg.name, 'package.json'), 'utf8')) as { version: string; scripts?: object };
    if (installed.version !== pkg.version) throw new Error(`installed ${installed.version}, packed ${pkg.version}`);
    step('installed in a fresh project');

    // 3. Runtime: ESM, CommonJS, JSON subpaths, the schema entry.
    writeFileSync(join(app, 'esm.mjs'), ESM);
    writeFileSync(join(app, 'cjs.cjs'), CJS);
    run(process.execPath, ['esm.mjs'], app, 'ESM import');
    run(process.execPath, ['cjs.cjs'], app, 'CommonJS require');
    step('ESM import, CommonJS require, JSON data and JSON Schema subpaths, ./schema');

    // 4. The bin, as npm linked it.
    const bin = join(app, 'node_modules', '.bin', 'linkedin-policy-data');
    const version = run(bin, ['--version'], app, 'the bin (--version)');
    if (!version.includes(pkg.version)) throw new Error(`the bin's --version says ${JSON.stringify(version)}, not ${pkg.version}`);
    const answer = JSON.parse(run(bin, ['check', '--country', 'DE', '--date', '2025-11-03', '--purpose', 'ai-training', '--json'], app, 'the bin (check)')) as unknown;
    if (!JSON.stringify(answer).includes('"subject"')) throw new Error(`the bin's check answered ${JSON.stringify(answer).slice(0, 300)}`);
    step('the bin (linkedin-policy-data --version, check --json)');

    // 5. TypeScript, in three module settings. The @ts-expect-error lines fail the check if the types accept
    //    what they must reject (an unused directive is an error).
    writeFileSync(join(app, 'check.ts'), TS_ESM);
    writeFileSync(join(app, 'check-json.ts'), TS_JSON);
    writeFileSync(join(app, 'check-cjs.cts'), TS_CJS);
    const checks = TS_SETTINGS.map(({ name, module, moduleResolution, files: tsFiles, libCheck }) => {
      const config = `tsconfig.${name}.json`;
      writeFileSync(
        join(app, config),
        JSON.stringify(
          {
            compilerOptions: {
              module,
              moduleResolution,
              target: 'es2022',
              // zod's declarations name URL, which a consumer gets from the DOM lib or @types/node.
              lib: ['es2022', 'dom'],
              types: [],
              strict: true,
              noEmit: true,
              skipLibCheck: !libCheck,
              resolveJsonModule: true,
              ...(moduleResolution === 'bundler' ? {} : { verbatimModuleSyntax: false }),
            },
            files: tsFiles,
          },
          null,
          2,
        ),
      );
      return { name, child: spawnAsync(process.execPath, [TSC, '-p', config], app) };
    });
    for (const { name, child } of checks) {
      const { status, output } = await child;
      if (status !== 0) throw new Error(`TypeScript (moduleResolution ${name}) failed:\n${output}`);
    }
    step(`TypeScript ${TS_SETTINGS.map((s) => s.name).join(', ')}: types resolve and reject a wrong purpose id`);

    // 6. The warehouse guide, followed in the fresh project with DuckDB installed beside the package: its SQL
    //    examples with the paths as written, and its Node example, must give the answers the guide shows.
    warehouseGuide(app, packageDir);
    step('docs/warehouse.md: its DuckDB examples and its Node example, with @duckdb/node-api installed beside the package');
  } finally {
    if (options.keep) log(`consumer: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** The DuckDB version this repository develops against: the one the consumer installs. */
function duckdbVersion(packageDir: string): string {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
  const version = pkg.devDependencies?.[DUCKDB];
  if (version === undefined) throw new Error(`package.json has no devDependency on ${DUCKDB}`);
  return version;
}

/** Runs the guide's examples in `app`, through tsx so that the runner and the Node example stay TypeScript. */
function warehouseGuide(app: string, packageDir: string): void {
  run(
    NPM,
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', `${DUCKDB}@${duckdbVersion(packageDir)}`],
    app,
    `npm install of ${DUCKDB}`,
  );
  const guidePath = join(packageDir, 'docs', 'warehouse.md');
  const runner = pathToFileURL(join(REPO_ROOT, 'scripts', 'warehouse-guide.ts')).href;
  writeFileSync(
    join(app, 'warehouse-sql.ts'),
    `import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '${DUCKDB}';
import { runSqlExamples, sqlExamples } from '${runner}';
const db = await (await DuckDBInstance.create(':memory:')).connect();
const problems = await runSqlExamples(db, sqlExamples(readFileSync(${JSON.stringify(guidePath)}, 'utf8')), (path) => readFileSync(path, 'utf8'));
if (problems.length > 0) throw new Error(problems.join('\\n'));
`,
  );
  writeFileSync(join(app, 'warehouse-node.ts'), assertingExample(readFileSync(guidePath, 'utf8')));
  const tsx = pathToFileURL(join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs')).href;
  run(process.execPath, ['--import', tsx, 'warehouse-sql.ts'], app, 'the guide\'s DuckDB examples');
  run(process.execPath, ['--import', tsx, 'warehouse-node.ts'], app, 'the guide\'s Node example');
}

/**
 * The guide's ```ts example as a script that checks itself: a line holding only `// => value` asserts that the
 * expression statement just above it deep-equals the value.
 */
function assertingExample(guide: string): string {
  const block = /```ts\n([\s\S]*?)```/.exec(guide)?.[1];
  if (block === undefined) throw new Error('docs/warehouse.md has no ```ts example');
  const lines = block.split('\n');
  const out: string[] = [`import assert from 'node:assert/strict';`];
  for (const line of lines) {
    const expected = /^\s*\/\/ => (.*)$/.exec(line)?.[1];
    if (expected === undefined) out.push(line);
    else out.push(`assert.deepStrictEqual(${out.pop()!.replace(/;\s*$/, '')}, ${expected});`);
  }
  if (!out.some((line) => line.startsWith('assert.deepStrictEqual('))) throw new Error('the ```ts example of docs/warehouse.md asserts nothing');
  return out.join('\n');
}

function spawnAsync(command: string, args: readonly string[], cwd: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolvePromise({ status, output }));
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { 'package-dir': { type: 'string' }, keep: { type: 'boolean', default: false } } });
  try {
    await consumerTest({ ...(values['package-dir'] === undefined ? {} : { packageDir: values['package-dir'] }), keep: values.keep });
    console.log('consumer: passed');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error('consumer: FAILED');
    process.exitCode = 1;
  }
}
