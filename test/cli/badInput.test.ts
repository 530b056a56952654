/**
 * DESIGN.md "Bad input": every invalid input ends with one line per problem naming the file
 * and the place (line:column for JSON syntax, JSON pointer for schema errors), what was
 * expected and what was found, a summary line, exit code 2 and never a stack trace.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertBadInput, cli, MANAGED, scenario, SELF_HOSTED, tempDir, USAGE_HINT, writeFile } from './cliHarness.js';

const NOTHING_COMPARED = 'Nothing was compared.';
const AMOUNT_EXPECTED = 'expected a non-negative decimal amount such as "45000" or "40000.00" (no thousands separators, no currency symbols)';

/** The founding managed-provider quote with its recurring fee's `amount` changed. */
function managedWith(fee: Record<string, unknown>): Record<string, unknown> {
  const quote = JSON.parse(readFileSync(MANAGED, 'utf8')) as Record<string, unknown>;
  const costs = quote.costs as Record<string, unknown>[];
  return { ...quote, $schema: undefined, costs: [costs[0], { name: 'Managed hosting', kind: 'recurring', every: 'month', ...fee }] };
}

describe('bad input', () => {
  describe('files that cannot be read', () => {
    it('names a missing file', async (t) => {
      const missing = join(tempDir(t), 'nope.json');
      assertBadInput(await cli('compare', SELF_HOSTED, missing), [`${missing}: no such scenario file`, `1 problem in 1 file. ${NOTHING_COMPARED}`]);
    });

    it('names a directory given instead of a file', async (t) => {
      const dir = tempDir(t);
      assertBadInput(await cli('compare', dir), [`${dir}: expected a scenario file, found a directory`, `1 problem in 1 file. ${NOTHING_COMPARED}`]);
    });
  });

  describe('invalid JSON, at file:line:column', () => {
    it('points at a trailing comma', async (t) => {
      const file = writeFile(tempDir(t), 'trailing.json', '{\n  "name": "Colocation",\n}\n');
      assertBadInput(await cli('compare', file), [
        `${file}:2:23: invalid JSON: expected another property after this ",", found "}" (JSON allows no trailing comma)`,
        `1 problem in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });

    it('points at a string that lacks its closing quote', async (t) => {
      const file = writeFile(tempDir(t), 'quote.json', '{\n  "name": "Colocation,\n  "currency": "USD"\n}\n');
      assertBadInput(await cli('compare', file), [
        `${file}:2:11: invalid JSON: the text that starts here is missing its closing double quote, found the end of the line`,
        `1 problem in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });

    it('says an empty file is empty', async (t) => {
      const file = writeFile(tempDir(t), 'empty.json', '');
      assertBadInput(await cli('compare', file), [
        `${file}:1:1: invalid JSON: expected a JSON value, found an empty file`,
        `1 problem in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });

    it('accepts a file that starts with a UTF-8 byte order mark', async (t) => {
      const file = writeFile(tempDir(t), 'bom.json', `\uFEFF${JSON.stringify(scenario())}`);
      const run = await cli('compare', file, '--months', '12', '--format', 'csv');
      assert.equal(run.stderr, '');
      assert.equal(run.code, 0);
      assert.ok(run.stdout.includes('Colocation,12000.00,12000.00,'), run.stdout);
    });

    it('reports the syntax error of every file at once', async (t) => {
      const dir = tempDir(t);
      const first = writeFile(dir, 'first.json', '{ "name": "x", }');
      const second = writeFile(dir, 'second.json', '{ "name" "x" }');
      assertBadInput(await cli('compare', first, second), [
        `${first}:1:14: invalid JSON: expected another property after this ",", found "}" (JSON allows no trailing comma)`,
        `${second}:1:10: invalid JSON: expected ":" after the property name, found "\\"x\\""`,
        `2 problems in 2 files. ${NOTHING_COMPARED}`,
      ]);
    });
  });

  describe('schema violations, at a JSON pointer, all at once', () => {
    it('reports the UX example: a misspelt key and the key it leaves missing', async (t) => {
      const file = writeFile(tempDir(t), 'managed-provider.json', managedWith({ amonut: '40000' }));
      assertBadInput(await cli('compare', file), [
        `${file}: /costs/1: missing required key "amount"`,
        `${file}: /costs/1: unknown key "amonut" (did you mean "amount"?)`,
        `2 problems in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });

    it('reports every violation in a file, each with what was expected and what was found', async (t) => {
      const file = writeFile(
        tempDir(t),
        'many.json',
        scenario({
          name: '',
          currency: 'US',
          start: '2009-13',
          commitment: { months: '24' },
          colour: 'blue',
          costs: [
            { name: 'Setup', kind: 'one-time', amount: '45000', month: '2009-5' },
            { name: 'Hosting', kind: 'recurring', amount: '40000', every: 'monthly', billing: 'yearly' },
            { kind: 'one-time', amount: '1' },
            'oops',
          ],
        }),
      );
      assertBadInput(await cli('compare', file), [
        `${file}: /: unknown key "colour"`,
        `${file}: /name: expected a non-blank text, found ""`,
        `${file}: /currency: expected a three-letter ISO 4217 currency code in capitals (e.g. "USD"), found "US"`,
        `${file}: /start: expected a month as YYYY-MM (e.g. "2009-05"), found "2009-13"`,
        `${file}: /commitment/months: expected an integer, found the text "24"`,
        `${file}: /costs/0/month: expected a month as YYYY-MM (e.g. "2009-05"), found "2009-5"`,
        `${file}: /costs/1/every: expected one of "month", "quarter", "year", found "monthly" (did you mean "month"?)`,
        `${file}: /costs/1/billing: expected one of "upfront", "monthly", found "yearly"`,
        `${file}: /costs/2: missing required key "name"`,
        `${file}: /costs/3: expected an object, found the text "oops"`,
        `10 problems in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });

    it('names an unknown cost kind and suggests the nearest', async (t) => {
      const file = writeFile(tempDir(t), 'kind.json', scenario({ costs: [{ name: 'Rack', kind: 'recuring', amount: '1000', every: 'month' }] }));
      assertBadInput(await cli('compare', file), [
        `${file}: /costs/0/kind: unknown cost kind "recuring" (did you mean "recurring"?); expected one of "one-time", "recurring", "usage", "step", "staff", "hardware"`,
        `1 problem in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });

    it('rejects malformed months: 2009-5 and 2009-13', async (t) => {
      const file = writeFile(
        tempDir(t),
        'months.json',
        scenario({ start: '2009-5', costs: [{ name: 'Rack', kind: 'recurring', amount: '1000', every: 'month', from: '2009-13' }] }),
      );
      assertBadInput(await cli('compare', file), [
        `${file}: /start: expected a month as YYYY-MM (e.g. "2009-05"), found "2009-5"`,
        `${file}: /costs/0/from: expected a month as YYYY-MM (e.g. "2009-05"), found "2009-13"`,
        `2 problems in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });

    it('rejects malformed amounts: "45,000", "$45000", -5 and "-5"', async (t) => {
      const oneTime = (amount: unknown) => ({ name: `Setup ${String(amount)}`, kind: 'one-time', amount });
      const file = writeFile(tempDir(t), 'amounts.json', scenario({ costs: ['45,000', '$45000', -5, '-5'].map(oneTime) }));
      assertBadInput(await cli('compare', file), [
        `${file}: /costs/0/amount: ${AMOUNT_EXPECTED}, found "45,000"`,
        `${file}: /costs/1/amount: ${AMOUNT_EXPECTED}, found "$45000"`,
        `${file}: /costs/2/amount: expected a number of at least 0, found -5`,
        `${file}: /costs/3/amount: ${AMOUNT_EXPECTED}, found "-5"`,
        `4 problems in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });

    it('reports the problems of every file, not just the first that failed', async (t) => {
      const dir = tempDir(t);
      const first = writeFile(dir, 'first.json', scenario({ start: '2009-5' }));
      const second = writeFile(dir, 'second.json', scenario({ name: 'Other', currency: 'usd' }));
      assertBadInput(await cli('compare', first, second), [
        `${first}: /start: expected a month as YYYY-MM (e.g. "2009-05"), found "2009-5"`,
        `${second}: /currency: expected a three-letter ISO 4217 currency code in capitals (e.g. "USD"), found "usd"`,
        `2 problems in 2 files. ${NOTHING_COMPARED}`,
      ]);
    });
  });

  describe('scenarios that do not go together', () => {
    it('rejects two files with the same scenario name, naming both files', async (t) => {
      const dir = tempDir(t);
      const first = writeFile(dir, 'first.json', scenario({ name: 'Colocation' }));
      const second = writeFile(dir, 'second.json', scenario({ name: 'Colocation' }));
      assertBadInput(await cli('compare', first, second), [
        `${second}: /name: the scenario name "Colocation" is already used by ${first}; compared scenarios need unique names`,
        `1 problem in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });

    it('says a file given twice is given twice, once', async (t) => {
      const first = writeFile(tempDir(t), 'first.json', scenario({ name: 'Colocation' }));
      assertBadInput(await cli('compare', first, SELF_HOSTED, first, first), [
        `${first}: this file is given more than once, and its scenario "Colocation" cannot be compared with itself; give each file once (a glob and a file name can both match one file)`,
        `1 problem in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });

    it('says a file given twice under two spellings is given twice, by its first name', async (t) => {
      const dir = tempDir(t);
      const first = writeFile(dir, 'first.json', scenario({ name: 'Colocation' }));
      assertBadInput(await cli('compare', first, `${dir}/./first.json`, SELF_HOSTED), [
        `${first}: this file is given more than once, and its scenario "Colocation" cannot be compared with itself; give each file once (a glob and a file name can both match one file)`,
        `1 problem in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });

    it('says a file reached through a symbolic link to its folder is given twice, by its first name', async (t) => {
      const dir = tempDir(t);
      const first = writeFile(dir, 'first.json', scenario({ name: 'Colocation' }));
      symlinkSync(dir, join(dir, 'here'));
      assertBadInput(await cli('compare', first, SELF_HOSTED, join(dir, 'here', 'first.json'), `${dir}/here/./first.json`), [
        `${first}: this file is given more than once, and its scenario "Colocation" cannot be compared with itself; give each file once (a glob and a file name can both match one file)`,
        `1 problem in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });

    it('takes files of one name in different folders for the files they are', async (t) => {
      const dir = tempDir(t);
      mkdirSync(join(dir, 'a'));
      mkdirSync(join(dir, 'b'));
      const files = [writeFile(join(dir, 'a'), 'option.json', scenario({ name: 'Colocation A' })), writeFile(join(dir, 'b'), 'option.json', scenario({ name: 'Colocation B' }))];
      const run = await cli('compare', ...files, '--months', '1', '--format', 'csv');
      assert.deepEqual([run.code, run.stderr], [0, '']);
      assert.match(run.stdout, /Colocation A[^]*Colocation B/);
    });

    it('takes two spellings that only look alike for the two files they are (through a symbolic link)', async (t) => {
      const dir = tempDir(t);
      writeFile(dir, 'first.json', scenario({ name: 'Colocation' }));
      mkdirSync(join(dir, 'other', 'inner'), { recursive: true });
      writeFile(join(dir, 'other'), 'first.json', scenario({ name: 'Other colocation' }));
      symlinkSync(join(dir, 'other', 'inner'), join(dir, 'link'));
      // "link/../first.json" resolves, as text, to dir/first.json; the file system reads dir/other/first.json.
      const run = await cli('compare', join(dir, 'first.json'), `${dir}/link/../first.json`, '--months', '1', '--format', 'csv');
      assert.deepEqual([run.code, run.stderr], [0, '']);
      assert.match(run.stdout, /Other colocation/);
    });

    it('rejects mixed currencies, naming both files', async (t) => {
      const euros = writeFile(tempDir(t), 'euros.json', scenario({ currency: 'EUR' }));
      assertBadInput(await cli('compare', SELF_HOSTED, euros), [
        `${euros}: /currency: currency EUR differs from USD of "Self-hosted" (${SELF_HOSTED}); compared scenarios must share one currency, or give an exchange rate: --rate EUR=N, N USD per EUR`,
        `1 problem in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });
  });

  describe('analysis options', () => {
    const founding = [SELF_HOSTED, MANAGED];
    const monthsExpected = 'expected a whole number of months from 1 to 1200';

    it('rejects a horizon over 1200 months', async () => {
      assertBadInput(await cli('compare', ...founding, '--months', '1201'), [`--months: ${monthsExpected}, found 1201`, `1 problem. ${NOTHING_COMPARED}`]);
    });

    it('rejects --months 0', async () => {
      assertBadInput(await cli('compare', ...founding, '--months', '0'), [`--months: ${monthsExpected}, found 0`, `1 problem. ${NOTHING_COMPARED}`]);
    });

    it('rejects --months abc, saying what was typed', async () => {
      assertBadInput(await cli('compare', ...founding, '--months', 'abc'), [`costmodel: --months: ${monthsExpected}, found "abc"`, USAGE_HINT]);
    });

    it('rejects an unknown --baseline and suggests the nearest name', async () => {
      assertBadInput(await cli('compare', ...founding, '--baseline', 'Managed provder'), [
        '--baseline: no scenario is named "Managed provder" (did you mean "Managed provider"?); the scenarios are "Self-hosted", "Managed provider"',
        `1 problem. ${NOTHING_COMPARED}`,
      ]);
    });

    it('rejects a --from that is not YYYY-MM', async () => {
      assertBadInput(await cli('compare', ...founding, '--from', '2010-13'), ['--from: expected a month as YYYY-MM, found "2010-13"', `1 problem. ${NOTHING_COMPARED}`]);
    });

    it('rejects a --discount-rate that is not a rate', async () => {
      assertBadInput(await cli('compare', ...founding, '--discount-rate', 'eight'), [
        '--discount-rate: expected an annual rate such as 0.08 or "8%", found "eight"',
        `1 problem. ${NOTHING_COMPARED}`,
      ]);
    });

    it('refuses a --discount-rate of 1 or more written without %, which is surely a percentage meant', async () => {
      assertBadInput(await cli('compare', ...founding, '--discount-rate', '8'), [
        '--discount-rate: 8 reads as 800% a year; write 8% (or 0.08) for 8 percent, or 800% if that is meant',
        `1 problem. ${NOTHING_COMPARED}`,
      ]);
      const explicit = await cli('compare', ...founding, '--discount-rate', '150%', '--format', 'json');
      assert.equal(explicit.code, 0, explicit.stderr);
      assert.equal(JSON.parse(explicit.stdout).settings.discountRate, '1.5');
    });

    it('reports every bad option at once', async () => {
      assertBadInput(await cli('compare', ...founding, '--months', '0', '--from', '2010', '--discount-rate', 'x'), [
        `--months: ${monthsExpected}, found 0`,
        '--from: expected a month as YYYY-MM, found "2010"',
        '--discount-rate: expected an annual rate such as 0.08 or "8%", found "x"',
        `3 problems. ${NOTHING_COMPARED}`,
      ]);
    });

    it('reads a negative value after an option as its value, not as flags', async () => {
      const result = await cli('compare', ...founding, '--discount-rate', '-2%', '--format', 'json');
      assert.equal(result.code, 0, result.stderr);
      assert.equal(JSON.parse(result.stdout).settings.discountRate, '-0.02');
    });

    it('refuses an -o file whose extension names no format, rather than guessing', async () => {
      assertBadInput(await cli('compare', ...founding, '-o', 'out.xlsx'), [
        'out.xlsx: cannot tell the output format from this file name: use --format, or one of .txt, .md, .markdown, .json, .csv',
        '1 problem in 1 file. Nothing was written.',
      ]);
    });
  });

  describe('the command line itself', () => {
    it('rejects an unknown option and suggests the nearest: --montsh → --months', async () => {
      assertBadInput(await cli('compare', SELF_HOSTED, '--montsh', '12'), ['costmodel: unknown option --montsh (did you mean --months?)', USAGE_HINT]);
    });

    it('rejects each of several unknown options on its own line', async () => {
      assertBadInput(await cli('compare', SELF_HOSTED, '--montsh', '12', '--colour'), [
        'costmodel: unknown option --montsh (did you mean --months?)',
        'costmodel: unknown option --colour',
        USAGE_HINT,
      ]);
    });

    it('rejects an unknown command and suggests the nearest: compar → compare', async () => {
      assertBadInput(await cli('compar', SELF_HOSTED), ['costmodel: unknown command "compar" (did you mean "compare"?)', USAGE_HINT]);
    });

    it('rejects an unknown command that is like none of them', async () => {
      assertBadInput(await cli('frobnicate', SELF_HOSTED), ['costmodel: unknown command "frobnicate"', USAGE_HINT]);
    });

    it('asks for a command when none is given', async () => {
      assertBadInput(await cli(), ['costmodel: Name a command: compare, schedule, chart, report, explore, simulate, validate or schema.', USAGE_HINT]);
    });

    it('asks for scenario files when none are given', async () => {
      assertBadInput(await cli('compare'), ['costmodel: compare: expected at least one scenario file, found none (e.g. costmodel compare scenarios/*.json)', USAGE_HINT]);
    });

    it('names an unknown option too when no files are given, and a known one or a negative number not', async () => {
      assertBadInput(await cli('validate', '-x'), ['costmodel: unknown option -x', 'costmodel: validate: expected at least one scenario file, found none (e.g. costmodel validate scenarios/*.json)', USAGE_HINT]);
      assertBadInput(await cli('compare', '--months', '12', '--discount-rate', '-2%'), ['costmodel: compare: expected at least one scenario file, found none (e.g. costmodel compare scenarios/*.json)', USAGE_HINT]);
    });

    it('rejects an unknown --format and suggests the nearest', async () => {
      assertBadInput(await cli('compare', SELF_HOSTED, '--format', 'cvs'), [
        'costmodel: --format: expected one of "table", "markdown", "json", "csv", found "cvs" (did you mean "csv"?)',
        USAGE_HINT,
      ]);
    });

    it('rejects an option without its value', async () => {
      assertBadInput(await cli('compare', SELF_HOSTED, '-o'), ['costmodel: option -o needs a value', USAGE_HINT]);
    });

    it('rejects an extra argument to a command that takes none', async () => {
      assertBadInput(await cli('schema', 'extra'), ['costmodel: unexpected argument "extra"', USAGE_HINT]);
    });

    it('answers in English whatever the locale', async (t) => {
      const saved = { LC_ALL: process.env.LC_ALL, LANG: process.env.LANG };
      t.after(() => restoreEnv(saved));
      process.env.LC_ALL = 'de_DE.UTF-8';
      process.env.LANG = 'de_DE.UTF-8';
      assertBadInput(await cli('compare', SELF_HOSTED, '--montsh', '12'), ['costmodel: unknown option --montsh (did you mean --months?)', USAGE_HINT]);
    });
  });
});

function restoreEnv(saved: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}
