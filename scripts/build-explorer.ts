/**
 * Builds the policy explorer — explorer/index.html, explorer/explorer.css and the page's script bundled with
 * esbuild from the library's own ESM build (dist/index.js) — into one self-contained folder.
 *
 *   tsx scripts/build-explorer.ts --out docs-site/explorer     (what `npm run docs` runs)
 *   tsx scripts/build-explorer.ts --out test-output/explorer   (what `npm run test:browser` runs)
 *
 * Runs `npm run build` first when dist/index.js is missing. The result is a classic (non-module) script, so the
 * page also works from file://, and the build fails if the page would load anything from another host.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE = 'linkedin-policy-data';
const DIST_ENTRY = join(root, 'dist', 'index.js');
const PROTECTED = ['src', 'data', 'dist', 'docs', 'explorer', 'scripts', 'test', 'node_modules', 'snapshots', '.git'];

function parseArgs(argv: readonly string[]): { out: string } {
  let out = join(root, 'docs-site', 'explorer');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') {
      const value = argv[++i];
      if (value === undefined || value === '') fail('--out needs a folder');
      out = resolve(value);
    } else if (arg.startsWith('--out=')) {
      out = resolve(arg.slice('--out='.length));
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: tsx scripts/build-explorer.ts [--out DIR]   (default: docs-site/explorer)');
      process.exit(0);
    } else {
      fail(`unknown argument ${JSON.stringify(arg)}`);
    }
  }
  // rmSync empties the folder first, so it must be one of its own, never the project or its sources.
  const fromRoot = relative(root, out);
  const top = fromRoot.split(/[\\/]/)[0]!;
  const ancestorOfRoot = fromRoot === '' || !relative(out, root).startsWith('..');
  if (ancestorOfRoot || (!fromRoot.startsWith('..') && PROTECTED.includes(top))) {
    fail(`refusing to build into ${out}: pick a folder of its own, e.g. docs-site/explorer`);
  }
  return { out };
}

function fail(message: string): never {
  console.error(`build-explorer: ${message}`);
  process.exit(1);
}

/** Resolves the package's own name to its ESM build and its `data/*.json` export, as a consumer would get them. */
const selfPackage: Plugin = {
  name: 'linkedin-policy-data-self',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^linkedin-policy-data(\/.*)?$/ }, (args) => {
      if (args.path === PACKAGE) return { path: DIST_ENTRY };
      const data = /^linkedin-policy-data\/data\/([\w-]+\.json)$/.exec(args.path);
      if (data !== null) return { path: join(root, 'data', data[1]!) };
      return { errors: [{ text: `the explorer may import only "${PACKAGE}" and "${PACKAGE}/data/*.json", not "${args.path}"` }] };
    });
  },
};

/** Fails when the bundle took the library from anywhere but its ESM build, or pulled in zod. */
function checkInputs(metafile: Metafile): void {
  const inputs = Object.keys(metafile.inputs).map((input) => input.replace(/\\/g, '/'));
  if (!inputs.some((input) => input.endsWith('dist/index.js'))) fail('the bundle does not contain dist/index.js');
  const fromSource = inputs.filter((input) => input.startsWith('src/'));
  if (fromSource.length > 0) fail(`the bundle reads the library's sources instead of its build: ${fromSource.join(', ')}`);
  const zod = inputs.filter((input) => input.includes('node_modules/zod/'));
  if (zod.length > 0) fail('the bundle contains zod; the API entry must not load it');
}

/** Fails when the page would fetch anything from another host: no CDN, no web font, no remote stylesheet. */
function checkSelfContained(out: string): void {
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const css = readFileSync(join(out, 'explorer.css'), 'utf8');
  const remoteInHtml = /<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:[a-z][\w+.-]*:)?\/\//i;
  if (remoteInHtml.test(html)) fail('index.html loads something from another host');
  if (/@import|url\(\s*["']?(?:[a-z][\w+.-]*:)?\/\//i.test(css)) fail('explorer.css loads something from another host');
  const js = readFileSync(join(out, 'explorer.js'), 'utf8');
  if (/\b(?:fetch|XMLHttpRequest|importScripts|WebSocket|EventSource)\s*\(/.test(js) || /\bimport\s*\(/.test(js)) {
    fail('explorer.js can make requests; the page must compute everything in place');
  }
}

async function main(): Promise<void> {
  const { out } = parseArgs(process.argv.slice(2));
  const started = performance.now();

  if (!existsSync(DIST_ENTRY)) {
    console.log('build-explorer: dist/index.js is missing, running npm run build');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0 || !existsSync(DIST_ENTRY)) fail('npm run build failed');
  }

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const script = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'explorer', 'src', 'main.ts')],
    outfile: join(out, 'explorer.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    sourcemap: 'linked',
    sourcesContent: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    // tsup's ESM entry keeps a bare `import './chunk-….js'` of a shared chunk; with "sideEffects": false a
    // bundler drops it, which is right (the chunk only declares constants), so that warning is noise here.
    logOverride: { 'ignored-bare-import': 'silent' },
    plugins: [selfPackage],
  });
  checkInputs(script.metafile);

  await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'explorer', 'explorer.css')],
    outfile: join(out, 'explorer.css'),
    bundle: true,
    minify: true,
    logLevel: 'warning',
  });

  copyFileSync(join(root, 'explorer', 'index.html'), join(out, 'index.html'));
  checkSelfContained(out);

  const size = (file: string): string => `${(statSync(join(out, file)).size / 1024).toFixed(1)} KiB`;
  console.log(
    `build-explorer: ${relative(root, out).startsWith('..') ? out : relative(root, out)}/ index.html ${size('index.html')}, explorer.js ${size('explorer.js')}, ` +
      `explorer.css ${size('explorer.css')} in ${Math.round(performance.now() - started)} ms`,
  );
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
