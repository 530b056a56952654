/**
 * Default options from a `--config` JSON file and from `COSTMODEL_*` environment variables
 * (yargs' `.env('COSTMODEL')`: `COSTMODEL_DISCOUNT_RATE` sets `--discount-rate`). Precedence,
 * highest first: the command line, the environment, the config file, the built-in default.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
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
