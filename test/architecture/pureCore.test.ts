/**
 * Only lib/io/ (and bin/) may touch the file system, the process or the clock: everything
 * else in lib/ is a pure function of its input, so a notebook can build scenarios in code,
 * compare and render without anything being read or written.
 *
 *   lib/**\/*.ts outside lib/io/ ─▶ imports (static, dynamic, createRequire) of node:fs,
 *     node:child_process, node:process ─▶ none
 *   ─▶ `process`, `Date.now()`, `new Date()` without arguments ─▶ none
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { projectRoot } from '../support/fixtures.js';

const FORBIDDEN_MODULES = /^(node:)?(fs|fs\/promises|child_process|process|worker_threads|net|http|https)$/;

/**
 * Files outside lib/io/ allowed to read files, each with the reason. Keep this list short:
 * a new entry is a decision about the architecture, not a way to make the test pass.
 */
const ALLOWED: Readonly<Record<string, string>> = {};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `lib/${name.split('\\').join('/')}`)
    .filter((file) => !file.startsWith('lib/io/'))
    .sort();
}

/** Every use of the file system, the process or the clock in a source file, as `line: what`. */
function impureUses(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(join(projectRoot, file), 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const uses: string[] = [];
  const at = (node: ts.Node, what: string) => uses.push(`${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const visit = (node: ts.Node): void => {
    const specifier =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)
        ? node.moduleSpecifier.text
        : ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0] as ts.Expression)
          ? (node.arguments[0] as ts.StringLiteral).text
          : undefined;
    const isImport = !ts.isCallExpression(node) || node.expression.kind === ts.SyntaxKind.ImportKeyword || /require$/i.test(node.expression.getText());
    if (specifier !== undefined && isImport && FORBIDDEN_MODULES.test(specifier)) at(node, `imports ${specifier}`);
    if (ts.isIdentifier(node) && node.text === 'process' && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) at(node, 'uses process');
    if (ts.isPropertyAccessExpression(node) && node.getText() === 'Date.now') at(node, 'reads the clock (Date.now)');
    if (ts.isNewExpression(node) && node.expression.getText() === 'Date' && (node.arguments?.length ?? 0) === 0) at(node, 'reads the clock (new Date())');
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return uses;
}

describe('the core (lib/ outside lib/io/)', () => {
  for (const file of sourceFiles(join(projectRoot, 'lib'))) {
    if (file in ALLOWED) continue;
    it(`${file} touches no file, process or clock`, () => {
      assert.deepEqual(impureUses(file), []);
    });
  }
});
