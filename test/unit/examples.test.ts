/**
 * The examples in the docs are tests: every ```ts block of README.md and docs/*.md and every `@example` block
 * in src/ is run against the source, each `// =>` line asserting a deep-equal value, and type-checked. A wrong
 * example fails here, so the docs cannot drift from the code or the data. See test/examples-extract.ts for
 * the convention.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CHECK_KEY,
  ROOT,
  compileExample,
  markdownBlocks,
  sourceBlocks,
  type ExampleBlock,
  type ExampleCheck,
} from '../examples-extract.js';
import { writePolicyJsonLd } from '../../src/jsonld/policy-file.js';

function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(resolve(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(path, ext));
    else if (entry.name.endsWith(ext) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

const markdownFiles = ['README.md', ...(() => {
  try {
    return filesUnder('docs', '.md');
  } catch {
    return [];
  }
})()];
const blocks: ExampleBlock[] = [
  ...markdownFiles.flatMap((file) => markdownBlocks(file)),
  ...filesUnder('src', '.ts').flatMap((file) => sourceBlocks(file)),
];

// One folder per process: the unit suite runs in several processes at once (one per host time zone).
const outDir = resolve(ROOT, 'test-output', 'examples', `${process.pid}`);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
// What guide examples read from files, written where the example modules run: the vocabularies guide loads the
// JSON-LD export from out/ next to itself, as a user's script would after `export --format jsonld --out out`.
writePolicyJsonLd(join(outDir, 'out'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const moduleFileOf = (block: ExampleBlock, index: number) =>
  join(outDir, `${String(index).padStart(3, '0')}-${`${block.file}-${block.symbol}`.replace(/[^\w.-]+/g, '_')}.ts`);

describe('examples', () => {
  it('finds the examples of the README and of the public API', () => {
    expect(blocks.filter((b) => b.file === 'README.md').length).toBeGreaterThan(0);
    expect(blocks.some((b) => b.file === 'src/api/decide.ts' && b.symbol === 'decide')).toBe(true);
  });

  blocks.forEach((block, index) => {
    it(`${block.file} › ${block.symbol} (line ${block.line})`, async () => {
      const file = moduleFileOf(block, index);
      const compiled = compileExample(block, file);
      writeFileSync(file, compiled.code);
      const ran = new Set<number>();
      const check: ExampleCheck = (id, actual, expected) => {
        const assertion = compiled.assertions[id]!;
        ran.add(id);
        expect(actual, `${assertion.where}: ${assertion.expression} // => ${assertion.expected}`).toStrictEqual(expected);
      };
      (globalThis as Record<symbol, unknown>)[Symbol.for(CHECK_KEY)] = check;
      try {
        await import(pathToFileURL(file).href);
      } finally {
        delete (globalThis as Record<symbol, unknown>)[Symbol.for(CHECK_KEY)];
      }
      // An assertion that never ran (say, in a catch block that was never entered) proves nothing.
      const skipped = compiled.assertions.filter((a) => !ran.has(a.id)).map((a) => a.where);
      expect(skipped, 'assertions that never ran').toEqual([]);
    });
  });

  it('type-checks every example against the source', () => {
    const files = blocks.map((block, index) => {
      const file = moduleFileOf(block, index).replace(/\.ts$/, '.typecheck.ts');
      writeFileSync(file, compileExample(block, file).code);
      return file;
    });
    const config = ts.getParsedCommandLineOfConfigFile(resolve(ROOT, 'tsconfig.json'), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    });
    if (config === undefined) throw new Error('tsconfig.json could not be read');
    const program = ts.createProgram(files, { ...config.options, noEmit: true });
    const diagnostics = ts.getPreEmitDiagnostics(program).flatMap((d) => {
      const index = d.file === undefined ? -1 : files.indexOf(resolve(d.file.fileName));
      if (index < 0) return [];
      const block = blocks[index]!;
      // The generated file has one header line; the line is exact unless an assertion above spanned lines.
      const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
      return [`${block.file}:${block.line + line - 1} (${block.symbol}): ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`];
    });
    expect(diagnostics).toEqual([]);
  }, 60_000);
});

describe('the public API', () => {
  // Every export of both entries documents itself with at least one ```ts @example, which the tests above run.
  const program = ts.createProgram([resolve(ROOT, 'src/index.ts'), resolve(ROOT, 'src/schema/index.ts')], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  for (const entry of ['src/index.ts', 'src/schema/index.ts']) {
    it(`${entry}: every export has a runnable @example`, () => {
      const module = checker.getSymbolAtLocation(program.getSourceFile(resolve(ROOT, entry))!)!;
      const missing: string[] = [];
      for (const exported of checker.getExportsOfModule(module)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const examples = (symbol.declarations ?? []).flatMap((declaration) =>
          ts.getJSDocTags(declaration).filter((tag) => tag.tagName.text === 'example'),
        );
        const runnable = examples.some((tag) => /```(?:ts|typescript)\b/.test(ts.getTextOfJSDocComment(tag.comment) ?? ''));
        if (!runnable) missing.push(exported.name);
      }
      expect(missing).toEqual([]);
    });
  }
});
