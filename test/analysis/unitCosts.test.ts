import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unitCosts } from '../../lib/analysis/unitCosts.js';
import { Money } from '../../lib/money/decimal.js';

const decimals = (...values: string[]) => values.map((value) => new Money(value));

describe('unitCosts', () => {
  it('divides each month\'s cost by the driver, rounded to the minor unit half away from zero', () => {
    // 1,000.00 ÷ 3 = 333.333… → 333.33; 1,000.00 ÷ 16 = 62.5; 0.05 ÷ 2 = 0.025 → 0.03
    const { perUnit } = unitCosts([100000n, 100000n, 5n], decimals('3', '16', '2'), 2);
    assert.deepEqual(perUnit.map(String), ['333.33', '62.5', '0.03']);
  });

  it('has no cost per unit in a month where the driver is 0', () => {
    assert.deepEqual(unitCosts([100n, 100n], decimals('0', '1'), 2).perUnit.map(String), ['undefined', '1']);
  });

  it('finds the first month at or below the target, comparing the rounded costs', () => {
    // 25.00, 20.004 → 20.00 (at the target), 19.00
    const { atOrBelowIndex } = unitCosts([2500n, 200040n, 1900n], decimals('1', '100', '1'), 2, new Money('20'));
    assert.equal(atOrBelowIndex, 1);
  });

  it('has no month at or below a target that is never reached, nor without a target', () => {
    assert.equal(unitCosts([2500n], decimals('1'), 2, new Money('20')).atOrBelowIndex, undefined);
    assert.equal('atOrBelowIndex' in unitCosts([2500n], decimals('1'), 2), false);
  });
});
