/**
 * Default options from a `--config` JSON file and from `COSTMODEL_*` environment variables
 * (yargs' `.env('COSTMODEL')`: `COSTMODEL_DISCOUNT_RATE` sets `--discount-rate`). Precedence,
 * highest first: the command line, the environment, the config file, the built-in default.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { assertBadInput, cli, lines, MANAGED, SELF_HOSTED, setEnv, tempDir, USAGE_HINT, writeFile } from './cliHarness.js';

/** The settings a JSON comparison of the founding example was made with. */
async function settingsOf(...options: string[]): Promise<{ months: number; discountRate: string | null }> {
  const run = await cli('compare', SELF_HOSTED, MANAGED, '--format', 'json', ...options);
  assert.equal(run.stderr, '');
  assert.equal(run.code, 0);
  return (JSON.parse(run.stdout) as { settings: { months: number; discountRate: string | null } }).settings;
}

describe('--config FILE', () => {
  it('sets the horizon with {"months": 12}', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { months: 12 });
    assert.equal((await settingsOf('--config', config)).months, 12);
  });

  it('sets the discount rate with {"discount-rate": "8%"}', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { 'discount-rate': '8%' });
    assert.equal((await settingsOf('--config', config)).discountRate, '0.08');
  });

  it('gives way to the command line', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { months: 12 });
    assert.equal((await settingsOf('--config', config, '--months', '24')).months, 24);
  });

  it('does not break validate and schema, which ignore the analysis settings', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { months: 12, 'discount-rate': '8%' });
    const validated = await cli('validate', SELF_HOSTED, '--config', config);
    const schema = await cli('schema', '--config', config);
    assert.deepEqual([validated.code, validated.stderr, schema.code, schema.stderr], [0, '', 0, '']);
  });

  it('names a missing config file', async (t) => {
    const config = join(tempDir(t), 'nope.json');
    assertBadInput(await cli('compare', SELF_HOSTED, '--config', config), [`costmodel: --config: ${config}: no such config file`, USAGE_HINT]);
  });

  it('points at invalid JSON in the config file', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', '{\n  "months": 12,\n}\n');
    assertBadInput(await cli('compare', SELF_HOSTED, '--config', config), [
      `costmodel: --config: ${config}:2:15: invalid JSON: expected another property after this ",", found "}" (JSON allows no trailing comma)`,
      USAGE_HINT,
    ]);
  });

  it('rejects a config file that is not an object of options', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', [12]);
    assertBadInput(await cli('compare', SELF_HOSTED, '--config', config), [
      `costmodel: --config: ${config}: expected a JSON object of options such as {"months": 60}, found an array`,
      USAGE_HINT,
    ]);
  });

  it('names a misspelt key in the config file and suggests the option', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { montsh: 12 });
    assertBadInput(await cli('compare', SELF_HOSTED, '--config', config), [`costmodel: unknown option "montsh" in ${config} (did you mean "months"?)`, USAGE_HINT]);
  });

  it('rejects a horizon in the config file that is not a number', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { months: 'twelve' });
    assertBadInput(await cli('compare', SELF_HOSTED, '--config', config), [`costmodel: ${config}: "months": expected a whole number of months from 1 to 1200, found "twelve"`, USAGE_HINT]);
  });
});

describe('COSTMODEL_* environment variables', () => {
  it('COSTMODEL_MONTHS=12 sets the horizon', async (t) => {
    setEnv(t, { COSTMODEL_MONTHS: '12' });
    assert.equal((await settingsOf()).months, 12);
    assert.equal(lines((await cli('compare', SELF_HOSTED, MANAGED)).stdout)[0], '2 scenarios over 12 months (2009-05 to 2010-04), USD, not discounted.');
  });

  it('COSTMODEL_DISCOUNT_RATE=8% sets --discount-rate', async (t) => {
    setEnv(t, { COSTMODEL_DISCOUNT_RATE: '8%' });
    assert.equal((await settingsOf()).discountRate, '0.08');
  });

  it('gives way to the command line', async (t) => {
    setEnv(t, { COSTMODEL_MONTHS: '12' });
    assert.equal((await settingsOf('--months', '24')).months, 24);
  });

  it('wins over the config file', async (t) => {
    setEnv(t, { COSTMODEL_MONTHS: '24' });
    const config = writeFile(tempDir(t), 'costmodel.json', { months: 12 });
    assert.equal((await settingsOf('--config', config)).months, 24);
  });

  it('does not break validate and schema, which ignore the analysis settings', async (t) => {
    setEnv(t, { COSTMODEL_MONTHS: '12' });
    const validated = await cli('validate', SELF_HOSTED);
    const schema = await cli('schema');
    assert.deepEqual([validated.code, validated.stderr, schema.code, schema.stderr], [0, '', 0, '']);
  });

  it('reports a bad value with what was found', async (t) => {
    setEnv(t, { COSTMODEL_MONTHS: 'abc' });
    assertBadInput(await cli('compare', SELF_HOSTED), ['costmodel: COSTMODEL_MONTHS: expected a whole number of months from 1 to 1200, found "abc"', USAGE_HINT]);
  });

  it('names a misspelt variable and suggests the right one', async (t) => {
    setEnv(t, { COSTMODEL_MONTSH: '12' });
    assertBadInput(await cli('compare', SELF_HOSTED), ['costmodel: unknown option COSTMODEL_MONTSH in the environment (did you mean COSTMODEL_MONTHS?)', USAGE_HINT]);
  });

  it('accepts COSTMODEL_DEBUG=1 (stack traces for bug reports) without calling it an unknown option', async (t) => {
    setEnv(t, { COSTMODEL_DEBUG: '1' });
    const run = await cli('compare', SELF_HOSTED, MANAGED);
    assert.deepEqual([run.code, run.stderr], [0, '']);
  });
});

