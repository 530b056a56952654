/**
 * The public API as its source declares it: every name `lib/index.ts` exports, followed
 * through re-exports (`export { x } from './x.js'`, `export * from`, `import { x }` then
 * `export { x }`) to the declaration that carries its TSDoc comment.
 *
 * Only the syntax of the files is read (no type checker), so this is fast and sees the
 * comments exactly as they are written.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One exported name and the declaration it resolves to. */
export type PublicExport = {
  /** The name a user imports. */
  readonly name: string;
  /** True for `export type` and for type aliases, interfaces and type-only re-exports. */
  readonly typeOnly: boolean;
  /** The declaring file, relative to the project root (`lib/report/compare.ts`). */
  readonly file: string;
  /** 1-based line of the declaration. */
  readonly line: number;
  /** The TSDoc comment nearest to the declaration, or undefined when there is none. */
  readonly comment: DocComment | undefined;
};

/** A TSDoc comment split into its summary (the text before the first block tag) and its tags. */
export type DocComment = {
  readonly summary: string;
  /** The text of each `@example` block, its leading ` * ` removed, indentation kept. */
  readonly examples: readonly DocExample[];
};

export type DocExample = {
  readonly code: string;
  /** 1-based line in the declaring file where the example's code starts. */
  readonly line: number;
};

type Found = { readonly file: string; readonly node: ts.Node; readonly typeOnly: boolean };

