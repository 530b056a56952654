/**
 * The TSDoc comments are documentation people read in their editor and in docs/api/, so
 * they are held to what they show:
 *
 *   lib/index.ts ─▶ every public export, followed through re-exports to its declaration
 *     ─▶ it has a summary and at least one `@example`
 *   lib/**\/*.ts ─▶ every `@example` (public or not)
 *   README.md, docs/*.md ─▶ every ```ts run block, as if it were an example in lib/index.ts
 *     ─▶ typecheckExamples: it compiles, with the project's strict options
 *     ─▶ prepareExample ─▶ run ─▶ each `expression; // expected` compared by deep strict equality
 *
 * An example may use, without importing them, every value the public API exports, the
 * exports of its own file, and the prelude (examplePrelude.ts): `selfHosted`,
 * `managedProvider` and `selfHostedWithItHire`, the scenarios of scenarios/. It runs in a
 * temporary folder holding a copy of scenarios/, so relative paths such as
 * `scenarios/self-hosted.json` work and a written file lands nowhere that matters.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import * as api from '../../lib/index.js';
import { projectRoot } from '../support/fixtures.js';
import { prepareExample } from './docExample.js';
import { examplePrelude } from './examplePrelude.js';
import { codeBlocks, documentationPages } from './markdownBlocks.js';
import { documentedDeclarations, publicExports } from './publicExports.js';
import { typecheckExamples } from './typecheckExamples.js';

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

const workDir = mkdtempSync(join(tmpdir(), 'costmodel-examples-'));
cpSync(join(projectRoot, 'scenarios'), join(workDir, 'scenarios'), { recursive: true });
process.chdir(workDir);
after(() => {
  process.chdir(projectRoot);
  rmSync(workDir, { recursive: true, force: true });
});

const prelude = await examplePrelude();

const publicApi = publicExports(join(projectRoot, 'lib/index.ts'), projectRoot);

describe('every public export', () => {
  for (const entry of publicApi) {
    const where = `${entry.file}:${entry.line}`;
    it(`${entry.name} has a summary and an example (${where})`, () => {
      assert.ok(entry.comment !== undefined, `${where}: ${entry.name} has no TSDoc comment`);
      assert.notEqual(entry.comment.summary, '', `${where}: ${entry.name} has no summary`);
      assert.ok(entry.comment.examples.length > 0, `${where}: ${entry.name} has no @example`);
    });
  }
});

/**
 * Every example in lib/, named by its declaration and located by file and line; then every
 * ```ts run block of the docs, which sees what an example in lib/index.ts sees. `file` is the
 * module whose exports the example may use, `shownIn` the file a reader finds it in.
 */
const examples = [
  ...sourceFiles(join(projectRoot, 'lib')).flatMap((file) =>
    documentedDeclarations(file).flatMap((declaration) =>
      declaration.comment.examples.map((example, k) => ({
        where: `${file.slice(projectRoot.length)}:${example.line}`,
        file,
        shownIn: file.slice(projectRoot.length),
        label: `${declaration.name}${declaration.comment.examples.length > 1 ? ` #${k + 1}` : ''}`,
        example,
      })),
    ),
  ),
  ...documentationPages(projectRoot).flatMap((page) =>
    codeBlocks(page, readFileSync(projectRoot + page, 'utf8'))
      .filter((block) => block.language === 'ts' && block.attributes.includes('run'))
      .map((block) => ({
        where: `${page}:${block.line + 1}`,
        file: join(projectRoot, 'lib/index.ts'),
        shownIn: page,
        label: 'the ```ts run block',
        example: { code: block.lines.join('\n'), line: block.line + 1 },
      })),
  ),
];
const typeErrors = typecheckExamples(
  examples.map(({ where, file, example }) => ({ id: where, file, code: example.code })),
  publicApi,
  projectRoot,
);

describe('every @example in lib/ and ```ts run block in the docs', () => {
  for (const { where, file, shownIn, label, example } of examples) {
    it(`${label} (${where}) compiles`, () => {
      assert.deepEqual(typeErrors.get(where), [], `${where}: the example has type errors`);
    });

    it(`${label} (${where}) shows what it returns`, async () => {
      const prepared = prepareExample(example.code);
      assert.deepEqual(prepared.problems, [], where);
      assert.ok(prepared.checks.length > 0, `${where}: the example shows no value (write \`expression; // expected\`)`);
      const own = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const scope: Record<string, unknown> = { ...api, ...own, ...prelude };
      const names = Object.keys(scope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
      const checked = new Set<number>();
      const check = (n: number, actual: unknown, expected: unknown) => {
        checked.add(n);
        const shown = prepared.checks[n];
        try {
          assert.deepStrictEqual(actual, expected);
        } catch (error) {
          if (error instanceof Error && shown !== undefined) {
            error.message = `${shownIn}:${example.line + shown.line}: ${shown.actual}\nshows ${shown.expected}\n${error.message}`;
          }
          throw error;
        }
      };
      const importModule = (specifier: string) => (specifier === 'costmodel' ? api : import(specifier));
      const run = new AsyncFunction(...names, '__check', '__import', prepared.body);
      await run(...names.map((name) => scope[name]), check, importModule);
      assert.equal(checked.size, prepared.checks.length, `${where}: not every shown value was reached`);
    });
  }
});

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(folder, name))
    .sort();
}
