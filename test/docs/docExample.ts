/**
 * A TSDoc `@example` as a small program whose shown values are checked:
 *
 *   example text ─▶ TypeScript statements (ts.createSourceFile)
 *     ─▶ `expression; // expected` (or the expected value on the `//` lines right under the
 *        statement) becomes `__check(n, expression, expected)`
 *     ─▶ `import { x } from 'costmodel'` becomes `const { x } = await __import('costmodel')`
 *     ─▶ ts.transpileModule ─▶ the body of an async function whose parameters are the
 *        names the example may use without importing them (the public API and the prelude)
 *
 * An expected value is a JavaScript expression, compared with deep strict equality: strings
 * are quoted as JS literals (`'1485000.00'`), arrays and objects are written out, and
 * `undefined`, `true`, `400000n` mean themselves. A value too long for one line may
 * instead be written on the `//` lines directly under the statement. A statement that
 * declares something (`const result = …`) shows no value. Explanations go on `//` lines
 * above a statement (not directly under one that shows its value on the next lines).
 */
import ts from 'typescript';

/** One shown value: the expression, the value the comment shows, and where they are. */
export type ExampleCheck = {
  /** 0-based line within the example where the expression starts. */
  readonly line: number;
  readonly actual: string;
  readonly expected: string;
};

export type PreparedExample = {
  /** JavaScript for the body of an async function (`__check` and `__import` are parameters). */
  readonly body: string;
  readonly checks: readonly ExampleCheck[];
  /** Syntax errors in the example or in a shown value, as sentences; empty when it compiles. */
  readonly problems: readonly string[];
};

const COMMENT_LINE = /^[ \t]*\/\/ ?(.*)$/;

/** Turns an example's code into a checked program. */
export function prepareExample(code: string): PreparedExample {
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const problems = syntaxProblems(code).map((message) => `the example does not parse: ${message}`);
  const checks: ExampleCheck[] = [];
  const edits: { start: number; end: number; text: string }[] = [];

  sf.statements.forEach((statement, index) => {
    if (ts.isImportDeclaration(statement)) {
      edits.push({ start: statement.getStart(), end: statement.end, text: importAsAwait(statement) });
      return;
    }
    if (!ts.isExpressionStatement(statement)) return;
    const next = sf.statements[index + 1];
    const expected = shownValue(code.slice(statement.end, next === undefined ? code.length : next.getStart()));
    if (expected === undefined) return;
    const expectedProblems = syntaxProblems(`(${expected}\n);`);
    if (expectedProblems.length > 0) {
      problems.push(`the value shown for \`${statement.expression.getText()}\` is not a JavaScript expression: ${expected}`);
      return;
    }
    const n = checks.length;
    checks.push({ line: sf.getLineAndCharacterOfPosition(statement.getStart()).line, actual: statement.expression.getText(), expected });
    edits.push({ start: statement.getStart(), end: statement.end, text: `__check(${n}, (${statement.expression.getText()}), (${expected}\n));` });
  });

  let rewritten = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  const output = ts.transpileModule(rewritten, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleDetection: ts.ModuleDetectionKind.Force, verbatimModuleSyntax: false },
  }).outputText;
  // Block scope, so that an example's `const schedule = …` may shadow the public `schedule`.
  const body = `{\n${output.replace(/^export \{\};\s*$/m, '')}\n}`;
  return { body, checks, problems };
}

/**
 * The value a statement shows: its same-line `// comment`, or else the `//` lines directly
 * under it (for a value too long for one line); undefined when there is none.
 */
function shownValue(trivia: string): string | undefined {
  const lines = trivia.split('\n');
  const sameLine = COMMENT_LINE.exec(lines[0] ?? '');
  if (sameLine !== null) return sameLine[1] as string;
  if ((lines[0] ?? '').trim() !== '') return undefined;
  const parts: string[] = [];
  for (const line of lines.slice(1)) {
    const comment = COMMENT_LINE.exec(line);
    if (comment === null) break;
    parts.push(comment[1] as string);
  }
  return parts.length === 0 ? undefined : parts.join('\n');
}

function importAsAwait(statement: ts.ImportDeclaration): string {
  const from = (statement.moduleSpecifier as ts.StringLiteral).text;
  const clause = statement.importClause;
  if (clause === undefined) return `await __import(${JSON.stringify(from)});`;
  if (clause.isTypeOnly) return '';
  const bindings: string[] = [];
  if (clause.name !== undefined) bindings.push(`default: ${clause.name.text}`);
  const named = clause.namedBindings;
  if (named !== undefined && ts.isNamespaceImport(named)) return `const ${named.name.text} = await __import(${JSON.stringify(from)});`;
  if (named !== undefined) {
    for (const element of named.elements) {
      if (element.isTypeOnly) continue;
      bindings.push(element.propertyName === undefined ? element.name.text : `${element.propertyName.getText()}: ${element.name.text}`);
    }
  }
  return `const { ${bindings.join(', ')} } = await __import(${JSON.stringify(from)});`;
}

/** Syntax errors the TypeScript parser reports for a piece of code. */
function syntaxProblems(code: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleDetection: ts.ModuleDetectionKind.Force } });
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}
