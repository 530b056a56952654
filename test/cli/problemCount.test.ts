/**
 * A file with thousands of problems must not bury the terminal: the command line prints the
 * first 50, then how many more there are, then the count line; a program that runs the CLI
 * in-process (or calls the library) still gets every one of them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Issue } from '../../lib/issues/issue.js';
import { runCli } from '../../bin/cli.js';
import { assertBadInput, cli, lines, scenario, tempDir, writeFile } from './cliHarness.js';

/** A scenario with `count` cost items, each missing its amount: one problem each. */
function withoutAmounts(count: number): Record<string, unknown> {
  return scenario({ costs: Array.from({ length: count }, (_, index) => ({ name: `Item ${index + 1}`, kind: 'one-time' })) });
}

const missingAmount = (file: string, index: number) => `${file}: /costs/${index}: missing required key "amount"`;

describe('the number of problems printed', () => {
  it('prints all 50 when there are 50', async (t) => {
    const file = writeFile(tempDir(t), 'fifty.json', withoutAmounts(50));
    assertBadInput(await cli('compare', file), [...Array.from({ length: 50 }, (_, index) => missingAmount(file, index)), '50 problems in 1 file. Nothing was compared.']);
  });

  it('prints the first 50 of 51, then "… and 1 more problem"', async (t) => {
    const file = writeFile(tempDir(t), 'fifty-one.json', withoutAmounts(51));
    assertBadInput(await cli('compare', file), [
      ...Array.from({ length: 50 }, (_, index) => missingAmount(file, index)),
      '… and 1 more problem',
      '51 problems in 1 file. Nothing was compared.',
    ]);
  });

  it('prints 52 lines for 1,000 problems in an actuals file, the count line still counting all', async (t) => {
    const dir = tempDir(t);
    const rows = Array.from({ length: 1000 }, () => '2009-05,Colocation,Rack,lots\r\n').join('');
    const actuals = writeFile(dir, 'spend.csv', `Month,Scenario,Item,Amount\r\n${rows}`);
    const run = await cli('report', writeFile(dir, 'colocation.json', scenario()), '--date', '2009-05-04', '--actuals', actuals, '--format', 'json');
    const printed = lines(run.stderr);
    assert.equal(printed.length, 52);
    assert.equal(printed[0], `${actuals}:2: amount "lots" is not a number: export amounts as plain numbers with a dot for decimals (format the column as Number with no thousands separator before saving as CSV)`);
    assert.deepEqual(printed.slice(50), ['… and 950 more problems', '1000 problems in 1 file. No report was written.']);
    assert.equal(run.code, 2);
  });

  it('still hands every problem to a program that runs the command line in-process', async (t) => {
    const file = writeFile(tempDir(t), 'sixty.json', withoutAmounts(60));
    const issues: Issue[] = [];
    const code = await runCli(['validate', file], { stdout: () => undefined, stderr: () => undefined, issue: (issue) => issues.push(issue) });
    assert.equal(code, 2);
    assert.equal(issues.length, 60);
    assert.deepEqual(issues[59], { code: 'missing-key', file, path: '/costs/59', message: 'missing required key "amount"' });
  });
});
