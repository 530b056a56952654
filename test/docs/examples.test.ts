/**
 * The examples in the docs are run, so the docs stay true:
 *
 *   docs/*.md and README.md ─▶ fenced code blocks
 *     ```console  each `$ costmodel …` (or `$ npx costmodel …`) line runs in-process through
 *                 runCli (cwd: the project root, no COSTMODEL_* variables of the reader's);
 *                 stdout and stderr, as a terminal interleaves them, must equal the lines
 *                 under it, and the exit code must be 0 or what a trailing `# exit N` says.
 *                 Arguments are split like a shell does for simple quoting ('…', "…", \);
 *                 pipes, redirections and variables are refused.
 *                 `NAME=value costmodel …` sets environment variables for that run; globs
 *                 such as scenarios/*.json expand in sorted order; a line ending in ` \`
 *                 continues on the next. CRLF line ends (CSV) are compared as LF.
 *     ```json     a block that mentions "costs" is a scenario and must pass parseScenario
 *                 (readScenarioFile with `file=PATH`, so it may extend a base or read a
 *                 CSV), unless its info string says `invalid` (then it must fail); with
 *                 `file=PATH` the block must equal that file byte for byte.
 *     ```ts run   runs like a TSDoc example, its shown values checked (tsdocExamples.test.ts).
 *     ```sh, ```text and anything else are not run.
 *
 * After an intended change of output: `npx tsx test/docs/updateExamples.ts`, then read the diff.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readScenarioFile } from '../../lib/io/readScenarioFile.js';
import { formatIssue } from '../../lib/issues/issue.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { projectRoot } from '../support/fixtures.js';
import { consoleExamples } from './consoleExamples.js';
import { attribute, codeBlocks, documentationPages, type CodeBlock } from './markdownBlocks.js';
import { clearCostmodelEnvironment, runExample } from './runExample.js';

// Relative paths in the examples are relative to the project root, and the reader's own
// COSTMODEL_* settings must not change what the examples print.
process.chdir(projectRoot);
clearCostmodelEnvironment();

const blocks: CodeBlock[] = documentationPages(projectRoot).flatMap((file) => codeBlocks(file, readFileSync(projectRoot + file, 'utf8')));

describe('the console examples in the docs', () => {
  const examples = blocks.filter((block) => block.language === 'console').flatMap((block) => consoleExamples(block, projectRoot));

  it('include at least one example of each documented command', () => {
    const commands = new Set(examples.map((example) => example.args[0]));
    for (const command of ['compare', 'schedule', 'validate']) assert.ok(commands.has(command), `no \`$ costmodel ${command}\` example in the docs`);
  });

  for (const example of examples) {
    it(`${example.file}:${example.line}: $ ${example.command}`, async () => {
      const { output, exitCode } = await runExample(example);
      assert.equal(output, example.output, `output of \`${example.command}\` (${example.file}:${example.line}) differs from the docs`);
      assert.equal(exitCode, example.exitCode, `exit code of \`${example.command}\` (${example.file}:${example.line})`);
    });
  }
});

describe('the JSON examples in the docs', () => {
  for (const block of blocks.filter((b) => b.language === 'json')) {
    const text = `${block.lines.join('\n')}\n`;
    const file = attribute(block, 'file');
    const isScenario = text.includes('"costs"');
    if (file === undefined && !isScenario) continue;
    const where = `${block.file}:${block.line}`;

    if (file !== undefined) {
      it(`${where}: shows ${file} as it is`, () => {
        assert.equal(text, readFileSync(projectRoot + file, 'utf8'), `the block at ${where} differs from ${file}`);
      });
    }
    if (isScenario && block.attributes.includes('invalid')) {
      it(`${where}: is an invalid scenario, as its info string says`, () => {
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch {
          return; // not even JSON: invalid indeed
        }
        assert.equal(parseScenario(data).ok, false, `the block at ${where} is marked invalid but is a valid scenario`);
      });
    } else if (isScenario) {
      it(`${where}: is a valid scenario`, async () => {
        // A block shown as a file is read as that file, so it may extend a base file or read a CSV file.
        const result = file === undefined ? parseScenario(JSON.parse(text) as unknown, where) : await readScenarioFile(file);
        assert.ok(result.ok, result.ok ? '' : result.issues.map(formatIssue).join('\n'));
      });
    }
  }
});
