import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sortedValues, sortOrder } from '../../lib/analysis/outcomeStatistics.js';

/** The order a stable comparator sort gives: by value, equal values by index. */
function comparatorOrder(values: Float64Array): number[] {
  return [...values.keys()].sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
}

describe('sortOrder', () => {
  it('orders any doubles as a stable comparator sort does: negatives, zeros of both signs, subnormals, huge values and ties', () => {
    const value = fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, 5e-324, -5e-324, 1e308, -1e308, Infinity, -Infinity, 1, -1, 0.5));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (list) => {
        const values = Float64Array.from(list);
        const order = [...sortOrder(values)];
        // -0 and 0 are equal to a comparator and the radix sort puts -0 first: compare them as one zero
        const plain = (i: number) => (values[i] === 0 ? 0 : values[i]);
        assert.deepEqual(order.map(plain), comparatorOrder(values).map(plain));
        const strictlyEqualRunsInIndexOrder = order.every((index, k) => k === 0 || !Object.is(values[order[k - 1] as number], values[index]) || (order[k - 1] as number) < index);
        assert.ok(strictlyEqualRunsInIndexOrder);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('orders long arrays as a comparator does, where values share their high 32 bits (within a millionth of each other) and where they do not', () => {
    let state = 12345;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    const arrays = {
      cents: Float64Array.from({ length: 20000 }, () => Math.round(random() * 100000 + 100000) / 100),
      'close, positive': Float64Array.from({ length: 20000 }, () => 1e12 + Math.round(random() * 1000)),
      'close, negative': Float64Array.from({ length: 20000 }, () => -1e12 - Math.round(random() * 1000)),
      'short runs of close values': Float64Array.from({ length: 20000 }, () => 1e9 + Math.round(random() * 100000)),
      'all equal': new Float64Array(5000).fill(-3.25),
    };
    for (const [name, values] of Object.entries(arrays)) assert.deepEqual([...sortOrder(values)], comparatorOrder(values), name);
  });

  it('gives sortedValues the values in increasing order, the same array each time', () => {
    const values = Float64Array.from([3, -2.5, 1e-9, 3, -0]);
    assert.deepEqual([...sortedValues(values)], [-2.5, -0, 1e-9, 3, 3]);
    assert.equal(sortedValues(values), sortedValues(values));
    assert.deepEqual([...sortOrder(Float64Array.from([]))], []);
  });
});
