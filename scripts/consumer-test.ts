/**
 * The consumer test (`npm run check:consumer`, part of `npm run check:release`): packs the package as npm
 * would publish it, installs the tarball in a fresh temporary project, and uses it the ways users do.
 *
 * First without zod, which is only an optional peer: ESM `import` and CommonJS `require` of the main entry, a
 * `PolicyInputError` from either build passing `instanceof` with the other's class, JSON data and JSON Schema
 * through the subpaths, the bin, and TypeScript in strict projects (`exactOptionalPropertyTypes`,
 * `noUncheckedIndexedAccess`) under `moduleResolution` node16, nodenext, bundler and node10: the type tests of
 * test/types/public-api.test-d.ts against the packed declarations (narrowing, readonly results, members
 * without `as const`; every `@ts-expect-error` must still be an error), and a declaration emit that names
 * `Decision` rather than spelling it out. Then with zod installed beside it: the `./schema` entry, at runtime
 * and in the same four settings.
 * Last, with @duckdb/node-api installed beside it, the examples of docs/warehouse.md as the guide writes them.
 *
 *   npx tsx scripts/consumer-test.ts [--package-dir DIR] [--keep]
 *
 * DIR (default: this repository) need not be built: `npm pack` runs the `prepack` script, which builds dist/,
 * as `npm publish` does. Dependencies are installed from the npm
 * cache when they are there (--prefer-offline). TypeScript is this repository's own compiler.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { markdownLinkProblems } from './markdown-links.js';
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

/** Problems with the links of every markdown file in the tarball (see scripts/markdown-links.ts). */
export function checkPackedLinks(files: readonly string[], read: (file: string) => string): string[] {
  return files.filter((file) => file.endsWith('.md')).flatMap((file) => markdownLinkProblems(file, read(file), files));
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
    'docs/getting-started.md',
    ...WAREHOUSE_FILES,
    ...(hasChangelog ? ['CHANGELOG.md'] : []),
  ];
  for (const file of required) if (!files.includes(file)) problems.push(`the tarball lacks ${file}`);
  for (const file of files) {
    if (/^(src|test|scripts|snapshots|coverage|node_modules|\.changeset|\.ci)\//.test(file) || /\.(tgz|map)$/.test(file) || file === 'dist/cli.cjs') {
      problems.push(`the tarball should not hold ${file}`);
    }
  }
  return problems;
}

/** The main entry at runtime, with no zod installed, and the two builds' errors answering each other's `instanceof`. */
const ESM = `
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as api from 'linkedin-policy-data';
import { isSubjectToAiTraining, explainAiTraining, explainInWords, decide, regionOf, DATA_VERSION, DATA_AS_OF, PolicyInputError } from 'linkedin-policy-data';
import regions from 'linkedin-policy-data/data/regions.json' with { type: 'json' };
import timelineSchema from 'linkedin-policy-data/data/schema/timeline.schema.json' with { type: 'json' };
import pkg from 'linkedin-policy-data/package.json' with { type: 'json' };

const require = createRequire(import.meta.url);
assert.throws(() => require.resolve('zod'), 'zod is an optional peer: this project has not installed it');

assert.equal(isSubjectToAiTraining({ country: 'DE' }, '2025-11-02'), false);
assert.equal(isSubjectToAiTraining({ country: 'DE' }, '2025-11-03'), true);
assert.equal(isSubjectToAiTraining({ country: 'DE', optOuts: { 'ai-training': true } }, '2025-11-03'), false);
assert.equal(isSubjectToAiTraining({ country: 'DE', optOuts: { 'ai-training': false } }, '2025-11-03'), true);
assert.deepEqual(explainAiTraining({ country: 'FR', birthDate: '2010-05-01' }, '2025-11-03').reasons, ['minor']);
assert.equal(explainInWords(explainAiTraining({ country: 'FR', birthDate: '2010-05-01' }, '2025-11-03'))[1], 'The member is under 18 on this date, and members under 18 are excluded.');
assert.equal(decide('ai-training', { country: 'US' }, new Date('2025-01-01T12:00:00Z')).status, 'subject');
assert.equal(regionOf('no').id, 'eea');
assert.throws(() => decide('ai', { country: 'DE' }, '2025-11-03'), PolicyInputError);
assert.equal(DATA_VERSION, pkg.version);
assert.match(DATA_AS_OF, /^\\d{4}-\\d{2}-\\d{2}$/);
assert.ok(Array.isArray(regions.regions) && regions.regions.length > 0);
assert.equal(typeof timelineSchema, 'object');
assert.equal('MemberSchema' in api, false, 'the main entry must not export the zod schemas');
assert.throws(() => regionOf('DE').countries.push({ code: 'XX', timeZone: 'UTC' }), TypeError, 'handed-out data is frozen');

// One class for both builds, as far as instanceof can tell.
const cjs = require('linkedin-policy-data');
assert.notEqual(cjs.PolicyInputError, PolicyInputError, 'the check needs two copies of the class');
const thrownBy = (fn) => { try { fn(); } catch (error) { return error; } throw new Error('nothing thrown'); };
const fromCjs = thrownBy(() => cjs.decide('ai-training', { country: 'XX' }, '2025-11-03'));
const fromEsm = thrownBy(() => decide('ai-training', { country: 'XX' }, '2025-11-03'));
assert.ok(fromCjs instanceof PolicyInputError, 'an error from the CommonJS build is an instance of the ESM class');
assert.ok(fromEsm instanceof cjs.PolicyInputError, 'an error from the ESM build is an instance of the CommonJS class');
assert.ok(!(new Error('other') instanceof PolicyInputError));

// The main entry must not load zod: walk the ESM import graph of the installed entry.
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
assert.ok(api.explainInWords(api.explainAiTraining({ country: 'DE' }, '2025-11-03')).some((sentence) => sentence.startsWith('Not used: Private messages')));
assert.equal(api.DATA_VERSION, require('linkedin-policy-data/package.json').version);
assert.ok(new api.PolicyInputError('INVALID_COUNTRY', 'country', 'XX', 'a code') instanceof Error);
const regions = require('linkedin-policy-data/data/regions.json');
assert.ok(regions.regions.some((region) => region.id === 'eu'));
require.resolve('linkedin-policy-data/data/schema/regions.schema.json');
assert.equal(typeof api.timeline('DE', 'ai-training').length, 'number');
console.log('cjs ok');
`;

