import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cumulativeSums, sumAmounts } from '../../lib/analysis/sumAmounts.js';
import { Money } from '../../lib/money/decimal.js';
import { fixed } from '../support/fixtures.js';

describe('sumAmounts', () => {
  it('adds exactly, skipping months with nothing due', () => {
    assert.equal(sumAmounts([new Money('0.10'), undefined, new Money('0.20')]).toFixed(2), '0.30');
  });

  it('adds a range [from, to) only', () => {
    const amounts = [1, 2, 3, 4].map((n) => new Money(n));
    assert.equal(sumAmounts(amounts, 1, 3).toString(), '5');
    assert.equal(sumAmounts(amounts, 2).toString(), '7');
  });

  it('is zero for nothing', () => {
    assert.equal(sumAmounts([]).toString(), '0');
    assert.equal(sumAmounts([undefined, undefined]).toString(), '0');
  });

  it('adds 36 × 4000.00 to 144,000.00 and negative amounts too', () => {
    assert.equal(sumAmounts(Array.from({ length: 36 }, () => new Money('4000.00'))).toFixed(2), '144000.00');
    assert.equal(sumAmounts([new Money('-1.5'), new Money('1')]).toString(), '-0.5');
  });
});

describe('cumulativeSums', () => {
  it('gives the running total at the end of each month', () => {
    assert.deepEqual(fixed(cumulativeSums([1, 2, 3].map((n) => new Money(n)))), ['1.00', '3.00', '6.00']);
  });

  it('carries the total through months of zero', () => {
    assert.deepEqual(fixed(cumulativeSums([new Money(5), new Money(0), new Money('0.01')])), ['5.00', '5.00', '5.01']);
  });

  it('is empty for an empty horizon', () => {
    assert.deepEqual(cumulativeSums([]), []);
  });
});
