import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { cli, tempDir, writeFile } from './cliHarness.js';

const UNCERTAIN = [`${projectRoot}scenarios/uncertain/self-hosted.json`, `${projectRoot}scenarios/uncertain/managed-provider.json`];

describe('costmodel simulate', () => {
  it('prints the settings, the trials and the seed first, then the totals over the trials', async () => {
    const run = await cli('simulate', ...UNCERTAIN, '--trials', '200', '--seed', '5');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^2 scenarios over 36 months \(2009-05 to 2012-04\), USD, not discounted, 200 trials/);
    assert.match(run.stdout, /\(seed 5\)/);
    assert.match(run.stdout, /Scenario +At medians +Mean +P5 +P50 +P95 +Cheapest/);
  });

  it('writes the same JSON for the same seed, the version and kind first', async (t) => {
    const dir = tempDir(t);
    for (const name of ['a.json', 'b.json']) {
      const run = await cli('simulate', ...UNCERTAIN, '--trials', '300', '-o', join(dir, name));
      assert.deepEqual([run.code, run.stderr], [0, '']);
    }
    const a = readFileSync(join(dir, 'a.json'), 'utf8');
    assert.equal(readFileSync(join(dir, 'b.json'), 'utf8'), a);
    const result = JSON.parse(a) as { version: number; kind: string; settings: { trials: number; seed: number } };
    assert.deepEqual([result.version, result.kind, result.settings.trials, result.settings.seed], [1, 'simulation', 300, 20090504]);
  });

  it('ends bad options and bad ranges in one line each and exit code 2, nothing written', async (t) => {
    const dir = tempDir(t);
    const bad = writeFile(dir, 'bad.json', { name: 'Bad', currency: 'USD', start: '2009-05', costs: [{ name: 'Fee', kind: 'one-time', amount: { low: '5', high: '1' } }] });
    const run = await cli('simulate', bad, '--trials', '0', '-o', join(dir, 'out.json'));
    assert.equal(run.code, 2);
    assert.equal(run.stderr, `${bad}: /costs/0/amount/low: "low" (5) is above "high" (1); give the smaller value as "low"\n1 problem in 1 file. Nothing was simulated.\n`);
    const options = await cli('simulate', ...UNCERTAIN, '--trials', '0', '--seed', '-3');
    assert.equal(options.code, 2);
    assert.match(options.stderr, /--trials: expected a whole number of trials from 1 to 1000000, found 0\n--seed: expected a whole number from 0 to 4294967295, found -3\n/);
  });
});
