import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breakEvenIndex, crossings } from '../../lib/analysis/breakEven.js';
import { Money, type Decimal } from '../../lib/money/decimal.js';

/** Cumulative curves written as plain numbers for readability. */
function curve(...values: number[]): Decimal[] {
  return values.map((value) => new Money(value));
}

describe('breakEvenIndex', () => {
  it('is undefined when the challenger never catches up within the horizon', () => {
    assert.equal(breakEvenIndex(curve(4000, 8000, 12000), curve(85000, 125000, 165000)), undefined);
  });

  it('is 0 (month 1) when the challenger is cheaper from the start', () => {
    assert.equal(breakEvenIndex(curve(100, 200, 300), curve(50, 100, 150)), 0);
  });

  it('is the first month from which the challenger stays at or below the baseline', () => {
    // 250 > 100, 250 > 200, 250 ≤ 300, 250 ≤ 400
    assert.equal(breakEvenIndex(curve(100, 200, 300, 400), curve(250, 250, 250, 250)), 2);
  });

  it('counts equal cumulative costs as break-even', () => {
    assert.equal(breakEvenIndex(curve(100, 200, 300), curve(100, 200, 300)), 0);
    assert.equal(breakEvenIndex(curve(100, 200, 300), curve(150, 200, 300)), 1);
  });

  it('is undefined when the challenger is cheaper for a while and then crosses back', () => {
    assert.equal(breakEvenIndex(curve(100, 200, 300), curve(50, 250, 350)), undefined);
  });

  it('takes the last time the challenger became cheaper when the curves cross several times', () => {
    // cheaper at 1, dearer at 2, cheaper again from 3 to the end
    assert.equal(breakEvenIndex(curve(100, 200, 300, 400), curve(150, 150, 350, 350)), 3);
  });

  it('is undefined for an empty horizon', () => {
    assert.equal(breakEvenIndex([], []), undefined);
  });
});

describe('crossings', () => {
  it('lists nothing when one option is cheaper throughout', () => {
    assert.deepEqual(crossings(curve(4000, 8000, 12000), curve(85000, 125000, 165000)), []);
    assert.deepEqual(crossings(curve(100, 200, 300), curve(50, 100, 150)), []);
  });

  it('lists the month the challenger becomes cheaper', () => {
    assert.deepEqual(crossings(curve(100, 200, 300, 400), curve(250, 250, 250, 250)), [{ monthIndex: 2, cheaper: 'challenger' }]);
  });

  it('lists a cross back to the baseline', () => {
    assert.deepEqual(crossings(curve(100, 200, 300), curve(50, 250, 350)), [{ monthIndex: 1, cheaper: 'baseline' }]);
  });

  it('lists every change in order', () => {
    assert.deepEqual(crossings(curve(100, 200, 300, 400, 500), curve(150, 150, 350, 350, 600)), [
      { monthIndex: 1, cheaper: 'challenger' },
      { monthIndex: 2, cheaper: 'baseline' },
      { monthIndex: 3, cheaper: 'challenger' },
      { monthIndex: 4, cheaper: 'baseline' },
    ]);
  });

  it('ignores months where the curves are equal: a tie changes nothing', () => {
    // dearer, equal, dearer again: the challenger was never cheaper
    assert.deepEqual(crossings(curve(100, 200, 300), curve(150, 200, 350)), []);
    // dearer, equal, then cheaper: the crossing is the first month it is strictly cheaper
    assert.deepEqual(crossings(curve(100, 200, 300), curve(150, 200, 250)), [{ monthIndex: 2, cheaper: 'challenger' }]);
    // equal in month 1 is not "cheaper at first": becoming cheaper afterwards is no crossing
    assert.deepEqual(crossings(curve(100, 200), curve(100, 150)), []);
    assert.deepEqual(crossings(curve(100, 200), curve(100, 200)), []);
  });

  it('accepts exact minor units (bigint) as well as Decimals', () => {
    assert.deepEqual(crossings([100n, 200n, 300n, 400n], [250n, 250n, 250n, 250n]), [{ monthIndex: 2, cheaper: 'challenger' }]);
    assert.equal(breakEvenIndex([100n, 200n, 300n, 400n], [250n, 250n, 250n, 250n]), 2);
  });
});
