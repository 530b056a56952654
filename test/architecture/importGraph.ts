/**
 * The import graph of lib/ and bin/, read from the source, for the architecture tests.
 *
 *   lib/**, bin/** ─▶ parse (typescript's createSourceFile, no type checking) ─▶ per file:
 *     imports   static, `import type`, `export … from`, `import('…')`, `typeof import('…')`,
 *               `createRequire(…)('…')` and `require('…')`; `./x.js` resolves to `./x.ts`
 *     impure    uses of node:fs (and the other modules below), `process`, the clock
 *     casts     every `as unknown as`, with whether a comment says why it is sound
 *     lines     the file's length
 *   ─▶ ImportGraph, searched by graphSearch.ts (chains, cycles)
 *
 * A file is a node named by its path from the project root (`lib/render/renderSvg.ts`); a
 * package or a Node built-in is a leaf named by its specifier (`vega`, `node:fs/promises`).
 * An import that cannot be followed (a specifier computed at run time, a relative path to no
 * file) is kept in `unresolved`, so a test can insist the graph is complete.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/** Modules that touch the file system, other processes or the network. */
export const FORBIDDEN_MODULES = /^(node:)?(fs|fs\/promises|child_process|process|worker_threads|net|http|https)$/;

/** The extensions of the source files read; `.js` specifiers are looked up as `.ts` first. */
const SOURCE_FILE = /\.(ts|mts|cts|js|mjs|cjs)$/;

export type ImportKind = 'import' | 'import type' | 'export from' | 'import()' | 'require';

export type Import = {
  /** The importing file. */
  readonly from: string;
  /** The imported file (a node of the graph), or the specifier of a package or built-in. */
  readonly to: string;
  /** Whether `to` is a file of the graph. */
  readonly internal: boolean;
  readonly kind: ImportKind;
  readonly line: number;
};

/** A use of the file system, the process or the clock; `what` ends a chain (`node:fs/promises`, `process`, `Date.now()`). */
export type ImpureUse = { readonly file: string; readonly what: string; readonly line: number };

/** An import the graph cannot follow. */
export type Unresolved = { readonly file: string; readonly what: string; readonly line: number };

/** One `x as unknown as T`: `type` is `T` and `text` the whole expression, whitespace collapsed. */
export type UnknownCast = { readonly file: string; readonly type: string; readonly text: string; readonly line: number; readonly justified: boolean };

export type SourceFacts = {
  readonly file: string;
  readonly lines: number;
  readonly imports: readonly Import[];
  readonly impureUses: readonly ImpureUse[];
  readonly unknownCasts: readonly UnknownCast[];
  readonly unresolved: readonly Unresolved[];
};

export type ImportGraph = {
  /** Every file, sorted by path. */
  readonly files: readonly string[];
  readonly facts: ReadonlyMap<string, SourceFacts>;
  /** The files a file imports (any kind), sorted, without repeats. */
  successors(file: string): readonly string[];
  /** The imports from one file to another (or to a package), in source order. */
  importsBetween(from: string, to: string): readonly Import[];
};

/**
 * The graph of a set of sources, given as path → text.
 *
 * @example
 * const graph = buildImportGraph(new Map([['lib/a.ts', "import { b } from './b.js';"], ['lib/b.ts', 'export const b = 1;']]));
 * graph.successors('lib/a.ts'); // ['lib/b.ts']
 */
export function buildImportGraph(sources: ReadonlyMap<string, string>): ImportGraph {
  const files = [...sources.keys()].sort();
  const known = new Set(files);
  const facts = new Map(files.map((file) => [file, sourceFacts(file, sources.get(file) ?? '', known)]));
  const successors = new Map(
    files.map((file) => [file, [...new Set((facts.get(file)?.imports ?? []).filter((i) => i.internal).map((i) => i.to))].sort()]),
  );
  return {
    files,
    facts,
    successors: (file) => successors.get(file) ?? [],
    importsBetween: (from, to) => (facts.get(from)?.imports ?? []).filter((i) => i.to === to),
  };
}

const projectGraphs = new Map<string, ImportGraph>();

/** The graph of the project's lib/ and bin/ as they are on disk, built once per process. */
export function projectImportGraph(root: string): ImportGraph {
  const graph = projectGraphs.get(root) ?? buildImportGraph(readSources(root, ['lib', 'bin']));
  projectGraphs.set(root, graph);
  return graph;
}

/** Every source file below the folders, as project-relative path → text. */
export function readSources(root: string, folders: readonly string[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const folder of folders) {
    for (const name of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })) {
      const file = `${folder}/${name.split('\\').join('/')}`;
      if (SOURCE_FILE.test(file)) sources.set(file, readFileSync(join(root, file), 'utf8'));
    }
  }
  return sources;
}

/** The number of lines of a text, as `wc -l` counts them (a last line without a newline counts). */
export function lineCount(text: string): number {
  if (text === '') return 0;
  const newlines = text.split('\n').length - 1;
  return text.endsWith('\n') ? newlines : newlines + 1;
}

/**
 * The file a specifier names, from the importing file: `./x.js` is `./x.ts` when that exists
 * (TypeScript's NodeNext rule), a folder is its `index.ts`. A package or built-in is itself;
 * a relative specifier that names no known file is `undefined`.
 */
export function resolveSpecifier(from: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return specifier;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const stem = base.replace(/\.(m|c)?js$/, '');
  const candidates = /\.(m|c)?js$/.test(base)
    ? [`${stem}.${base.endsWith('.mjs') ? 'mts' : base.endsWith('.cjs') ? 'cts' : 'ts'}`, base]
    : [base, `${base}.ts`, `${base}/index.ts`];
  return candidates.find((candidate) => known.has(candidate));
}

