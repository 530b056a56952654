import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, filesIn, lines, MANAGED, SELF_HOSTED, tempDir } from './cliHarness.js';

type ScheduleJson = {
  version: number;
  kind: string;
  settings: { from: string; to: string; months: number };
  scenarios: { name: string; total: string }[];
  entries: { month: string; scenario: string; item: string; category: string; amount: string }[];
};

describe('costmodel schedule', () => {
  it('prints the long CSV ledger: one row per month, scenario and item', async () => {
    const run = await cli('schedule', SELF_HOSTED, MANAGED, '--months', '2');
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    assert.deepEqual(lines(run.stdout), [
      'month,scenario,item,category,amount',
      '2009-05,Self-hosted,Self-hosting,hosting,4000.00',
      '2009-05,Managed provider,Migration and setup,migration,45000.00',
      '2009-05,Managed provider,Managed hosting,hosting,40000.00',
      '2009-06,Self-hosted,Self-hosting,hosting,4000.00',
      '2009-06,Managed provider,Managed hosting,hosting,40000.00',
    ]);
  });

  it('has rows that sum to exactly the totals compare prints (36 months)', async () => {
    const run = await cli('schedule', SELF_HOSTED, MANAGED);
    assert.equal(run.code, 0);
    const rows = lines(run.stdout).slice(1).map((line) => line.split(','));
    assert.equal(rows.length, 36 + 37);
    // Summed in cents as BigInt, as a spreadsheet would sum the column exactly.
    const cents = (scenario: string) =>
      rows.filter((row) => row[1] === scenario).reduce((sum, row) => sum + BigInt((row[4] ?? '').replace('.', '')), 0n);
    assert.deepEqual([cents('Self-hosted'), cents('Managed provider')], [14_400_000n, 148_500_000n]);
  });

  it('prints one row per month and one column per scenario with --wide', async () => {
    const run = await cli('schedule', SELF_HOSTED, MANAGED, '--months', '3', '--wide');
    assert.equal(run.code, 0);
    assert.deepEqual(lines(run.stdout), [
      'month,Self-hosted,Managed provider',
      '2009-05,4000.00,85000.00',
      '2009-06,4000.00,40000.00',
      '2009-07,4000.00,40000.00',
    ]);
  });

  it('prints the same ledger as versioned JSON with --format json', async () => {
    const run = await cli('schedule', SELF_HOSTED, MANAGED, '--months', '1', '--format', 'json');
    assert.equal(run.code, 0);
    const ledger = JSON.parse(run.stdout) as ScheduleJson;
    assert.deepEqual([ledger.version, ledger.kind, ledger.settings.months], [1, 'schedule', 1]);
    assert.deepEqual(ledger.entries[1], {
      month: '2009-05',
      scenario: 'Managed provider',
      item: 'Migration and setup',
      category: 'migration',
      amount: '45000.00',
    });
    assert.deepEqual(ledger.scenarios.map((s) => s.total), ['4000.00', '85000.00']);
  });

  it('writes CSV to -o schedule.csv and JSON to -o schedule.json, printing nothing', async (t) => {
    const dir = tempDir(t);
    const csv = await cli('schedule', SELF_HOSTED, MANAGED, '-o', join(dir, 'schedule.csv'));
    const json = await cli('schedule', SELF_HOSTED, MANAGED, '-o', join(dir, 'schedule.json'));
    assert.deepEqual([csv.code, csv.stdout, csv.stderr, json.code, json.stdout, json.stderr], [0, '', '', 0, '', '']);
    assert.equal(lines(readFileSync(join(dir, 'schedule.csv'), 'utf8'))[0], 'month,scenario,item,category,amount');
    assert.equal((JSON.parse(readFileSync(join(dir, 'schedule.json'), 'utf8')) as ScheduleJson).kind, 'schedule');
    assert.deepEqual(filesIn(dir), ['schedule.csv', 'schedule.json']);
  });

  it('writes the wide layout to -o with --wide', async (t) => {
    const dir = tempDir(t);
    const run = await cli('schedule', SELF_HOSTED, MANAGED, '--wide', '-o', join(dir, 'monthly.csv'));
    assert.equal(run.code, 0);
    assert.equal(lines(readFileSync(join(dir, 'monthly.csv'), 'utf8')).length, 37);
  });
});
