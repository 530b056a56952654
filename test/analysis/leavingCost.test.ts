import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leavingCost } from '../../lib/analysis/leavingCost.js';
import type { CommitmentFile } from '../../lib/scenario/scenarioFile.js';
import { foundingScenarios, scenarioOf } from '../support/fixtures.js';

/** The managed provider of the founding example ($45,000 once, then $40,000 a month) with other commitment terms. */
function provider(commitment: CommitmentFile) {
  return scenarioOf({ ...foundingScenarios().managed.definition, commitment });
}

function costOf(scenario: ReturnType<typeof provider>, months: number): [number, string, string, string] {
  const cost = leavingCost(scenario, months);
  if (cost === undefined) throw new Error('no commitment');
  return [cost.servedMonths, cost.paid.toFixed(2), cost.fee.toFixed(2), cost.total.toFixed(2)];
}

describe('leavingCost', () => {
  it('is the payments up to the decision plus the exit fee: the founding example after 12 months', () => {
    // paid: 45,000 + 12 × 40,000 = 525,000; fee: the 12 payments left in the term, 480,000
    assert.deepEqual(costOf(foundingScenarios().managed, 12), [12, '525000.00', '480000.00', '1005000.00']);
  });

  it('runs the service through the notice period, then charges the fee on what is left', () => {
    // notice at the end of month 12, 3 months' notice: 15 months paid (645,000), 9 left (fee 360,000)
    assert.deepEqual(costOf(provider({ months: 24, noticeMonths: 3 }), 12), [15, '645000.00', '360000.00', '1005000.00']);
  });

  it('applies the exit fee rule', () => {
    // 50% of the 12 remaining payments + 5,000
    assert.deepEqual(costOf(provider({ months: 24, exitFee: { kind: 'share', rate: '50%', amount: '5000' } }), 12), [12, '525000.00', '245000.00', '770000.00']);
  });

  it('charges no fee once the term is over', () => {
    assert.deepEqual(costOf(provider({ months: 24 }), 24), [24, '1005000.00', '0.00', '1005000.00']);
    assert.deepEqual(costOf(provider({ months: 24 }), 30), [30, '1245000.00', '0.00', '1245000.00']);
  });

  it('charges no fee when the notice period ends exactly with the term', () => {
    assert.deepEqual(costOf(provider({ months: 24, noticeMonths: 3 }), 21), [24, '1005000.00', '0.00', '1005000.00']);
  });

  it('charges the fee on the rest of the current term when the commitment renews', () => {
    // month 30 is in the second term (months 25–48): 18 payments left in it, 720,000
    assert.deepEqual(costOf(provider({ months: 24, renewal: { kind: 'renews' } }), 30), [30, '1245000.00', '720000.00', '1965000.00']);
    // leaving exactly at the end of the second term costs no fee
    assert.deepEqual(costOf(provider({ months: 24, renewal: { kind: 'renews' } }), 48), [48, '1965000.00', '0.00', '1965000.00']);
  });

  it('counts what a month-to-month price after the term charges', () => {
    // 1,005,000 for the term, then 6 months at 44,000
    assert.deepEqual(costOf(provider({ months: 24, renewal: { kind: 'monthly', price: '44000' } }), 30), [30, '1269000.00', '0.00', '1269000.00']);
  });

  it('pays nothing after a term that ends', () => {
    assert.deepEqual(costOf(provider({ months: 24, renewal: { kind: 'ends' } }), 30), [30, '1005000.00', '0.00', '1005000.00']);
  });

  it('is undefined without a commitment', () => {
    assert.equal(leavingCost(foundingScenarios().selfHosted, 12), undefined);
  });
});