/** Every export of `indexFile` (an absolute path), in the order the index lists them. */
export function publicExports(indexFile: string, projectRoot: string): PublicExport[] {
  const files = new Map<string, ts.SourceFile>();
  const source = (file: string): ts.SourceFile => {
    let parsed = files.get(file);
    if (parsed === undefined) {
      parsed = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      files.set(file, parsed);
    }
    return parsed;
  };
  const target = (from: string, specifier: ts.Expression): string => {
    if (!ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) throw new Error(`${from}: only relative re-exports are followed, found ${specifier.getText()}`);
    return resolve(dirname(from), specifier.text.replace(/\.js$/, '.ts'));
  };

  /** Finds the declaration of `name` as exported by `file`. */
  function findExport(file: string, name: string, seen: Set<string>): Found | undefined {
    const key = `${file}#${name}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const sf = source(file);
    for (const statement of sf.statements) {
      if (ts.isExportDeclaration(statement)) {
        if (statement.exportClause === undefined) {
          // export * from './x.js'
          if (statement.moduleSpecifier === undefined) continue;
          const found = findExport(target(file, statement.moduleSpecifier), name, seen);
          if (found !== undefined) return statement.isTypeOnly ? { ...found, typeOnly: true } : found;
          continue;
        }
        if (!ts.isNamedExports(statement.exportClause)) continue;
        for (const element of statement.exportClause.elements) {
          if (element.name.text !== name) continue;
          const original = (element.propertyName ?? element.name).getText();
          const found =
            statement.moduleSpecifier === undefined ? findLocal(file, original, seen) : findExport(target(file, statement.moduleSpecifier), original, seen);
          if (found === undefined) throw new Error(`${file}: cannot find the declaration of the export ${name}`);
          return statement.isTypeOnly || element.isTypeOnly ? { ...found, typeOnly: true } : found;
        }
        continue;
      }
      if (hasExportModifier(statement)) {
        const declared = declarationNamed(statement, name);
        if (declared !== undefined) return { file, node: declared, typeOnly: isTypeDeclaration(declared) };
      }
    }
    return undefined;
  }

  /** A name declared or imported in `file` without an export modifier, re-exported by `export { name }`. */
  function findLocal(file: string, name: string, seen: Set<string>): Found | undefined {
    const sf = source(file);
    for (const statement of sf.statements) {
      if (ts.isImportDeclaration(statement) && statement.importClause?.namedBindings && ts.isNamedImports(statement.importClause.namedBindings)) {
        for (const element of statement.importClause.namedBindings.elements) {
          if (element.name.text === name) return findExport(target(file, statement.moduleSpecifier), (element.propertyName ?? element.name).getText(), seen);
        }
      }
      const declared = declarationNamed(statement, name);
      if (declared !== undefined) return { file, node: declared, typeOnly: isTypeDeclaration(declared) };
    }
    return undefined;
  }

  const index = source(indexFile);
  const result: PublicExport[] = [];
  for (const statement of index.statements) {
    if (!ts.isExportDeclaration(statement) || statement.exportClause === undefined || !ts.isNamedExports(statement.exportClause)) {
      if (ts.isExportDeclaration(statement) || hasExportModifier(statement)) throw new Error(`${indexFile}: list every export by name (found ${statement.getText().slice(0, 60)})`);
      continue;
    }
    for (const element of statement.exportClause.elements) {
      const found = findExport(indexFile, element.name.text, new Set());
      if (found === undefined) throw new Error(`cannot resolve the export ${element.name.text}`);
      const sf = found.node.getSourceFile();
      result.push({
        name: element.name.text,
        typeOnly: found.typeOnly,
        file: relative(projectRoot, found.file).split('\\').join('/'),
        line: sf.getLineAndCharacterOfPosition(found.node.getStart()).line + 1,
        comment: docComment(found.node),
      });
    }
  }
  return result;
}

function hasExportModifier(statement: ts.Statement): boolean {
  return ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function declarationNamed(statement: ts.Statement, name: string): ts.Node | undefined {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === name);
  }
  if (
    (ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEnumDeclaration(statement)) &&
    statement.name?.text === name
  ) {
    return statement;
  }
  return undefined;
}

function isNamedDeclaration(node: ts.Node): boolean {
  return ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isEnumDeclaration(node);
}

function isTypeDeclaration(node: ts.Node): boolean {
  return ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node);
}

/**
 * The nearest `/** … *\/` comment of a declaration (for a variable, of its statement), read
 * from the source text so that example code keeps its indentation and `{@link}`s stay as written.
 */
export function docComment(node: ts.Node): DocComment | undefined {
  const holder = ts.isVariableDeclaration(node) ? node.parent.parent : node;
  const sf = node.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, holder.getFullStart()) ?? [];
  const range = ranges.filter((r) => sf.text.startsWith('/**', r.pos)).at(-1);
  if (range === undefined) return undefined;
  const firstLine = sf.getLineAndCharacterOfPosition(range.pos).line + 1;
  const lines = sf.text
    .slice(range.pos + 3, range.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').replace(/\s+$/, ''));
  const summary: string[] = [];
  const examples: DocExample[] = [];
  let current: { lines: string[]; line: number } | undefined;
  let inSummary = true;
  lines.forEach((text, offset) => {
    const tag = /^@(\w+)\s*(.*)$/.exec(text);
    if (tag !== undefined && tag !== null) {
      inSummary = false;
      if (current !== undefined) examples.push(finish(current));
      current = tag[1] === 'example' ? { lines: tag[2] ? [tag[2]] : [], line: firstLine + offset + (tag[2] ? 0 : 1) } : undefined;
      return;
    }
    if (inSummary) summary.push(text);
    else current?.lines.push(text);
  });
  if (current !== undefined) examples.push(finish(current));
  return { summary: summary.join('\n').trim(), examples };
}

function finish(example: { lines: string[]; line: number }): DocExample {
  const lines = [...example.lines];
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { code: lines.join('\n'), line: example.line };
}

/** A top-level declaration of a file that has a TSDoc comment. */
export type DocumentedDeclaration = {
  readonly name: string;
  readonly line: number;
  readonly exported: boolean;
  readonly comment: DocComment;
};

/** Every top-level declaration of `file` (an absolute path) that carries a TSDoc comment. */
export function documentedDeclarations(file: string): DocumentedDeclaration[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const result: DocumentedDeclaration[] = [];
  for (const statement of sf.statements) {
    const declaration = ts.isVariableStatement(statement) ? statement.declarationList.declarations[0] : statement;
    if (declaration === undefined || !(ts.isVariableDeclaration(declaration) || isNamedDeclaration(declaration))) continue;
    const comment = docComment(declaration);
    if (comment === undefined) continue;
    const name = (declaration as { name?: ts.Node }).name;
    result.push({
      name: name !== undefined && ts.isIdentifier(name) ? name.text : '(anonymous)',
      line: sf.getLineAndCharacterOfPosition(declaration.getStart()).line + 1,
      exported: hasExportModifier(statement),
      comment,
    });
  }
  return result;
}

/** The names a file exports (declared with `export`, or listed in `export { … }`), with whether each is a type only. */
export function exportedNames(file: string): { readonly name: string; readonly typeOnly: boolean }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const names: { name: string; typeOnly: boolean }[] = [];
  for (const statement of sf.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause !== undefined && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.push({ name: element.name.text, typeOnly: statement.isTypeOnly || element.isTypeOnly });
      continue;
    }
    if (!hasExportModifier(statement)) continue;
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push({ name: d.name.text, typeOnly: false });
    } else if (isNamedDeclaration(statement)) {
      const name = (statement as ts.DeclarationStatement).name;
      if (name !== undefined && ts.isIdentifier(name)) names.push({ name: name.text, typeOnly: isTypeDeclaration(statement) });
    }
  }
  return names;
}