describe('defaults that cannot be taken are said to be, wherever they are given', () => {
  const leaving = new WeakSet<TestContext>();
  /** Runs in a folder of its own, whose package.json holds `manifest` (text as it is, or JSON). */
  function inFolderWithPackage(t: TestContext, manifest: string | object): string {
    const dir = tempDir(t);
    const here = process.cwd();
    process.chdir(dir);
    // Back to where the test began, before its folders are removed, however many it made.
    if (!leaving.has(t)) {
      leaving.add(t);
      t.after(() => process.chdir(here));
    }
    if (typeof manifest === 'string') writeFileSync(join(dir, 'package.json'), manifest);
    else writeFile(dir, 'package.json', manifest);
    return dir;
  }

  it('--version and --help as defaults, which replaced the command and exited 0', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { months: 12, version: true });
    assertBadInput(await cli('compare', SELF_HOSTED, '--config', config), [`costmodel: --config: ${config}: "version": --help and --version are given on the command line, not as defaults`, USAGE_HINT]);
    setEnv(t, { COSTMODEL_V: 'true' });
    assertBadInput(await cli('validate', SELF_HOSTED), ['costmodel: unknown option COSTMODEL_V in the environment: --help and --version are given on the command line', USAGE_HINT]);
  });

  it('a package.json "costmodel" object with "help", and a config file naming another', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', { config: 'other.json' });
    assertBadInput(await cli('compare', SELF_HOSTED, '--config', config), [`costmodel: --config: ${config}: "config": a file of defaults names no other; give --config on the command line`, USAGE_HINT]);
    inFolderWithPackage(t, { name: 'ours', costmodel: { help: true } });
    assertBadInput(await cli('compare', SELF_HOSTED), ['costmodel: package.json: "costmodel": "help": --help and --version are given on the command line, not as defaults', USAGE_HINT]);
  });

  it('values nested ten thousand deep, which ended in an unexpected error', async (t) => {
    const config = writeFile(tempDir(t), 'costmodel.json', `{"months": ${'['.repeat(10000)}${']'.repeat(10000)}}`);
    assertBadInput(await cli('compare', SELF_HOSTED, '--config', config), [`costmodel: --config: ${config}: "months": nested more than 8 levels deep; an option takes one value, a list, or (rates) an object`, USAGE_HINT]);
    const objects = `{"rates": {"EUR": ${'{"a": '.repeat(10000)}1${'}'.repeat(10000)}}}`;
    inFolderWithPackage(t, `{"name": "ours", "costmodel": ${objects}}`);
    assertBadInput(await cli('compare', SELF_HOSTED), ['costmodel: package.json: "costmodel": "rates": nested more than 8 levels deep; an option takes one value, a list, or (rates) an object', USAGE_HINT]);
  });

  it('a package.json that is no JSON and names "costmodel", or whose "costmodel" is no object, which were taken as no defaults', async (t) => {
    inFolderWithPackage(t, '{"name": "ours", "costmodel": {\n');
    assertBadInput(await cli('compare', SELF_HOSTED), [
      'costmodel: package.json:2:1: invalid JSON: expected "}" to close the object, found the end of the file (costmodel reads its defaults from the "costmodel" key of the nearest package.json)',
      USAGE_HINT,
    ]);
    inFolderWithPackage(t, { name: 'ours', costmodel: 'months=12' });
    assertBadInput(await cli('compare', SELF_HOSTED), ['costmodel: package.json: "costmodel": expected a JSON object of options such as {"months": 60}, found "months=12"', USAGE_HINT]);
  });

  it('a package.json that starts with a byte order mark is read, as a scenario file is', async (t) => {
    inFolderWithPackage(t, `\uFEFF${JSON.stringify({ name: 'ours', costmodel: { months: 12 } })}`);
    assert.equal((await settingsOf()).months, 12);
  });

  it('a package.json without "costmodel" is no concern of costmodel\'s', async (t) => {
    inFolderWithPackage(t, { name: 'ours', scripts: { test: 'node --test' } });
    assert.equal((await settingsOf()).months, 36);
  });
});

