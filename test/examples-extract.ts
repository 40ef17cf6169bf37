/**
 * Finds the runnable examples of the project — the ```ts blocks of README.md and docs/*.md and the ```ts blocks
 * of every `@example` in src/ — and turns each into a module that checks itself, for test/unit/examples.test.ts.
 *
 * The convention, for every such block:
 * - `expr; // => value` asserts that `expr` deep-equals `value` (any JavaScript expression);
 * - a line holding only `// => value` asserts the same of the expression statement just above it;
 * - every other line, comments included, is simply run.
 * Imports of `linkedin-policy-data`, `linkedin-policy-data/schema` and `linkedin-policy-data/data/*.json` are
 * pointed at src/index.ts, src/schema/index.ts and data/*.json, so the examples run against the source.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One runnable block. */
export interface ExampleBlock {
  /** The file it was found in, relative to the project root, e.g. `src/api/decide.ts` or `README.md`. */
  readonly file: string;
  /** What it documents: the exported symbol after the comment, or the Markdown heading above the block. */
  readonly symbol: string;
  /** The 1-based line of the block's first code line in `file`. */
  readonly line: number;
  /** The code, with the comment margin removed. */
  readonly code: string;
}

/** One `// =>` assertion of a compiled block. */
export interface ExampleAssertion {
  readonly id: number;
  /** `file:line` of the assertion in the original file. */
  readonly where: string;
  readonly expression: string;
  readonly expected: string;
}

/** A block turned into a module. */
export interface CompiledExample {
  readonly code: string;
  readonly assertions: readonly ExampleAssertion[];
}

/** The global through which a compiled example reports its checks. */
export const CHECK_KEY = 'linkedin-policy-data:examples';

/** What a compiled example calls for each `// =>`: the assertion id, the actual and the expected value. */
export type ExampleCheck = (id: number, actual: unknown, expected: unknown) => void;

export const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');

const TS_FENCE = /^(\s*)```(?:ts|typescript)(?:\s.*)?$/;
const ANY_FENCE = /^\s*```/;

/** The ```ts blocks of a Markdown file, each named by the heading above it. */
export function markdownBlocks(file: string, text = readFileSync(resolve(ROOT, file), 'utf8')): ExampleBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: ExampleBlock[] = [];
  let heading = '(top)';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = TS_FENCE.exec(line);
    if (open === null) {
      if (ANY_FENCE.test(line)) {
        // Skip any other fenced block whole, so that a '#' inside it is not taken for a heading.
        for (i++; i < lines.length && !ANY_FENCE.test(lines[i]!); i++);
        continue;
      }
      const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (h) heading = h[1]!;
      continue;
    }
    const indent = open[1]!.length;
    const body: string[] = [];
    const start = i + 2;
    for (i++; i < lines.length && !ANY_FENCE.test(lines[i]!); i++) body.push(lines[i]!.slice(indent));
    blocks.push({ file, symbol: heading, line: start, code: body.join('\n') });
  }
  return blocks;
}

