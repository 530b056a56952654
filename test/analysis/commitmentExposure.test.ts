import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commitmentExposure } from '../../lib/analysis/commitmentExposure.js';
import { fixed, foundingScenarios, scenarioOf, times } from '../support/fixtures.js';

describe('commitmentExposure', () => {
  const { selfHosted, managed } = foundingScenarios();

  it('gives the founding example\'s committed minimum: 45,000 + 24 × 40,000 = 1,005,000.00', () => {
    const exposure = commitmentExposure(managed);
    assert.equal(exposure?.months, 24);
    assert.equal(exposure?.committedMinimum.toFixed(2), '1005000.00');
  });

  it('costs 480,000.00 to leave after month 12 (the 12 remaining months × 40,000)', () => {
    assert.equal(commitmentExposure(managed)?.exitCosts[11]?.toFixed(2), '480000.00');
  });

  it('costs the remaining months to leave after each month, down to 0 after the last', () => {
    // after month k (1-based) there are 24 − k months of 40,000 left
    const expected = Array.from({ length: 24 }, (_, k) => (40000 * (23 - k)).toFixed(2));
    assert.deepEqual(fixed(commitmentExposure(managed)?.exitCosts ?? []), expected);
    assert.equal(commitmentExposure(managed)?.exitCosts[23]?.toFixed(2), '0.00');
  });

  it('is undefined without a commitment', () => {
    assert.equal(commitmentExposure(selfHosted), undefined);
  });

  it('counts a term longer than any horizon in full', () => {
    // 45,000 + 48 × 40,000 = 1,965,000
    const longTerm = scenarioOf({ ...managed.definition, commitment: { months: 48 } });
    const exposure = commitmentExposure(longTerm);
    assert.equal(exposure?.committedMinimum.toFixed(2), '1965000.00');
    assert.equal(exposure?.exitCosts.length, 48);
  });

  it('counts only payments due within the term, including a yearly fee paid upfront inside it', () => {
    // 18 months: 12,000 paid in month 1 and month 13, both inside the term
    const yearly = scenarioOf({
      name: 'Yearly',
      currency: 'USD',
      start: '2009-05',
      commitment: { months: 18 },
      costs: [{ name: 'Licence', kind: 'recurring', amount: '12000', every: 'year' }],
    });
    const exposure = commitmentExposure(yearly);
    assert.equal(exposure?.committedMinimum.toFixed(2), '24000.00');
    assert.deepEqual(fixed(exposure?.exitCosts ?? []), [...times(12, '12000.00'), ...times(6, '0.00')]);
  });

  it('stops counting an item that ends within the term', () => {
    // 6 months × 1000 of a 12-month term
    const short = scenarioOf({
      name: 'Short',
      currency: 'USD',
      start: '2009-05',
      commitment: { months: 12 },
      costs: [{ name: 'Fee', kind: 'recurring', amount: '1000', every: 'month', months: 6 }],
    });
    assert.equal(commitmentExposure(short)?.committedMinimum.toFixed(2), '6000.00');
  });

  it('runs the term from the scenario\'s own start and counts one-time payments within it', () => {
    const later = scenarioOf({
      name: 'Later',
      currency: 'USD',
      start: '2010-05',
      commitment: { months: 2 },
      costs: [
        { name: 'Setup', kind: 'one-time', amount: '500', month: '2010-06' },
        { name: 'Exit fee', kind: 'one-time', amount: '700', month: '2010-07' },
        { name: 'Fee', kind: 'recurring', amount: '100', every: 'month' },
      ],
    });
    // 100 + (100 + 500); the exit fee in the third month is outside the term
    const exposure = commitmentExposure(later);
    assert.equal(exposure?.committedMinimum.toFixed(2), '700.00');
    assert.deepEqual(fixed(exposure?.exitCosts ?? []), ['600.00', '0.00']);
  });
});
