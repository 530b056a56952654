/**
 * TSDoc examples are read by TypeScript users, so they must compile as well as run: each
 * example becomes a virtual module that sees what the running example sees (the public API,
 * its own file's exports, the prelude's scenarios), and one TypeScript program checks them
 * all with the project's compiler options.
 */
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { exportedNames, type PublicExport } from './publicExports.js';

export type ExampleSource = {
  /** A unique name, used for the virtual file. */
  readonly id: string;
  /** The absolute path of the file whose comment holds the example. */
  readonly file: string;
  readonly code: string;
};

/** The type errors of each example, by id; an example that compiles has none. */
export function typecheckExamples(examples: readonly ExampleSource[], publicApi: readonly PublicExport[], projectRoot: string): Map<string, string[]> {
  const index = join(projectRoot, 'lib/index.js');
  const publicNames = new Set(publicApi.map((entry) => entry.name));
  const virtual = new Map<string, { id: string; text: string; codeStart: number }>();
  examples.forEach((example, n) => {
    const sf = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const imports = sf.statements.filter(ts.isImportDeclaration);
    const importedByExample = new Set(imports.flatMap((i) => importedNames(i)));
    const body = sf.statements.filter((s) => !ts.isImportDeclaration(s)).map((s) => s.getFullText(sf)).join('');
    const own = exportedNames(example.file).filter((e) => !publicNames.has(e.name) && !importedByExample.has(e.name));
    const api = publicApi.filter((e) => !importedByExample.has(e.name));
    const bindings = (names: readonly { name: string; typeOnly: boolean }[]) => names.map((e) => (e.typeOnly ? `type ${e.name}` : e.name)).join(', ');
    const header = [
      `import { ${bindings(api)} } from ${JSON.stringify(index)};`,
      own.length > 0 ? `import { ${bindings(own)} } from ${JSON.stringify(example.file.replace(/\.ts$/, '.js'))};` : '',
      ...imports.map((i) => i.getText(sf).replace(/(['"])costmodel\1/, JSON.stringify(index))),
      'declare const selfHosted: Scenario, managedProvider: Scenario, selfHostedWithItHire: Scenario;',
      'export {};',
      '{',
    ].join('\n');
    const text = `${header}\n${body}\n}\n`;
    virtual.set(join(dirname(example.file), `__example${n}.ts`), { id: example.id, text, codeStart: header.length + 1 });
  });

  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    strict: true,
    noUncheckedIndexedAccess: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
  };
  const host = ts.createCompilerHost(options, true);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (fileName) => virtual.has(fileName) || fileExists.call(host, fileName);
  host.readFile = (fileName) => virtual.get(fileName)?.text ?? readFile.call(host, fileName);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const entry = virtual.get(fileName);
    return entry === undefined ? getSourceFile.call(host, fileName, languageVersion, onError, shouldCreate) : ts.createSourceFile(fileName, entry.text, languageVersion, true);
  };
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options, host });

  const errors = new Map<string, string[]>(examples.map((example) => [example.id, []]));
  for (const [fileName, entry] of virtual) {
    const sf = program.getSourceFile(fileName);
    if (sf === undefined) throw new Error(`the example ${entry.id} was not compiled`);
    for (const diagnostic of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      const start = diagnostic.start ?? 0;
      const line = start < entry.codeStart ? 'header' : `line ${sf.getLineAndCharacterOfPosition(start).line - sf.getLineAndCharacterOfPosition(entry.codeStart).line + 1}`;
      errors.get(entry.id)?.push(`${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    }
  }
  return errors;
}

function importedNames(declaration: ts.ImportDeclaration): string[] {
  const clause = declaration.importClause;
  if (clause === undefined) return [];
  const names = clause.name === undefined ? [] : [clause.name.text];
  const bindings = clause.namedBindings;
  if (bindings === undefined) return names;
  if (ts.isNamespaceImport(bindings)) return [...names, bindings.name.text];
  return [...names, ...bindings.elements.map((element) => element.name.text)];
}
