import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cumulativeMinorUnits, sumMinorUnits } from '../../lib/analysis/sumMinorUnits.js';

describe('sumMinorUnits', () => {
  it('adds exact minor units, over a range [from, to) when given', () => {
    assert.equal(sumMinorUnits([400000n, 400000n, 0n]), 800000n);
    assert.equal(sumMinorUnits([1n, 2n, 3n, 4n], 1, 3), 5n);
    assert.equal(sumMinorUnits([]), 0n);
  });
});

describe('cumulativeMinorUnits', () => {
  it('gives the running total at the end of each month', () => {
    assert.deepEqual(cumulativeMinorUnits([1n, 2n, 3n]), [1n, 3n, 6n]);
    assert.deepEqual(cumulativeMinorUnits([]), []);
  });
});
