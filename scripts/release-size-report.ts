/**
 * What the bytes of a size budget are made of. size-limit says how big `import { isSubjectToAiTraining }` is;
 * this says why: it bundles the same import the way size-limit does (esbuild, minified, tree-shaken) but from
 * src/, so the esbuild metafile can attribute the output to source modules and data files.
 *
 *   npx tsx scripts/release-size-report.ts                      # isSubjectToAiTraining
 *   npx tsx scripts/release-size-report.ts explainAiTraining '*'
 *
 * Per module it prints the minified bytes it contributes and the gzip size of that contribution alone (gzip
 * of pieces does not add up to the gzip of the whole; the whole is printed too). Diagnostic only: the budgets
 * themselves are checked by size-limit against dist/ in `npm run check:release`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };

/** Minified and gzipped size of a bundle importing `names` from the main entry, and each module's share. */
export async function sizeReport(names: string): Promise<{
  minified: number;
  gzip: number;
  modules: { path: string; minified: number; gzipAlone: number }[];
}> {
  const imports = names === '*' ? '* as all' : `{ ${names} }`;
  const list = names === '*' ? 'all' : names;
  const result = await build({
    stdin: {
      contents: `import ${imports} from './src/index.ts';\nconsole.log(${list});\n`,
      resolveDir: root.pathname,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    logLevel: 'error',
    define: { __DATA_VERSION__: JSON.stringify(version) },
  });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  // Each module's code as it appears in the output, to gzip it alone: esbuild marks module boundaries only in
  // unminified output, so approximate with the module's own minified source.
  const modules = await Promise.all(
    Object.entries(output.inputs).map(async ([path, { bytesInOutput }]) => {
      let gzipAlone = 0;
      if (bytesInOutput > 0) {
        const alone = await build({
          entryPoints: [new URL(path, root).pathname],
          bundle: false,
          write: false,
          minify: true,
          format: 'esm',
          logLevel: 'silent',
          loader: { '.json': 'json' },
          define: { __DATA_VERSION__: JSON.stringify(version) },
        }).catch(() => undefined);
        gzipAlone = alone ? gzipSync(alone.outputFiles[0]!.contents).length : 0;
      }
      return { path, minified: bytesInOutput, gzipAlone };
    }),
  );
  modules.sort((a, b) => b.minified - a.minified);
  return { minified: code.length, gzip: gzipSync(code).length, modules };
}

/** A coarse bucket for a module path: the package for dependencies, the folder or data file for ours. */
export function groupOf(path: string): string {
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (dep !== null) return `dependency ${dep[1]}`;
  if (path.startsWith('data/')) return path;
  const folder = /^src\/([^/]+)\//.exec(path);
  return folder !== null ? `src/${folder[1]}/` : path;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const targets = process.argv.slice(2);
  for (const names of targets.length > 0 ? targets : ['isSubjectToAiTraining']) {
    const report = await sizeReport(names);
    console.log(`import ${names === '*' ? '*' : `{ ${names} }`}: ${report.minified} B minified, ${report.gzip} B gzip`);
    const groups = new Map<string, number>();
    for (const m of report.modules) groups.set(groupOf(m.path), (groups.get(groupOf(m.path)) ?? 0) + m.minified);
    console.log('  by group (minified bytes):');
    for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
      if (bytes > 0) console.log(`  ${String(bytes).padStart(7)} B  ${(100 * bytes / report.minified).toFixed(0).padStart(3)} %  ${group}`);
    }
    console.log('  by module:');
    for (const m of report.modules.filter((x) => x.minified > 0)) {
      console.log(`  ${String(m.minified).padStart(7)} B min  ${String(m.gzipAlone).padStart(6)} B gz alone  ${m.path}`);
    }
  }
}
