/**
 * Rewrites the expected output of every ```console example in docs/*.md (and README.md) with
 * what the command prints today, and its `# exit N` comment with the exit code it returns:
 *
 *   npx tsx test/docs/updateExamples.ts [docs/cli.md …]
 *
 * The explicit refresh for test/docs/examples.test.ts, like golden files: run it after an
 * intended change of output, then read the diff — a changed number in the docs is a
 * changed number for users.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { projectRoot } from '../support/fixtures.js';
import { consoleExamples } from './consoleExamples.js';
import { codeBlocks, documentationPages } from './markdownBlocks.js';
import { clearCostmodelEnvironment, runExample } from './runExample.js';

process.chdir(projectRoot);
clearCostmodelEnvironment();

const requested = process.argv.slice(2);
const files = requested.length > 0 ? requested : documentationPages(projectRoot);

for (const file of files) {
  const lines = readFileSync(projectRoot + file, 'utf8').split('\n');
  // Replace from the last block up, so earlier line numbers stay valid.
  const blocks = codeBlocks(file, lines.join('\n')).filter((block) => block.language === 'console').reverse();
  let changed = false;
  for (const block of blocks) {
    const rewritten: string[] = [];
    for (const example of consoleExamples(block, projectRoot)) {
      const { output, exitCode } = await runExample(example);
      const firstLine = example.line - block.line - 1;
      const commandLines = block.lines.slice(firstLine, firstLine + commandLineCount(block.lines, firstLine));
      const last = commandLines.length - 1;
      commandLines[last] = `${(commandLines[last] as string).replace(/\s+# exit \d+\s*$/, '')}${exitCode === 0 ? '' : `  # exit ${exitCode}`}`;
      rewritten.push(...commandLines, ...(output === '' ? [] : output.replace(/\n$/, '').split('\n')));
    }
    const before = lines.slice(block.line, block.line + block.lines.length);
    if (before.join('\n') !== rewritten.join('\n')) changed = true;
    lines.splice(block.line, block.lines.length, ...rewritten);
  }
  if (changed) {
    writeFileSync(projectRoot + file, lines.join('\n'));
    console.log(`updated ${file}`);
  }
}

/** How many lines the command starting at `index` takes (continuation lines end in `\`). */
function commandLineCount(lines: readonly string[], index: number): number {
  let count = 1;
  while ((lines[index + count - 1] as string).endsWith('\\') && index + count < lines.length) count++;
  return count;
}