/** The ./schema entry at runtime, once zod is installed. */
const ESM_SCHEMA = `
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
const schema = await import('linkedin-policy-data/schema');
assert.equal(schema.MemberSchema.safeParse({ country: 'DE', optOuts: { 'ai-training': false } }).success, true);
assert.equal(schema.MemberSchema.safeParse({ country: 42 }).success, false);
const require = createRequire(import.meta.url);
const api = require('linkedin-policy-data');
const loadedZod = () => Object.keys(require.cache).some((file) => /[\\\\/]node_modules[\\\\/]zod[\\\\/]/.test(file));
assert.equal(loadedZod(), false, 'require("linkedin-policy-data") loaded zod');
const cjsSchema = require('linkedin-policy-data/schema');
assert.equal(loadedZod(), true);
assert.equal(cjsSchema.DecisionSchema.safeParse(api.explainAiTraining({ country: 'DE' }, '2025-11-03')).success, true);
console.log('schema ok');
`;

/** Stands in for vitest's expectTypeOf in the consumer project: the same calls, checked by tsc alone. */
const EXPECT_TYPE = `
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
interface Expectation<A> {
  toEqualTypeOf<B>(...mismatch: Equal<A, B> extends true ? [] : [never]): void;
  readonly returns: Expectation<A extends (...args: never[]) => infer R ? R : never>;
}
export declare function expectTypeOf<A>(value: A): Expectation<A>;
export declare function expectTypeOf<A>(): Expectation<A>;
`;

/** Declaration emit: a user's exported values are typed by the package's names, not spelt out inline. */
const TS_HOVER = `
import { explainAiTraining, regions, sourceById, timeline, aiTrainingExposure } from 'linkedin-policy-data';
export const d = explainAiTraining({ country: 'DE' }, '2025-11-03');
export const history = timeline('DE', 'ai-training');
export const all = regions;
export const exposure = aiTrainingExposure({ country: 'DE' });
// From a claim to its source: claims name sources by id.
export const citation = history[1]!.claims[0]!.citations[0]!;
export const source = sourceById(citation.source);
export const url: string | null = sourceById(history[1]!.claims[0]!.citations[0]!.source).url;
`;

/** What the emitted declarations of TS_HOVER must say, whatever the module setting. */
const HOVER_EMIT: readonly RegExp[] = [
  /declare const d: import\("linkedin-policy-data"\)\.Decision;/,
  /declare const history: readonly import\("linkedin-policy-data"\)\.Provision\[\];/,
  /declare const all: readonly import\("linkedin-policy-data"\)\.Region\[\];/,
  /declare const exposure: readonly import\("linkedin-policy-data"\)\.ExposureInterval\[\];/,
  /declare const citation: import\("linkedin-policy-data"\)\.ClaimCitation;/,
  /declare const source: import\("linkedin-policy-data"\)\.Source;/,
];

