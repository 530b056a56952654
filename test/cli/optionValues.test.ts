/**
 * Option values yargs lets through and no command can take: an option of one value given
 * twice, a list where one value belongs, a number that is not one, a true/false option set to
 * something else. Each is a usage mistake: one line naming the option and what was found,
 * exit 2, nothing on standard output, nothing written — never an "unexpected error".
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { environmentVariableOf, optionValueProblem, repeatedConfig } from '../../bin/optionValues.js';
import { assertBadInput, cli, filesIn, MANAGED, SELF_HOSTED, setEnv, tempDir, USAGE_HINT, writeFile } from './cliHarness.js';

const UNCERTAIN = [`${projectRoot}scenarios/uncertain/self-hosted.json`, `${projectRoot}scenarios/uncertain/managed-provider.json`];

describe('an option of one value given more than once', () => {
  it('-o twice writes neither file', async (t) => {
    const dir = tempDir(t);
    const run = await cli('compare', SELF_HOSTED, MANAGED, '-o', join(dir, 'a.md'), '-o', join(dir, 'b.md'));
    assertBadInput(run, [`costmodel: --output is given twice ("${join(dir, 'a.md')}", then "${join(dir, 'b.md')}"); give it once`, USAGE_HINT]);
    assert.deepEqual(filesIn(dir), []);
  });

  it('three times, by its long and short names', async (t) => {
    const dir = tempDir(t);
    const run = await cli('schema', '--output', join(dir, 'a'), '-o', join(dir, 'b'), `--output=${join(dir, 'c')}`);
    assertBadInput(run, [`costmodel: --output is given 3 times ("${join(dir, 'a')}", "${join(dir, 'b')}", "${join(dir, 'c')}"); give it once`, USAGE_HINT]);
    assert.deepEqual(filesIn(dir), []);
  });

  for (const [name, args, message] of [
    ['--format of schedule', ['schedule', SELF_HOSTED, '-f', 'csv', '-f', 'json'], '--format is given twice ("csv", then "json"); give it once'],
    ['--type of chart', ['chart', SELF_HOSTED, '-t', 'monthly', '-t', 'totals', '--format', 'svg'], '--type is given twice ("monthly", then "totals"); give it once'],
    ['--months', ['compare', SELF_HOSTED, '--months', '12', '--months', '24'], '--months is given twice (12, then 24); give it once'],
    ['--discount-rate', ['compare', SELF_HOSTED, '--discount-rate', '8%', '--discount-rate', '9%'], '--discount-rate is given twice ("8%", then "9%"); give it once'],
    ['--decision of report', ['report', SELF_HOSTED, MANAGED, '--decision', 'a', '--decision', 'b'], '--decision is given twice ("a", then "b"); give it once'],
    ['--actuals of report', ['report', SELF_HOSTED, MANAGED, '--actuals', 'x.csv', '--actuals', 'x.csv'], '--actuals is given twice ("x.csv", then "x.csv"); give it once'],
  ] as const) {
    it(name, async () => {
      assertBadInput(await cli(...args), [`costmodel: ${message}`, USAGE_HINT]);
    });
  }

  it('--chart of compare writes no chart', async (t) => {
    const dir = tempDir(t);
    const run = await cli('compare', SELF_HOSTED, MANAGED, '--chart', join(dir, 'a.svg'), '--chart', join(dir, 'b.svg'));
    assertBadInput(run, [`costmodel: --chart is given twice ("${join(dir, 'a.svg')}", then "${join(dir, 'b.svg')}"); give it once`, USAGE_HINT]);
    assert.deepEqual(filesIn(dir), []);
  });

  it('--chart-type of simulate: no trials run, no results printed', async (t) => {
    const dir = tempDir(t);
    const run = await cli('simulate', ...UNCERTAIN, '--trials', '100', '--chart-type', 'fan', '--chart-type', 'tornado', '--chart', join(dir, 'x.svg'));
    assertBadInput(run, ['costmodel: --chart-type is given twice ("fan", then "tornado"); give it once', USAGE_HINT]);
    assert.deepEqual(filesIn(dir), []);
  });

  it('--samples of simulate', async (t) => {
    const dir = tempDir(t);
    const run = await cli('simulate', ...UNCERTAIN, '--trials', '100', '--samples', join(dir, 's1.csv'), '--samples', join(dir, 's2.csv'));
    assertBadInput(run, [`costmodel: --samples is given twice ("${join(dir, 's1.csv')}", then "${join(dir, 's2.csv')}"); give it once`, USAGE_HINT]);
    assert.deepEqual(filesIn(dir), []);
  });

  it('--config twice is not read as one path', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { months: 12 });
    const run = await cli('compare', SELF_HOSTED, '--config', config, `--config=${config}`);
    assertBadInput(run, [`costmodel: --config is given twice ("${config}", then "${config}"); give it once`, USAGE_HINT]);
  });

  it('a list an option may take (--rate) is still taken', async () => {
    const run = await cli('compare', SELF_HOSTED, '--currency', 'EUR', '--rate', 'USD=0.5', '--rate', 'GBP=1.2', '--months', '1', '--format', 'csv');
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
  });
});

describe('a list in a config file where one value belongs', () => {
  it('"format": ["csv", "json"]', async (t) => {
    const dir = tempDir(t);
    const config = writeFile(dir, 'costmodel.json', { format: ['csv', 'json'] });
    const run = await cli('schedule', SELF_HOSTED, '--config', config);
    assertBadInput(run, [`costmodel: ${config}: "format": expected one value, found a list ["csv","json"]`, USAGE_HINT]);
  });

  it('"months": [12, 24], unless the command line gives --months', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { months: [12, 24] });
    assertBadInput(await cli('compare', SELF_HOSTED, '--config', config), [`costmodel: ${config}: "months": expected one value, found a list [12,24]`, USAGE_HINT]);
    const overridden = await cli('compare', SELF_HOSTED, '--config', config, '--months', '6', '--format', 'json');
    assert.equal(overridden.code, 0);
    assert.equal((JSON.parse(overridden.stdout) as { settings: { months: number } }).settings.months, 6);
  });
});

describe('a number option that is not a number written in digits', () => {
  for (const [name, args, message] of [
    ['--trials abc', ['simulate', ...UNCERTAIN, '--trials', 'abc'], '--trials: expected a number, found "abc"'],
    ['--trials 0x10 (which yargs reads as 16)', ['simulate', ...UNCERTAIN, '--trials', '0x10'], '--trials: expected a number, found "0x10"'],
    ['--seed=1e3', ['simulate', ...UNCERTAIN, '--seed=1e3'], '--seed: expected a number, found "1e3"'],
    ['--scale abc of chart', ['chart', SELF_HOSTED, '--scale', 'abc', '-o', 'never-written.png'], '--scale: expected a number, found "abc"'],
    ['--months 0x10', ['compare', SELF_HOSTED, '--months', '0x10'], '--months: expected a whole number of months from 1 to 1200, found "0x10"'],
    ['--months 1e1', ['compare', SELF_HOSTED, '--months', '1e1'], '--months: expected a whole number of months from 1 to 1200, found "1e1"'],
    ['--exit-after 1e1', ['compare', SELF_HOSTED, MANAGED, '--exit-after', '1e1'], '--exit-after: expected a whole number of months from 1 to 1200, found "1e1"'],
  ] as const) {
    it(name, async () => {
      assertBadInput(await cli(...args), [`costmodel: ${message}`, USAGE_HINT]);
    });
  }

  it('from the environment, named as its variable', async (t) => {
    setEnv(t, { COSTMODEL_MONTHS: '0x10' });
    assertBadInput(await cli('compare', SELF_HOSTED), ['costmodel: COSTMODEL_MONTHS: expected a whole number of months from 1 to 1200, found "0x10"', USAGE_HINT]);
  });

  it('from a config file, named with its key', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { trials: 'many' });
    assertBadInput(await cli('simulate', ...UNCERTAIN, '--config', config), [`costmodel: ${config}: "trials": expected a number, found "many"`, USAGE_HINT]);
  });

  for (const [key, value] of [['months', true], ['months', null], ['months', {}], ['exitAfter', false]] as const) {
    it(`${JSON.stringify(value)} for "${key}" in a config file, named with its key (not as the option)`, async (t) => {
      const config = writeFile(tempDir(t), 'costmodel.json', { [key]: value });
      assertBadInput(await cli('compare', SELF_HOSTED, MANAGED, '--config', config), [`costmodel: ${config}: "${key}": expected a whole number of months from 1 to 1200, found ${JSON.stringify(value)}`, USAGE_HINT]);
    });
  }

  it('a config file shared with validate, which accepts "months" and ignores it, is fine there', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { months: true, exitAfter: 'soon' });
    const run = await cli('validate', SELF_HOSTED, '--config', config);
    assert.deepEqual([run.code, run.stderr], [0, '']);
  });

  it('a variable spelled in small letters, which yargs reads as the same option, is named as it is spelled', async (t) => {
    setEnv(t, { COSTMODEL_months: 'abc' });
    assertBadInput(await cli('compare', SELF_HOSTED, MANAGED), ['costmodel: COSTMODEL_months: expected a whole number of months from 1 to 1200, found "abc"', USAGE_HINT]);
  });

  it('COSTMODEL_months=0x10 is not silently 16 months', async (t) => {
    setEnv(t, { COSTMODEL_months: '0x10' });
    assertBadInput(await cli('compare', SELF_HOSTED, MANAGED), ['costmodel: COSTMODEL_months: expected a whole number of months from 1 to 1200, found "0x10"', USAGE_HINT]);
  });

  it('COSTMODEL_exit_after is --exit-after, checked like COSTMODEL_EXIT_AFTER', async (t) => {
    setEnv(t, { COSTMODEL_exit_after: '1e1' });
    assertBadInput(await cli('compare', SELF_HOSTED, MANAGED), ['costmodel: COSTMODEL_exit_after: expected a whole number of months from 1 to 1200, found "1e1"', USAGE_HINT]);
  });

  it('a config file that gives "exitAfter" and "exit-after", one option of which yargs keeps one value, is refused as giving it twice', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { exitAfter: 'abc', 'exit-after': 12 });
    assertBadInput(await cli('compare', SELF_HOSTED, MANAGED, '--config', config), [`costmodel: --config: ${config}: "exitAfter" and "exit-after" are one option, given twice; give it once`, USAGE_HINT]);
    const rate = writeFile(tempDir(t), 'costmodel.json', { discountRate: '8%', 'discount-rate': '9%' });
    assertBadInput(await cli('compare', SELF_HOSTED, MANAGED, '--config', rate), [`costmodel: --config: ${rate}: "discountRate" and "discount-rate" are one option, given twice; give it once`, USAGE_HINT]);
  });

  it('"months" and "exit-after" in the number forms yargs reads are fine for the commands that accept them to ignore them', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { months: '0x10' });
    const runs = [await cli('validate', SELF_HOSTED, '--config', config), await cli('schema', '--months=1e1'), await cli('schedule', SELF_HOSTED, '--exit-after', '0x10', '--months', '1')];
    assert.deepEqual(
      runs.map((run) => [run.code, run.stderr]),
      [[0, ''], [0, ''], [0, '']],
    );
  });

  it('decimal digits, signed or with a point, pass on to the range checks', async () => {
    const run = await cli('compare', SELF_HOSTED, '--months', '+12', '--format', 'json');
    assert.equal(run.code, 0);
    assert.equal((JSON.parse(run.stdout) as { settings: { months: number } }).settings.months, 12);
  });
});

describe('a true/false option set to anything else', () => {
  it('COSTMODEL_WIDE=yes is not silently false', async (t) => {
    setEnv(t, { COSTMODEL_WIDE: 'yes' });
    assertBadInput(await cli('schedule', SELF_HOSTED), ['costmodel: COSTMODEL_WIDE: expected true or false, found "yes"', USAGE_HINT]);
  });

  it('COSTMODEL_WIDE=1 neither', async (t) => {
    setEnv(t, { COSTMODEL_WIDE: '1' });
    assertBadInput(await cli('schedule', SELF_HOSTED), ['costmodel: COSTMODEL_WIDE: expected true or false, found "1"', USAGE_HINT]);
  });

  it('COSTMODEL_WIDE=true is the wide layout, and --no-wide on the command line wins', async (t) => {
    setEnv(t, { COSTMODEL_WIDE: 'true' });
    assert.match((await cli('schedule', SELF_HOSTED, '--months', '1')).stdout, /^month,Self-hosted\r\n/);
    assert.match((await cli('schedule', SELF_HOSTED, '--months', '1', '--no-wide')).stdout, /^month,scenario,item,category,amount\r\n/);
  });

  it('"wide": "yes" in a config file', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { wide: 'yes' });
    assertBadInput(await cli('schedule', SELF_HOSTED, '--config', config), [`costmodel: ${config}: "wide": expected true or false, found "yes"`, USAGE_HINT]);
  });

  it('COSTMODEL_DEBUG=1 is still read as documented', async (t) => {
    setEnv(t, { COSTMODEL_DEBUG: '1' });
    const run = await cli('compare', SELF_HOSTED, '--months', '1');
    assert.equal(run.code, 0);
  });
});

describe('optionValueProblem and repeatedConfig', () => {
  const declared = { key: { output: true, months: true, wide: true }, array: [], boolean: ['wide'], number: [], string: ['output'], alias: { output: ['o'] } };
  const sources = (args: string[], env: Record<string, string> = {}) => ({ args, env, envPrefix: 'COSTMODEL' });

  it('reads the values as typed, and stops at --', () => {
    assert.equal(optionValueProblem({ output: 'a' }, declared, sources(['compare', '-o', 'a', '--', '-o', 'b'])), undefined);
    assert.equal(optionValueProblem({ output: ['a', 'b'] }, declared, sources(['compare', '-o', 'a', '-o', 'b'])), '--output is given twice ("a", then "b"); give it once');
  });

  it('names a value from package.json\'s "costmodel" settings when nothing else gave it, under the key as written', () => {
    const fromPackage = (settings: Record<string, unknown>) => ({ ...sources(['compare']), packageSettings: () => settings });
    assert.equal(optionValueProblem({ months: [1, 2] }, declared, fromPackage({ months: [1, 2] })), 'package.json: "costmodel": "months": expected one value, found a list [1,2]');
    assert.equal(optionValueProblem({ months: 16 }, declared, fromPackage({ months: '0x10' })), 'package.json: "costmodel": "months": expected a whole number of months from 1 to 1200, found "0x10"');
    assert.equal(optionValueProblem({ wide: false }, declared, fromPackage({ wide: 'yes' })), 'package.json: "costmodel": "wide": expected true or false, found "yes"');
    assert.equal(optionValueProblem({ output: ['a', 'b'] }, declared, fromPackage({ o: ['a', 'b'] })), 'package.json: "costmodel": "o": expected one value, found a list ["a","b"]');
  });

  it('takes a default as it is', () => {
    assert.equal(optionValueProblem({ months: 36, wide: false }, declared, { ...sources(['compare']), packageSettings: () => undefined }), undefined);
  });

  it('takes an empty true/false variable as not set', () => {
    assert.equal(optionValueProblem({ wide: false }, declared, sources(['schedule'], { COSTMODEL_WIDE: '' })), undefined);
  });

  it('finds the variable yargs reads an option from: any spelling yargs keys as the option, the first in the environment\'s order', () => {
    const variable = (key: string, env: Record<string, string | undefined>) => environmentVariableOf(key, { env, envPrefix: 'COSTMODEL' });
    assert.equal(variable('exit-after', { COSTMODEL_EXIT_AFTER: '1' }), 'COSTMODEL_EXIT_AFTER');
    assert.equal(variable('exit-after', { COSTMODEL_exit_after: '1' }), 'COSTMODEL_exit_after');
    assert.equal(variable('exitAfter', { COSTMODEL_exit_after: '1' }), 'COSTMODEL_exit_after');
    assert.equal(variable('months', { COSTMODEL_months: '1', COSTMODEL_MONTHS: '2' }), 'COSTMODEL_months');
    assert.equal(variable('months', { COSTMODEL_MONTHS: '2', COSTMODEL_months: '1' }), 'COSTMODEL_MONTHS');
    // Mixed case is kept as it is (another key, "Months"); `__` makes a nested key; unset is not given; another prefix is not ours.
    assert.equal(variable('months', { COSTMODEL_Months: '1', COSTMODEL_MONTHS__X: '1', COSTMODEL_MONTHS: undefined, COSTMODELMONTHS: '1' }), undefined);
    assert.equal(variable('Months', { COSTMODEL_Months: '1' }), 'COSTMODEL_Months');
  });

  it('--config once, and twice', () => {
    assert.equal(repeatedConfig(['compare', '--config', 'a.json']), undefined);
    assert.equal(repeatedConfig(['compare', '--config', 'a.json', '--', '--config']), undefined);
    assert.equal(repeatedConfig(['compare', '--config', 'a.json', '--config', 'b.json', '--config=c.json']), '--config is given 3 times ("a.json", "b.json", "c.json"); give it once');
  });
});

describe('config keys in camel case', () => {
  it('"discountRate": ["8%", "9%"] is named as written', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { discountRate: ['8%', '9%'] });
    assertBadInput(await cli('compare', SELF_HOSTED, '--config', config), [`costmodel: ${config}: "discountRate": expected one value, found a list ["8%","9%"]`, USAGE_HINT]);
  });
});

describe('values of the wrong kind a second reader found', () => {
  it('validate and schema take --rate twice, as compare does, and a hidden option as compare would', async (t) => {
    assert.equal((await cli('validate', SELF_HOSTED, '--rate', 'EUR=1', '--rate', 'GBP=2')).code, 0);
    const config = writeFile(tempDir(t), 'costmodel.json', { rates: ['EUR=1.1', 'GBP=1.2'] });
    assert.equal((await cli('validate', SELF_HOSTED, '--config', config)).code, 0);
    assert.equal((await cli('validate', SELF_HOSTED, '--baseline', '0x10')).code, 0);
    assert.equal((await cli('schema', '--rate', 'EUR=1', '--rate', 'GBP=2')).code, 0);
  });

  for (const [name, options, message] of [
    ['an object as -o', { output: { a: 1 } }, '"output": expected a text, found {"a":1}'],
    ['a list under an alias', { o: ['a.md', 'b.md'] }, '"o": expected one value, found a list ["a.md","b.md"]'],
    ['a number with more digits than a number keeps', { months: '12.0000000000000001' }, '"months": "12.0000000000000001" has more digits than a number keeps (it would be read as 12); give fewer'],
  ] as const) {
    it(`${name} in a config file`, async (t) => {
      const config = writeFile(tempDir(t), 'costmodel.json', options);
      assertBadInput(await cli('compare', SELF_HOSTED, '--config', config), [`costmodel: ${config}: ${message}`, USAGE_HINT]);
    });
  }

  it('a number as a file name in a config file is that name', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { output: 5 });
    assertBadInput(await cli('compare', SELF_HOSTED, '--config', config), ['5: cannot tell the output format from this file name: use --format, or one of .txt, .md, .markdown, .json, .csv', '1 problem in 1 file. Nothing was written.']);
  });

  it('{} as a decision record, and as trials', async (t) => {
    const dir = tempDir(t);
    const previous = writeFile(dir, 'previous.json', { previous: {} });
    assertBadInput(await cli('report', SELF_HOSTED, MANAGED, '--config', previous), [`costmodel: ${previous}: "previous": expected a text, found {}`, USAGE_HINT]);
    const trials = writeFile(dir, 'trials.json', { trials: {} });
    assertBadInput(await cli('simulate', ...UNCERTAIN, '--config', trials), [`costmodel: ${trials}: "trials": expected a number, found {}`, USAGE_HINT]);
  });

  it('--wide and --no-wide together, of which yargs would keep the last', async () => {
    assertBadInput(await cli('schedule', SELF_HOSTED, '--wide', '--no-wide'), ['costmodel: --wide is given twice; give it once', USAGE_HINT]);
    assertBadInput(await cli('schedule', SELF_HOSTED, '--wide', '--wide', '--wide'), ['costmodel: --wide is given 3 times; give it once', USAGE_HINT]);
  });

  it('--wide=yes on the command line', async () => {
    assertBadInput(await cli('schedule', SELF_HOSTED, '--wide=yes'), ['costmodel: --wide: expected true or false, found "yes"', USAGE_HINT]);
  });

  it('--months with more digits than a number keeps', async () => {
    assertBadInput(await cli('compare', SELF_HOSTED, '--months', '12.0000000000000001'), ['costmodel: --months: "12.0000000000000001" has more digits than a number keeps (it would be read as 12); give fewer', USAGE_HINT]);
  });

  it('a number not in digits in package.json\'s "costmodel" settings', async (t) => {
    const dir = tempDir(t);
    const here = process.cwd();
    process.chdir(dir);
    t.after(() => process.chdir(here));
    writeFile(dir, 'package.json', { name: 'our-hosting-decision', private: true, costmodel: { months: '0x10' } });
    assertBadInput(await cli('compare', SELF_HOSTED), ['costmodel: package.json: "costmodel": "months": expected a whole number of months from 1 to 1200, found "0x10"', USAGE_HINT]);
    writeFile(dir, 'package.json', { name: 'our-hosting-decision', private: true, costmodel: { wide: 'yes' } });
    assertBadInput(await cli('schedule', SELF_HOSTED, '--months', '1'), ['costmodel: package.json: "costmodel": "wide": expected true or false, found "yes"', USAGE_HINT]);
  });
});
