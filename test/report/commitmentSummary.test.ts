import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../lib/report/compare.js';
import type { CommitmentFile } from '../../lib/scenario/scenarioFile.js';
import { foundingScenarios, scenarioOf } from '../support/fixtures.js';

const { selfHosted, managed } = foundingScenarios();
const provider = (commitment: CommitmentFile) => scenarioOf({ ...managed.definition, commitment });
const summaryOf = (commitment: CommitmentFile, exitAfter?: number) =>
  compare([selfHosted, provider(commitment)], exitAfter === undefined ? {} : { exitAfter }).scenarios[1]?.commitment;

describe('the commitment of a comparison', () => {
  it('states the exit fee, notice and renewal the file gives, and nothing it does not', () => {
    const { exitCosts, ...summary } = summaryOf({ months: 24, exitFee: { kind: 'share', rate: '50%', amount: '5000' }, noticeMonths: 3, renewal: { kind: 'monthly', price: '44000' } })!;
    assert.deepEqual(summary, {
      months: 24,
      from: '2009-05',
      to: '2011-04',
      committedMinimum: '1005000.00',
      exitFee: { kind: 'share', rate: '0.5', amount: '5000.00' },
      noticeMonths: 3,
      renewal: { kind: 'monthly', price: '44000.00' },
    });
    // after month 12: 5,000 + 50% × 480,000
    assert.deepEqual(exitCosts[11], { month: 12, calendar: '2010-04', cost: '245000.00' });
  });

  it('names every month of the term, inside the horizon, before it and after it', () => {
    // The provider starts 2009-05 with 24 months; the comparison runs 6 months from 2010-01.
    const scenario = provider({ months: 24 });
    const term = compare([selfHosted, scenario], { from: '2010-01', months: 6 }).scenarios[1]?.commitment?.exitCosts ?? [];
    const named = (year: number, first: number, last: number) => Array.from({ length: last - first + 1 }, (_unused, i) => `${year}-${String(first + i).padStart(2, '0')}`);
    assert.deepEqual(term.map((cost) => cost.calendar), [...named(2009, 5, 12), ...named(2010, 1, 12), ...named(2011, 1, 4)]);
    assert.deepEqual(term.map((cost) => cost.month), Array.from({ length: 24 }, (_unused, i) => i + 1));
  });

  it('adds the cost of leaving after N months when asked: paid, fee and total', () => {
    assert.deepEqual(summaryOf({ months: 24, noticeMonths: 3 }, 12)?.exit, {
      decidedAfter: 12,
      decidedAt: '2010-04',
      noticeMonths: 3,
      servedMonths: 15,
      endsAt: '2010-07',
      paid: '645000.00',
      fee: '360000.00',
      total: '1005000.00',
    });
  });

  it('counts the months of leaving from the scenario\'s own start, whatever the analysis window', () => {
    const later = scenarioOf({ ...managed.definition, start: '2010-05' });
    const exit = compare([selfHosted, later], { exitAfter: 12 }).scenarios[1]?.commitment?.exit;
    assert.deepEqual([exit?.decidedAt, exit?.total], ['2011-04', '1005000.00']);
  });

  it('names the exit-after months in the settings, and has no exit for scenarios without a commitment', () => {
    const result = compare([selfHosted, managed], { exitAfter: 12 });
    assert.equal(result.settings.exitAfter, 12);
    assert.equal(result.scenarios[0]?.commitment, null);
  });

  it('counts a term longer than the horizon in full, and says which months it covers', () => {
    const summary = compare([managed], { months: 6 }).scenarios[0]?.commitment;
    assert.deepEqual([summary?.to, summary?.committedMinimum], ['2011-04', '1005000.00']);
  });
});

describe('the commitment of a comparison, whatever ledger it is read from', () => {
  // The term of 3 months from 2009-06 costs 1,200 (hardware paid in month 1, cash) + 3 × 100.
  const owned = scenarioOf({ name: 'Owned', currency: 'USD', start: '2009-06', commitment: { months: 3 },
    costs: [{ name: 'Servers', kind: 'hardware', price: '1200', lifeMonths: 12 }, { name: 'Support', kind: 'recurring', amount: '100', every: 'month' }] });
  const summary = (options: Parameters<typeof compare>[1]) => compare([selfHosted, owned], options).scenarios[1]?.commitment;
  const expected = { committedMinimum: '1500.00', exitCosts: ['200.00', '100.00', '0.00'] };
  const figures = (commitment: ReturnType<typeof summary>) => ({ committedMinimum: commitment?.committedMinimum, exitCosts: commitment?.exitCosts.map((exit) => exit.cost) });

  it('is the term\'s own ledger in the cash view, when the horizon holds the term', () => {
    assert.deepEqual(figures(summary({ months: 12 })), expected);
  });

  it('counts the hardware when it is paid even when the comparison amortizes it', () => {
    assert.deepEqual(figures(summary({ months: 12, view: 'amortized' })), expected);
  });

  it('counts the whole term when the horizon ends inside it', () => {
    assert.deepEqual(figures(summary({ months: 2 })), expected);
  });
});