function sourceFacts(file: string, text: string, known: ReadonlySet<string>): SourceFacts {
  const kind = /\.(c|m)?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const imports: Import[] = [];
  const impureUses: ImpureUse[] = [];
  const unknownCasts: UnknownCast[] = [];
  const unresolved: Unresolved[] = [];
  const strings = constantStrings(sf);
  const requireNames = createRequireNames(sf);

  const addImport = (node: ts.Node, specifierNode: ts.Expression | undefined, importKind: ImportKind) => {
    const specifier =
      specifierNode === undefined ? undefined : ts.isStringLiteralLike(specifierNode) ? specifierNode.text : ts.isIdentifier(specifierNode) ? strings.get(specifierNode.text) : undefined;
    if (specifier === undefined) {
      unresolved.push({ file, line: lineOf(node), what: `${importKind} of ${specifierNode?.getText(sf) ?? 'nothing'}, not a string this file declares` });
      return;
    }
    const to = resolveSpecifier(file, specifier, known);
    if (to === undefined) {
      unresolved.push({ file, line: lineOf(node), what: `${importKind} of '${specifier}', which names no file of lib/ or bin/` });
      return;
    }
    imports.push({ from: file, to, internal: known.has(to), kind: importKind, line: lineOf(node) });
    if (FORBIDDEN_MODULES.test(specifier)) impureUses.push({ file, what: specifier, line: lineOf(node) });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      addImport(node, node.moduleSpecifier, isTypeOnlyImport(node) ? 'import type' : 'import');
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined) {
      addImport(node, node.moduleSpecifier, node.isTypeOnly ? 'import type' : 'export from');
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      addImport(node, node.moduleReference.expression, node.isTypeOnly ? 'import type' : 'require');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      addImport(node, node.argument.literal as ts.Expression, 'import type');
    } else if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) addImport(node, node.arguments[0], 'import()');
      else if (isRequire(node.expression, requireNames)) addImport(node, node.arguments[0], 'require');
      else if (ts.isIdentifier(node.expression) && node.expression.text === 'Date') impureUses.push({ file, what: 'Date()', line: lineOf(node) });
    }
    if (ts.isIdentifier(node) && node.text === 'process' && !isPropertyName(node)) impureUses.push({ file, what: 'process', line: lineOf(node) });
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && node.name.text === 'now') {
      impureUses.push({ file, what: 'Date.now()', line: lineOf(node) });
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && (node.arguments?.length ?? 0) === 0) {
      impureUses.push({ file, what: 'new Date()', line: lineOf(node) });
    }
    if (ts.isAsExpression(node) && ts.isAsExpression(node.expression) && node.expression.type.kind === ts.SyntaxKind.UnknownKeyword) {
      const line = sf.getLineAndCharacterOfPosition(node.expression.type.getStart(sf)).line + 1;
      const collapse = (n: ts.Node) => n.getText(sf).replace(/\s+/g, ' ');
      unknownCasts.push({ file, type: collapse(node.type), text: collapse(node), line, justified: soundCommentLines(sf).has(line) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { file, lines: lineCount(text), imports, impureUses, unknownCasts, unresolved };
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (clause === undefined) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

/** `x` in `a.x` or `{ x: 1 }`: a name, not a use of the variable. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    (ts.isPropertySignature(parent) && parent.name === node) ||
    (ts.isPropertyDeclaration(parent) && parent.name === node) ||
    (ts.isMethodDeclaration(parent) && parent.name === node)
  );
}

/** `require`, a name bound to `createRequire(…)`, or `createRequire(…)` itself, called. */
function isRequire(callee: ts.Expression, requireNames: ReadonlySet<string>): boolean {
  if (ts.isIdentifier(callee)) return callee.text === 'require' || requireNames.has(callee.text);
  return ts.isCallExpression(callee) && isCreateRequire(callee);
}

function isCreateRequire(call: ts.CallExpression): boolean {
  const callee = call.expression;
  return (ts.isIdentifier(callee) && callee.text === 'createRequire') || (ts.isPropertyAccessExpression(callee) && callee.name.text === 'createRequire');
}

/** The names a file binds to `createRequire(…)`: `const load = createRequire(import.meta.url)`. */
function createRequireNames(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer !== undefined && ts.isCallExpression(node.initializer) && isCreateRequire(node.initializer)) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return names;
}

/** The `const NAME = 'text'` of a file, so `createRequire(…)(NAME)` can be followed. */
function constantStrings(sf: ts.SourceFile): Map<string, string> {
  const strings = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Const) !== 0) {
      for (const declaration of node.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer !== undefined && ts.isStringLiteralLike(declaration.initializer)) {
          strings.set(declaration.name.text, declaration.initializer.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return strings;
}

const soundLines = new WeakMap<ts.SourceFile, Set<number>>();

/**
 * The lines a cast on which is justified: the line of each `//` comment containing the word
 * "sound" (any case), and the line after it.
 */
function soundCommentLines(sf: ts.SourceFile): Set<number> {
  const cached = soundLines.get(sf);
  if (cached !== undefined) return cached;
  const lines = new Set<number>();
  const seen = new Set<number>();
  const text = sf.getFullText();
  const collect = (ranges: readonly ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      if (range.kind !== ts.SyntaxKind.SingleLineCommentTrivia || !/\bsound\b/i.test(text.slice(range.pos, range.end))) continue;
      const line = sf.getLineAndCharacterOfPosition(range.pos).line + 1;
      lines.add(line).add(line + 1);
    }
  };
  const visit = (node: ts.Node): void => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  soundLines.set(sf, lines);
  return lines;
}
