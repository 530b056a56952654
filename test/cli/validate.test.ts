import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { assertBadInput, cli, IT_HIRE, lines, MANAGED, scenario, SELF_HOSTED, tempDir, writeFile } from './cliHarness.js';

describe('costmodel validate', () => {
  it('prints one ok line per valid file on stdout and exits 0', async () => {
    const run = await cli('validate', SELF_HOSTED, MANAGED, IT_HIRE);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    assert.deepEqual(lines(run.stdout), [
      `${SELF_HOSTED}: ok, "Self-hosted", 1 cost item, USD`,
      `${MANAGED}: ok, "Managed provider", 2 cost items, USD`,
      `${IT_HIRE}: ok, "Self-hosted + IT hire", 3 cost items, USD`,
    ]);
  });

  it('reports every problem of a broken file on stderr and exits 2', async (t) => {
    const dir = tempDir(t);
    const broken = writeFile(dir, 'broken.json', scenario({ start: '2009-5', currency: 'usd' }));
    assertBadInput(await cli('validate', broken), [
      `${broken}: /currency: expected a three-letter ISO 4217 currency code in capitals (e.g. "USD"), found "usd"`,
      `${broken}: /start: expected a month as YYYY-MM (e.g. "2009-05"), found "2009-5"`,
      '2 problems in 1 file. The file is not valid.',
    ]);
  });

  it('says which files are fine and which are not when valid and invalid files are mixed', async (t) => {
    const dir = tempDir(t);
    const broken = writeFile(dir, 'broken.json', scenario({ costs: [{ name: 'Rack', kind: 'one-time', amonut: '5' }] }));
    const missing = join(dir, 'missing.json');
    const run = await cli('validate', SELF_HOSTED, broken, missing);
    assert.deepEqual(lines(run.stdout), [`${SELF_HOSTED}: ok, "Self-hosted", 1 cost item, USD`]);
    assert.deepEqual(lines(run.stderr), [
      `${broken}: /costs/0: missing required key "amount"`,
      `${broken}: /costs/0: unknown key "amonut" (did you mean "amount"?)`,
      `${missing}: no such scenario file`,
      '3 problems in 2 files. 1 of 3 files is valid.',
    ]);
    assert.equal(run.code, 2);
  });
});

describe('costmodel schema', () => {
  it('prints the JSON Schema the project ships in docs/scenario.schema.json', async () => {
    const run = await cli('schema');
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    const shipped = JSON.parse(readFileSync(`${projectRoot}docs/scenario.schema.json`, 'utf8')) as unknown;
    assert.deepEqual(JSON.parse(run.stdout), shipped);
  });

  it('writes the schema to -o FILE', async (t) => {
    const dir = tempDir(t);
    const run = await cli('schema', '-o', join(dir, 'scenario.schema.json'));
    assert.deepEqual([run.code, run.stdout, run.stderr], [0, '', '']);
    assert.equal(readFileSync(join(dir, 'scenario.schema.json'), 'utf8'), (await cli('schema')).stdout);
  });
});