/** The name of what a doc comment documents, from the code that follows it. */
function documentedName(comment: string, after: string, className: string | undefined): string {
  const module = /@module\s+(\S+)/.exec(comment);
  if (module) return `module ${module[1]}`;
  const declaration =
    /^\s*(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(?:const|let|var|function\*?|class|type|interface|enum)\s+([A-Za-z_$][\w$]*)/.exec(
      after,
    );
  if (declaration) return declaration[1]!;
  const member = /^\s*(?:(?:public|protected|private|static|readonly|override|get|set|async)\s+)*(constructor|[A-Za-z_$][\w$]*)\s*[?!]?\s*[:(=<]/.exec(after);
  if (member) return className === undefined ? member[1]! : `${className}.${member[1]}`;
  return '(unnamed)';
}

/** The ```ts blocks of the `@example` tags of a TypeScript file, each named by the symbol it documents. */
export function sourceBlocks(file: string, text = readFileSync(resolve(ROOT, file), 'utf8')): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  for (const match of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const comment = match[0];
    if (!comment.includes('@example')) continue;
    const before = text.slice(0, match.index);
    const className = [...before.matchAll(/^(?:export\s+)?(?:abstract\s+)?class\s+([A-Za-z_$][\w$]*)/gm)].at(-1)?.[1];
    const after = text.slice(match.index + comment.length).replace(/^\s*(?:\/\/.*\n\s*)*/, '');
    const symbol = documentedName(comment, after, className);
    const firstLine = lineAt(match.index);
    // The comment's lines without the ` * ` margin, and whether each is inside an @example section.
    const lines = comment
      .replace(/^\/\*\*/, '')
      .replace(/\*\/$/, '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''));
    let inExample = false;
    let count = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const tag = /^@(\w+)/.exec(line);
      if (tag) inExample = tag[1] === 'example';
      if (!inExample) continue;
      const open = TS_FENCE.exec(line);
      if (open === null) {
        if (ANY_FENCE.test(line)) for (i++; i < lines.length && !ANY_FENCE.test(lines[i]!); i++);
        continue;
      }
      const body: string[] = [];
      const start = firstLine + i + 1;
      for (i++; i < lines.length && !ANY_FENCE.test(lines[i]!); i++) body.push(lines[i]!);
      count++;
      blocks.push({ file, symbol: count === 1 ? symbol : `${symbol} #${count}`, line: start, code: body.join('\n') });
    }
  }
  return blocks;
}

/** Where each public specifier points, relative to the project root. */
function sourceSpecifier(specifier: string): string | undefined {
  if (specifier === 'linkedin-policy-data') return 'src/index.ts';
  if (specifier === 'linkedin-policy-data/schema') return 'src/schema/index.ts';
  const data = /^linkedin-policy-data\/data\/([\w.-]+\.json)$/.exec(specifier);
  if (data) return `data/${data[1]}`;
  if (specifier === 'linkedin-policy-data' || specifier.startsWith('linkedin-policy-data/')) {
    throw new Error(`unknown package subpath "${specifier}": the package exports ".", "./schema" and "./data/*.json"`);
  }
  return undefined;
}

function relativeSpecifier(fromDir: string, target: string): string {
  // src/ imports its own modules as `.js`, as TypeScript wants without allowImportingTsExtensions; so do we.
  const path = relative(fromDir, resolve(ROOT, target.replace(/\.ts$/, '.js'))).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * Turns a block into a module to be written to `moduleFile` and imported: imports point at the source, and each
 * `// =>` becomes a call of the global check with an assertion id. Throws for a `// =>` that follows no
 * expression statement, so a misplaced assertion cannot pass by being ignored.
 */
export interface CompileOptions {
  /**
   * `source` (the default) points the package's imports at src/ and data/, to test a change before it is built;
   * `package` leaves them as written, for a project that has the packed package installed (the release dry run).
   */
  readonly imports?: 'source' | 'package';
}

export function compileExample(block: ExampleBlock, moduleFile: string, options: CompileOptions = {}): CompiledExample {
  const source = ts.createSourceFile('example.ts', block.code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const text = block.code;
  const edits: { start: number; end: number; text: string }[] = [];
  const where = (pos: number) => `${block.file}:${block.line + source.getLineAndCharacterOfPosition(pos).line}`;

  // Imports, re-exports and dynamic imports of the package, pointed at the source.
  const moduleDir = dirname(moduleFile);
  const retarget = (literal: ts.Node) => {
    if (!ts.isStringLiteral(literal)) return;
    const target = sourceSpecifier(literal.text);
    if (target !== undefined && options.imports !== 'package') {
      edits.push({ start: literal.getStart(source), end: literal.end, text: JSON.stringify(relativeSpecifier(moduleDir, target)) });
    }
  };

  const statements: ts.ExpressionStatement[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) retarget(node.moduleSpecifier);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      retarget(node.arguments[0]);
    }
    if (ts.isExpressionStatement(node)) statements.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);

  // Every `// =>` comment, taken from the trivia around the parsed tokens, so that text inside a string or a
  // template literal is never taken for one.
  const comments = new Map<number, ts.CommentRange>();
  const collect = (node: ts.Node): void => {
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) comments.set(range.pos, range);
    for (const range of ts.getTrailingCommentRanges(text, node.end) ?? []) comments.set(range.pos, range);
    for (const child of node.getChildren(source)) collect(child);
  };
  collect(source);
  const arrows: { pos: number; value: string }[] = [];
  for (const range of [...comments.values()].sort((a, b) => a.pos - b.pos)) {
    const arrow = /^\/\/\s*=>(.*)$/.exec(text.slice(range.pos, range.end));
    if (range.kind === ts.SyntaxKind.SingleLineCommentTrivia && arrow) arrows.push({ pos: range.pos, value: arrow[1]!.trim() });
  }
  // Belt and braces: as many arrows found as lines that show one, or an assertion could go unchecked.
  const shown = text.split('\n').filter((line) => /\/\/\s*=>/.test(line)).length;
  if (shown !== arrows.length) {
    throw new Error(`${block.file}:${block.line}: found ${arrows.length} "// =>" comments but ${shown} lines show one`);
  }
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;

  const assertions: ExampleAssertion[] = [];
  const used = new Set<ts.ExpressionStatement>();
  for (const arrow of arrows) {
    if (arrow.value === '') throw new Error(`${where(arrow.pos)}: "// =>" without a value`);
    const line = lineOf(arrow.pos);
    const ownLine = text.slice(text.lastIndexOf('\n', arrow.pos - 1) + 1, arrow.pos).trim() === '';
    // The statement the arrow belongs to: ending on the same line before it, or, for an arrow on its own
    // line, ending on the nearest line above that holds code.
    let targetLine = line;
    if (ownLine) {
      const above = text.slice(0, text.lastIndexOf('\n', arrow.pos - 1)).replace(/\s+$/, '');
      targetLine = lineOf(above.length);
    }
    const candidates = statements.filter((s) => s.end <= arrow.pos && lineOf(s.end) === targetLine && !used.has(s));
    const statement = candidates.sort((a, b) => b.end - a.end)[0];
    if (statement === undefined) {
      throw new Error(`${where(arrow.pos)}: "// =>" must follow an expression statement, on its line or the line above`);
    }
    // An arrow on its own line must not skip over other code between the statement and itself.
    if (ownLine && text.slice(statement.end, arrow.pos).trim() !== '') {
      throw new Error(`${where(arrow.pos)}: "// =>" is separated from the statement above by other code`);
    }
    used.add(statement);
    const id = assertions.length;
    const expression = statement.expression.getText(source);
    assertions.push({ id, where: where(arrow.pos), expression, expected: arrow.value });
    edits.push({
      start: statement.getStart(source),
      end: statement.end,
      // The leading semicolon guards against a previous line without one.
      text: `;(globalThis as any)[Symbol.for(${JSON.stringify(CHECK_KEY)})](${id}, (${expression}), (${arrow.value}));`,
    });
  }

  let code = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  // `export {}` keeps the file a module even without imports.
  const header = `// Generated from ${block.file}:${block.line} (${block.symbol}) by test/examples-extract.ts.\n`;
  return { code: `${header}${code}\nexport {};\n`, assertions };
}
