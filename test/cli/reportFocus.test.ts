import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { assertBadInput, cli, MANAGED, tempDir, writeFile } from './cliHarness.js';

const SELF_HOSTED_BILLED = `${projectRoot}docs/examples/focus/self-hosted.json`;
const BILL = `${projectRoot}docs/examples/focus/self-hosted-bill.focus.csv`;

describe('costmodel report --actuals with a FOCUS bill', () => {
  it('reads the bill, sums BilledCost by month and lists the unplanned spending', async () => {
    const run = await cli('report', SELF_HOSTED_BILLED, MANAGED, '--actuals', BILL, '--date', '2010-05-03', '--format', 'json');
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    type Json = { actuals: { scenarios: { name: string; actual: string; months: { month: string; actual: string }[] }[]; focus: { cost: string; chargeRows: number; corrections: number; credits: number; unplanned: { service: string; amount: string }[] } } };
    const report = JSON.parse(run.stdout) as Json;
    const [selfHosted] = report.actuals.scenarios;
    const actual = (month: string) => selfHosted?.months.find((m) => m.month === month)?.actual;
    // By hand from the bill: 3,800 + 200 a month; June + 41.25 and − 20 (July's correction of June);
    // July − 150 (credit) + 95 (remote hands); November + 3 × 1.375 = 4,004.125, rounded once: 4,004.13.
    assert.deepEqual(
      ['2009-05', '2009-06', '2009-07', '2009-11', '2010-04'].map(actual),
      ['4000.00', '4021.25', '3945.00', '4004.13', '4000.00'],
    );
    assert.equal(selfHosted?.actual, '47970.38');
    const { focus } = report.actuals;
    assert.deepEqual([focus.cost, focus.chargeRows, focus.corrections, focus.credits, focus.unplanned.map((u) => [u.service, u.amount])], ['billed', 31, 1, 1, [['Remote hands', '95.00']]]);
  });

  it('sums EffectiveCost with --actuals-cost effective', async () => {
    const run = await cli('report', SELF_HOSTED_BILLED, MANAGED, '--actuals', BILL, '--actuals-cost', 'effective', '--date', '2010-05-03', '--format', 'json');
    assert.equal(run.code, 0);
    assert.equal((JSON.parse(run.stdout) as { actuals: { focus: { cost: string } } }).actuals.focus.cost, 'effective');
  });

  it('refuses --actuals-cost without a FOCUS bill to sum, rather than ignore it', async (t) => {
    const dir = tempDir(t);
    const simple = writeFile(dir, 'actuals.csv', 'month,scenario,amount\n2009-05,Self-hosted,4000.00\n');
    assertBadInput(await cli('report', SELF_HOSTED_BILLED, MANAGED, '--actuals', simple, '--actuals-cost', 'effective', '--date', '2009-08-03'), [
      `${simple}: --actuals-cost applies to a FOCUS bill; this file is the simple actuals CSV (month, scenario, item, amount), whose amounts are taken as they are: leave out --actuals-cost`,
      '1 problem in 1 file. No report was written.',
    ]);
    assertBadInput(await cli('report', SELF_HOSTED_BILLED, MANAGED, '--actuals-cost', 'effective', '--date', '2009-08-03'), [
      '--actuals-cost: give the FOCUS bill to sum with --actuals FILE',
      '1 problem. No report was written.',
    ]);
  });

  it('ends a bad FOCUS file with every problem, its file and line, exit code 2 and nothing written', async (t) => {
    const dir = tempDir(t);
    const bill = writeFile(dir, 'bill.focus.csv', 'ChargePeriodStart,BilledCost,BillingCurrency,ProviderName\n2009-05-01T00:00:00Z,10,USD,Rack Rentals Inc\n2009-06-01,10,EUR,Rack Rentals Inc\nJune 2009,10,USD,Rack Rentals Inc\n');
    assertBadInput(await cli('report', SELF_HOSTED_BILLED, MANAGED, '--actuals', bill, '--date', '2009-08-03'), [
      `${bill}:3: BillingCurrency is EUR, but line 2 is in USD: costmodel reads one currency per file; export one file per currency`,
      `${bill}:4: ChargePeriodStart "June 2009" is not a FOCUS date-time (UTC ISO 8601, such as 2025-05-01T00:00:00Z)`,
      '2 problems in 1 file. No report was written.',
    ]);
  });
});