describe('a value out of range is named where it was given', () => {
  it('in the environment and in a config file, as on the command line', async (t) => {
    setEnv(t, { COSTMODEL_MONTHS: '0' });
    assertBadInput(await cli('compare', SELF_HOSTED), ['COSTMODEL_MONTHS: expected a whole number of months from 1 to 1200, found 0', '1 problem. Nothing was compared.']);
    const config = writeFile(tempDir(t), 'costmodel.json', { 'discount-rate': 'abc', exitAfter: 1201 });
    assertBadInput(await cli('compare', SELF_HOSTED, MANAGED, '--config', config, '--months', '1201'), [
      '--months: expected a whole number of months from 1 to 1200, found 1201',
      `${config}: "discount-rate": expected an annual rate such as 0.08 or "8%", found "abc"`,
      `${config}: "exitAfter": expected a whole number of months from 1 to 1200, found 1201`,
      '3 problems. Nothing was compared.',
    ]);
  });
});

describe('package.json defaults, read by costmodel', () => {
  /** A project folder with `manifest` as its package.json, and the test run from `sub` below it. */
  function project(t: TestContext, manifest: object | string, files: Record<string, unknown> = {}): string {
    const dir = tempDir(t);
    mkdirSync(join(dir, 'sub'));
    writeFile(dir, 'package.json', manifest);
    for (const [name, content] of Object.entries(files)) writeFile(dir, name, content);
    process.chdir(join(dir, 'sub'));
    // Back to the project's root before the folders are removed, however many a test made.
    t.after(() => process.chdir(projectRoot));
    return dir;
  }

  it('names a package.json above the current folder by its path, also for a value out of range', async (t) => {
    const dir = project(t, { name: 'ours', costmodel: { months: 0 } });
    assertBadInput(await cli('compare', SELF_HOSTED), [`${join(dir, 'package.json')}: "costmodel": "months": expected a whole number of months from 1 to 1200, found 0`, '1 problem. Nothing was compared.']);
  });

  it('takes the file "extends" names from the package.json\'s folder, under its own defaults, and checks it like them', async (t) => {
    project(t, { name: 'ours', costmodel: { extends: './defaults.json', 'discount-rate': '8%' } }, { 'defaults.json': { months: 12, 'discount-rate': '5%' } });
    const settings = await settingsOf();
    assert.deepEqual([settings.months, settings.discountRate], [12, '0.08']);
  });

  it('refuses a base file that cannot be read, or holds what defaults may not, naming the package.json', async (t) => {
    const dir = project(t, { name: 'ours', costmodel: { extends: './missing.json' } });
    assertBadInput(await cli('compare', SELF_HOSTED), [`costmodel: ${join(dir, 'package.json')}: "costmodel": "extends": ./missing.json: no such file of defaults`, USAGE_HINT]);
    const base = project(t, { name: 'ours', costmodel: { extends: './defaults.json', 'discount-rate': '8%' } }, { 'defaults.json': { discountRate: '5%' } });
    assertBadInput(await cli('compare', SELF_HOSTED), [`costmodel: ${join(base, 'package.json')}: "costmodel": "discountRate" and "discount-rate" are one option, given twice; give it once`, USAGE_HINT]);
  });

  it('leaves a package.json that is no concern of costmodel\'s to npm: no JSON without "costmodel", not UTF-8, a folder', async (t) => {
    project(t, '{"name": "ours",\n');
    assert.equal((await settingsOf()).months, 36);
    project(t, '{"name": "ours", "author": "Ren\u00e9"}');
    assert.equal((await settingsOf()).months, 36);
    const dir = tempDir(t);
    mkdirSync(join(dir, 'package.json'));
    process.chdir(dir);
    assert.equal((await settingsOf()).months, 36);
  });

  it('answers --version when the package.json\'s defaults cannot be read', async (t) => {
    project(t, '{"name": "ours", "costmodel": {\n');
    const run = await cli('--version');
    assert.deepEqual([run.code, run.stderr], [0, '']);
  });
});

describe('values named where given, whatever their problem', () => {
  it('an unknown baseline and an exchange rate from the environment or a config file', async (t) => {
    setEnv(t, { COSTMODEL_BASELINE: 'Nope' });
    assertBadInput(await cli('compare', SELF_HOSTED), ['COSTMODEL_BASELINE: no scenario is named "Nope"; the scenarios are "Self-hosted"', '1 problem. Nothing was compared.']);
    const config = writeFile(tempDir(t), 'costmodel.json', { rates: { EUR: 'abc' } });
    const run = await cli('compare', SELF_HOSTED, join(SELF_HOSTED, '..', '..', 'docs', 'examples', 'provider-eu.json'), '--currency', 'USD', '--baseline', 'Self-hosted', '--config', config);
    assert.equal(run.code, 2);
    assert.match(run.stderr, new RegExp(`^${config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: "rates" EUR: expected a positive exchange rate`));
  });
});