/** The ./schema entry's types, once zod is installed. */
const TS_SCHEMA = `
import { decide, type Member } from 'linkedin-policy-data';
import { DecisionSchema, MemberSchema, type Dataset } from 'linkedin-policy-data/schema';
const parsed = MemberSchema.parse({ country: 'DE' });
const member: Member = parsed;
const decision = DecisionSchema.parse(decide('ai-training', member, '2025-11-03'));
if (decision.status === 'subject') decision.provision.effectiveFrom.toUpperCase();
let dataset: Dataset | undefined;
// @ts-expect-error 'ai' is not a purpose id
MemberSchema.parse({ country: 'DE' }).optOuts?.ai;
export { dataset };
`;

/** Only where the JSON import syntax is supported (not module node16 or node10). */
const TS_JSON = `
import regions from 'linkedin-policy-data/data/regions.json' with { type: 'json' };
const ids: string[] = regions.regions.map((region) => region.id);
export { ids };
`;

/** Type-checked as CommonJS (a .cts file) under node16 and nodenext: the \`require\` types. */
const TS_CJS = `
import api = require('linkedin-policy-data');
const subject: boolean = api.isSubjectToAiTraining({ country: 'GB' }, '2025-11-03');
const decision = api.explainAiTraining({ country: 'GB' }, '2025-11-03');
if (decision.subject) decision.provision.effectiveFrom.toUpperCase();
// @ts-expect-error 'ai' is not a purpose id
api.decide('ai', { country: 'GB' }, '2025-11-03');
export = decision;
`;

interface TsSetting {
  readonly name: string;
  readonly module: string;
  readonly moduleResolution: string;
  /** Files type-checked with only the package installed, and again with zod beside it. */
  readonly files: readonly string[];
  readonly schemaFiles: readonly string[];
  readonly libCheck: boolean;
}

/**
 * The settings. Under nodenext the declarations themselves are checked too (`skipLibCheck: false`, the
 * package's and zod's, as a strict consumer would); the others skip that — it is the same declarations, and
 * checking zod's costs several seconds each — but still check every use against the package's types.
 */
const TS_SETTINGS: readonly TsSetting[] = [
  { name: 'node16', module: 'node16', moduleResolution: 'node16', files: ['types.ts', 'hover.ts', 'cjs.cts'], schemaFiles: ['schema.ts'], libCheck: false },
  {
    name: 'nodenext',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    files: ['types.ts', 'hover.ts', 'json.ts', 'cjs.cts'],
    schemaFiles: ['schema.ts'],
    libCheck: true,
  },
  { name: 'bundler', module: 'esnext', moduleResolution: 'bundler', files: ['types.ts', 'hover.ts', 'json.ts'], schemaFiles: ['schema.ts'], libCheck: false },
  { name: 'node10', module: 'commonjs', moduleResolution: 'node10', files: ['types.ts', 'hover.ts'], schemaFiles: ['schema.ts'], libCheck: false },
];

/** A strict consumer's tsconfig for `setting`, emitting declarations only (into out-NAME/) so emit can be read. */
function tsconfig(setting: TsSetting, files: readonly string[], libCheck: boolean): string {
  const { module, moduleResolution, name } = setting;
  return JSON.stringify(
    {
      compilerOptions: {
        module,
        moduleResolution,
        target: 'es2022',
        // zod's declarations name URL, which a consumer gets from the DOM lib or @types/node.
        lib: ['es2022', 'dom'],
        types: [],
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        declaration: true,
        emitDeclarationOnly: true,
        outDir: `out-${name}`,
        skipLibCheck: !libCheck,
        resolveJsonModule: true,
        ...(moduleResolution === 'bundler' ? {} : { verbatimModuleSyntax: false }),
      },
      files,
    },
    null,
    2,
  );
}

/** Runs tsc on every setting in parallel; throws naming each setting that failed. */
async function typeCheck(app: string, configs: readonly { name: string; config: string }[]): Promise<void> {
  const runs = configs.map(({ name, config }) => ({ name, child: spawnAsync(process.execPath, [TSC, '-p', config], app) }));
  const failures: string[] = [];
  for (const { name, child } of runs) {
    const { status, output } = await child;
    if (status !== 0) failures.push(`TypeScript (${name}) failed:\n${output}`);
  }
  if (failures.length > 0) throw new Error(failures.join('\n'));
}

