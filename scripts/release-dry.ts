/**
 * `npm run release:dry`: everything a release does short of publishing, in a temporary clone of the committed
 * HEAD, so that what would reach npm is tried before it does:
 *
 *   1. a fresh clone and `npm ci` (uncommitted changes are not part of a release, so they are not part of this);
 *   2. `changeset version` when changesets are pending: the version, the changelog entry, and no changeset left;
 *   3. the build and `npm pack`: the tarball must hold the build;
 *   4. a fresh project that installs only the tarball (and zod, if an example needs `./schema`), then type-checks
 *      (strict, `moduleResolution: nodenext`) and runs there, against the installed package, every ```ts block of
 *      the README and of the migration guide in docs/versioning.md — `// =>` lines are asserted — and the bin.
 *
 * It prints the version, the line the release tag would carry (the changelog entry's first line) and the
 * tarball's size. Exit code 1 on any failure.
 *
 *   npx tsx scripts/release-dry.ts [--keep]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import { CHECK_KEY, compileExample, markdownBlocks } from '../test/examples-extract.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const QUIET_NPM = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

/** Runs a command, returning its stdout; on failure throws with everything it printed. */
function run(command: string, args: readonly string[], cwd: string, label: string): string {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false' },
  });
  if (result.status !== 0) {
    throw new Error(`${label} failed (exit ${result.status}):\n$ ${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** The changesets waiting in `.changeset/` (its README is not one). */
export function pendingChangesets(repo: string): string[] {
  const dir = join(repo, '.changeset');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort() : [];
}

/**
 * The newest changelog entry for `version`: its heading must be `## <version>`; the result is the entry's first
 * line of prose (the line a release tag carries), skipping change-type subheadings and list markers.
 */
export function changelogFirstLine(changelog: string, version: string): string {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => /^## /.test(line));
  if (start === -1 || lines[start]!.trim() !== `## ${version}`) {
    throw new Error(`CHANGELOG.md: the newest entry is "${lines[start] ?? '(none)'}", expected "## ${version}"`);
  }
  for (const line of lines.slice(start + 1)) {
    if (/^## /.test(line)) break;
    const text = line.replace(/^\s*(?:[-*]\s+)?/, '').trim();
    if (text !== '' && !/^#{3,} /.test(line)) return text;
  }
  throw new Error(`CHANGELOG.md: the entry for ${version} is empty`);
}

/** The Markdown files whose ```ts blocks a release runs against its own tarball. */
export const RELEASE_EXAMPLE_FILES = ['README.md', 'docs/versioning.md'] as const;

/** One example as the release dry run uses it: TypeScript to type-check, JavaScript to run. */
export interface ReleaseExample {
  readonly name: string;
  /** The block with its `// =>` lines as checks, still TypeScript, importing the installed package. */
  readonly ts: string;
  /** The same, transpiled to an ES module with the checks defined. */
  readonly code: string;
  readonly needsZod: boolean;
}

/** Compiles each ```ts block of a Markdown file to a module that imports the installed package and asserts its `// =>` lines. */
export function exampleModules(file: string, text: string): ReleaseExample[] {
  const stem = file.replace(/\W+/g, '-').replace(/-md$/, '').toLowerCase();
  return markdownBlocks(file, text).map((block, i) => {
    const name = `${stem}-${i + 1}`;
    const compiled = compileExample(block, `${name}.ts`, { imports: 'package' });
    const js = ts.transpileModule(compiled.code, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    }).outputText;
    const where = JSON.stringify(compiled.assertions.map((a) => `${a.where}: ${a.expression}`));
    const prelude = [
      `import { deepStrictEqual as __equal } from 'node:assert';`,
      `const __where = ${where};`,
      `globalThis[Symbol.for(${JSON.stringify(CHECK_KEY)})] = (id, actual, expected) => __equal(actual, expected, __where[id]);`,
    ].join('\n');
    return { name, ts: compiled.code, code: `${prelude}\n${js}`, needsZod: /['"]linkedin-policy-data\/schema['"]/.test(block.code) };
  });
}

/** The README's examples (kept for callers that want only those). */
export function readmeModules(readme: string): ReleaseExample[] {
  return exampleModules('README.md', readme);
}

/** A strict project setting like a careful user's, for type-checking the examples against the tarball's types. */
const CONSUMER_TSCONFIG = {
  compilerOptions: {
    strict: true,
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    noEmit: true,
    skipLibCheck: false,
    types: [],
    // `dom` for console, which examples may use; the package's own types must not need more.
    lib: ['es2022', 'dom'],
  },
  include: ['*.ts'],
};

function main(): void {
  const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
  const work = mkdtempSync(join(tmpdir(), 'lpd-release-dry-'));
  const log = (line: string) => console.log(line);
  try {
    if (run('git', ['status', '--porcelain'], ROOT, 'git status').trim() !== '') {
      log('note: the working tree has uncommitted changes; the dry run uses the committed HEAD, as a release would');
    }
    const repo = join(work, 'repo');
    run('git', ['clone', '--quiet', '--no-hardlinks', ROOT, repo], work, 'git clone');
    log(`clone   ${run('git', ['rev-parse', 'HEAD'], repo, 'git rev-parse').trim()}`);
    run(NPM, ['ci', ...QUIET_NPM], repo, 'npm ci');

    const pending = pendingChangesets(repo);
    if (pending.length > 0) {
      run(join(repo, 'node_modules', '.bin', 'changeset'), ['version'], repo, 'changeset version');
      log(`version applied ${pending.length} pending changeset(s)`);
    }
    const left = pendingChangesets(repo);
    if (left.length > 0) throw new Error(`changesets still pending after changeset version: ${left.join(', ')}`);
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { name: string; version: string };
    const tagLine = changelogFirstLine(readFileSync(join(repo, 'CHANGELOG.md'), 'utf8'), pkg.version);
    log(`version ${pkg.version}`);
    log(`tag     v${pkg.version}: ${tagLine}`);

    // `npm pack` runs prepack, which builds: the tarball must carry dist/ without a separate build step.
    const packed = JSON.parse(run(NPM, ['pack', '--json', '--loglevel=error', '--pack-destination', work], repo, 'npm pack')) as {
      filename: string;
      size: number;
      files: { path: string }[];
    }[];
    const tarball = packed[0]!;
    for (const required of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/cli.js']) {
      if (!tarball.files.some((f) => f.path === required)) throw new Error(`the tarball has no ${required}`);
    }
    log(`pack    ${tarball.filename}: ${tarball.files.length} files, ${(tarball.size / 1024).toFixed(1)} kB`);

    const consumer = join(work, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'release-dry-consumer', private: true, type: 'module' }));
    const modules = RELEASE_EXAMPLE_FILES.flatMap((file) => exampleModules(file, readFileSync(join(repo, file), 'utf8')));
    const zod = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['zod'];
    const installs = [join(work, tarball.filename), ...(modules.some((m) => m.needsZod) && zod ? [`zod@${zod}`] : [])];
    run(NPM, ['install', ...QUIET_NPM, ...installs], consumer, 'npm install (the tarball in a fresh project)');

    if (modules.length === 0) throw new Error('no ```ts block to run in README.md or docs/versioning.md');
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify(CONSUMER_TSCONFIG));
    for (const module of modules) writeFileSync(join(consumer, `${module.name}.ts`), module.ts);
    run(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], consumer, 'type-checking the examples against the tarball');
    for (const module of modules) {
      writeFileSync(join(consumer, `${module.name}.mjs`), module.code);
      run(process.execPath, [`${module.name}.mjs`], consumer, `example ${module.name}`);
    }
    log(`examples ${modules.length} from ${RELEASE_EXAMPLE_FILES.join(' and ')}: type-checked and run against the installed package`);

    const installed = run(process.execPath, ['-e', "process.stdout.write(require('linkedin-policy-data').DATA_VERSION)"], consumer, 'require');
    if (installed !== pkg.version) throw new Error(`DATA_VERSION of the installed package is ${installed}, expected ${pkg.version}`);
    const bin = join(consumer, 'node_modules', '.bin', 'linkedin-policy-data');
    const answer = run(bin, ['check', '--country', 'DE', '--date', '2025-11-04'], consumer, 'the bin');
    if (answer.trim() === '') throw new Error('the bin printed nothing for check --country DE --date 2025-11-04');
    log('bin     check --country DE --date 2025-11-04 answered');
    log(`dry run passed: ${pkg.name}@${pkg.version} is ready; a release would run npm publish --provenance`);
  } finally {
    if (values.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
