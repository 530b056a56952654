import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { cli, filesIn, lines, MANAGED, SELF_HOSTED, tempDir } from './cliHarness.js';

describe('costmodel schedule --format focus', () => {
  it('prints the forecast as FOCUS 1.2 CSV rows, marked as a forecast', async () => {
    const run = await cli('schedule', SELF_HOSTED, '--months', '1', '--format', 'focus');
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    const [header, row] = lines(run.stdout);
    const cells = Object.fromEntries((header ?? '').split(',').map((name, i) => [name, (row ?? '').split(',')[i]]));
    assert.deepEqual(
      [cells['ChargePeriodStart'], cells['ChargePeriodEnd'], cells['BilledCost'], cells['EffectiveCost'], cells['ChargeCategory'], cells['ChargeFrequency'], cells['x_Forecast']],
      ['2009-05-01T00:00:00Z', '2009-06-01T00:00:00Z', '4000.00', '4000.00', 'Purchase', 'Recurring', 'true'],
    );
  });

  it('tells FOCUS from the -o file name: .focus.csv is FOCUS CSV, .focus.json its JSON, .csv stays the plain schedule', async (t) => {
    const dir = tempDir(t);
    const focusCsv = join(dir, 'forecast.focus.csv');
    const focusJson = join(dir, 'forecast.focus.json');
    const plain = join(dir, 'schedule.csv');
    for (const output of [focusCsv, focusJson, plain]) {
      const run = await cli('schedule', SELF_HOSTED, MANAGED, '-o', output);
      assert.equal(run.stderr, '');
      assert.equal(run.code, 0);
    }
    assert.ok(readFileSync(focusCsv, 'utf8').startsWith('BilledCost,BillingAccountId,'));
    const json = JSON.parse(readFileSync(focusJson, 'utf8')) as { kind: string; settings: { focusVersion: string; view: string }; charges: { BilledCost: string; ChargeClass: null }[] };
    assert.deepEqual([json.kind, json.settings.focusVersion, json.settings.view, json.charges.length, json.charges[0]?.ChargeClass], ['focus-forecast', '1.2', 'cash', 36 + 37, null]);
    assert.ok(readFileSync(plain, 'utf8').startsWith('month,scenario,item,category,amount'));
    assert.deepEqual(filesIn(dir), ['forecast.focus.csv', 'forecast.focus.json', 'schedule.csv']);
  });

  it('refuses --wide with FOCUS, with exit code 2 and nothing written', async () => {
    const run = await cli('schedule', SELF_HOSTED, '--format', 'focus', '--wide');
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /--wide is a layout of the csv format, not of focus/);
  });

  it('made the forecast docs/focus.md shows beside a bill (docs/examples/focus/self-hosted-forecast.focus.csv)', async () => {
    const run = await cli('schedule', SELF_HOSTED, '--months', '12', '--format', 'focus');
    assert.equal(run.code, 0);
    assert.equal(readFileSync(`${projectRoot}docs/examples/focus/self-hosted-forecast.focus.csv`, 'utf8'), run.stdout);
  });
});