/** The repository's public type tests, pointed at the installed package instead of the sources. */
function publicTypeTests(): string {
  const text = readFileSync(join(REPO_ROOT, 'test', 'types', 'public-api.test-d.ts'), 'utf8');
  const pointed = text.replace("from 'vitest';", "from './expect-type.js';").replace("from '../../src/index.js';", "from 'linkedin-policy-data';");
  if (pointed.includes('../') || !pointed.includes("from 'linkedin-policy-data';")) {
    throw new Error('test/types/public-api.test-d.ts should import only vitest and ../../src/index.js');
  }
  return pointed;
}

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
    const problems = [...checkPackedFiles(files, hasChangelog), ...checkPackedLinks(files, (file) => readFileSync(join(packageDir, file), 'utf8'))];
    if (problems.length > 0) throw new Error(`npm pack:\n  ${problems.join('\n  ')}`);
    step(`packed ${packed[0]!.filename}: ${files.length} files, ${(packed[0]!.size / 1024).toFixed(1)} KiB`);

    // 2. A fresh project that installs the tarball, without zod: it is an optional peer.
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
    const install = (specs: readonly string[], label: string) =>
      run(
        NPM,
        ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', '--loglevel=error', ...specs],
        app,
        label,
      );
    install([relative(app, tarball)], 'npm install of the tarball');
    const installed = JSON.parse(readFileSync(join(app, 'node_modules', pkg.name, 'package.json'), 'utf8')) as { version: string };
    if (installed.version !== pkg.version) throw new Error(`installed ${installed.version}, packed ${pkg.version}`);
    if (existsSync(join(app, 'node_modules', 'zod'))) throw new Error('installing the package installed zod: it should be an optional peer');
    step('installed in a fresh project, without zod');

    // 3. Runtime: ESM, CommonJS, instanceof across the two, JSON subpaths.
    writeFileSync(join(app, 'esm.mjs'), ESM);
    writeFileSync(join(app, 'cjs.cjs'), CJS);
    run(process.execPath, ['esm.mjs'], app, 'ESM import');
    run(process.execPath, ['cjs.cjs'], app, 'CommonJS require');
    step('ESM import, CommonJS require, PolicyInputError instanceof across them, JSON data and JSON Schema subpaths');

    // 4. The bin, as npm linked it.
    const bin = join(app, 'node_modules', '.bin', 'linkedin-policy-data');
    const version = run(bin, ['--version'], app, 'the bin (--version)');
    if (!version.includes(pkg.version)) throw new Error(`the bin's --version says ${JSON.stringify(version)}, not ${pkg.version}`);
    const answer = JSON.parse(run(bin, ['check', '--country', 'DE', '--date', '2025-11-03', '--purpose', 'ai-training', '--json'], app, 'the bin (check)')) as unknown;
    if (!JSON.stringify(answer).includes('"subject"')) throw new Error(`the bin's check answered ${JSON.stringify(answer).slice(0, 300)}`);
    step('the bin (linkedin-policy-data --version, check --json)');

    // 5. TypeScript without zod, in four module settings. The @ts-expect-error lines fail the check if the
    //    types accept what they must reject (an unused directive is an error).
    writeFileSync(join(app, 'types.ts'), publicTypeTests());
    writeFileSync(join(app, 'expect-type.ts'), EXPECT_TYPE);
    writeFileSync(join(app, 'hover.ts'), TS_HOVER);
    writeFileSync(join(app, 'json.ts'), TS_JSON);
    writeFileSync(join(app, 'cjs.cts'), TS_CJS);
    for (const setting of TS_SETTINGS) writeFileSync(join(app, `tsconfig.${setting.name}.json`), tsconfig(setting, setting.files, setting.libCheck));
    await typeCheck(app, TS_SETTINGS.map(({ name }) => ({ name, config: `tsconfig.${name}.json` })));
    for (const { name } of TS_SETTINGS) {
      const emitted = readFileSync(join(app, `out-${name}`, 'hover.d.ts'), 'utf8');
      const missing = HOVER_EMIT.filter((pattern) => !pattern.test(emitted));
      if (missing.length > 0) throw new Error(`declaration emit (${name}) spells the types out instead of naming them:\n${emitted}`);
    }
    step(`TypeScript ${TS_SETTINGS.map((s) => s.name).join(', ')} (strict): narrowing, readonly, members, named declaration emit`);

    // 6. With zod beside it: the ./schema entry at runtime and in the same settings.
    const zodVersion = (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', 'zod', 'package.json'), 'utf8')) as { version: string }).version;
    install([relative(app, tarball), `zod@${zodVersion}`], 'npm install of zod');
    writeFileSync(join(app, 'schema.mjs'), ESM_SCHEMA);
    run(process.execPath, ['schema.mjs'], app, 'the ./schema entry');
    writeFileSync(join(app, 'schema.ts'), TS_SCHEMA);
    for (const setting of TS_SETTINGS) writeFileSync(join(app, `tsconfig.schema-${setting.name}.json`), tsconfig(setting, setting.schemaFiles, setting.libCheck));
    await typeCheck(app, TS_SETTINGS.map(({ name }) => ({ name: `${name}, ./schema`, config: `tsconfig.schema-${name}.json` })));
    step(`./schema with zod ${zodVersion}: runtime, and TypeScript ${TS_SETTINGS.map((s) => s.name).join(', ')}`);

    // 7. The warehouse guide, followed in the fresh project with DuckDB installed beside the package: its SQL
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
