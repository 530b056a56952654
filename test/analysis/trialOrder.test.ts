import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { monthPercentiles } from '../../lib/analysis/outcomeStatistics.js';
import { comparatorSort, sortInto } from '../../lib/analysis/sortInto.js';
import { joinedSortOrder, sortedValues, sortOrder, valuesAtRanks } from '../../lib/analysis/trialOrder.js';
import { parseMonth } from '../../lib/calendar/month.js';

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
        // -0 and 0 are equal to a comparator and the sort puts -0 first: compare them as one zero
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
      // most values crowd into the first buckets of the span up to the greatest
      'a long tail': Float64Array.from({ length: 20000 }, () => Math.exp(random() * 60)),
      'a long tail, negative': Float64Array.from({ length: 20000 }, () => -Math.exp(random() * 60)),
      'an infinity among cents': Float64Array.from({ length: 20000 }, (_unused, i) => (i === 777 ? Infinity : Math.round(random() * 100000) / 100)),
      'few distinct values': Float64Array.from({ length: 20000 }, () => Math.floor(random() * 7) - 3.5),
      // spans too small to divide into buckets: a subnormal apart, or all subnormal
      'zeros and one subnormal': Float64Array.from({ length: 100 }, (_unused, i) => (i === 50 ? 5e-324 : 0)),
      'subnormals only': Float64Array.from({ length: 5000 }, () => Math.floor(random() * 50) * 5e-324),
      'subnormals of both signs': Float64Array.from({ length: 5000 }, () => (Math.floor(random() * 50) - 25) * 5e-324),
    };
    for (const [name, values] of Object.entries(arrays)) assert.deepEqual([...sortOrder(values)], comparatorOrder(values), name);
  });

  it('puts -0 before 0 in a long array, each kept in the order they come', () => {
    // zeros crowded into one bucket, and a few zeros among values spread wide
    const crowded = Float64Array.from({ length: 3000 }, (_unused, i) => [0, -0, 2.5, -2.5, (i % 37) - 18][i % 5] as number);
    const spread = Float64Array.from({ length: 3000 }, (_unused, i) => (i === 100 || i === 2000 ? 0 : i === 1500 || i === 2900 ? -0 : ((i * 7919) % 3001) - 1500.5));
    for (const values of [crowded, spread]) {
      const order = [...sortOrder(values)];
      const zeros = order.filter((index) => values[index] === 0);
      const negative = values.filter((value) => Object.is(value, -0)).length;
      assert.ok(zeros.slice(0, negative).every((index) => Object.is(values[index], -0)));
      assert.ok(zeros.slice(negative).every((index) => Object.is(values[index], 0)));
      assert.ok(order.every((index, k) => k === 0 || !Object.is(values[order[k - 1] as number], values[index]) || (order[k - 1] as number) < index));
      const plain = (i: number) => (values[i] === 0 ? 0 : values[i]);
      assert.deepEqual(order.map(plain), comparatorOrder(values).map(plain));
    }
  });

  it('gives sortedValues the values in increasing order, the same array each time', () => {
    const values = Float64Array.from([3, -2.5, 1e-9, 3, -0]);
    assert.deepEqual([...sortedValues(values)], [-2.5, -0, 1e-9, 3, 3]);
    assert.equal(sortedValues(values), sortedValues(values));
    assert.deepEqual([...sortOrder(Float64Array.from([]))], []);
  });
});

describe('sortInto', () => {
  it('sorts one array after another into the same two arrays, whatever their lengths came before', () => {
    let state = 99;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    const order = new Uint32Array(4000);
    const sorted = new Float64Array(4000);
    for (const length of [4000, 300, 4000, 7, 1000]) {
      // a crowded bucket (many equal values) among values spread wide, in each
      const values = Float64Array.from({ length }, (_unused, i) => (i % 3 === 0 ? 12.5 : Math.round(random() * 1e6) / 100));
      sortInto(values, order.subarray(0, length), sorted.subarray(0, length));
      assert.deepEqual([...order.subarray(0, length)], comparatorOrder(values), `${length} values`);
      assert.deepEqual([...sorted.subarray(0, length)], [...values].sort((a, b) => a - b), `${length} values`);
    }
  });

  it('sorts as a big-endian machine does (by comparator): the same order and values as the bucket sort, −0 before 0, ties by index', () => {
    const bothWays = (list: readonly number[]) => {
      const values = Float64Array.from(list);
      const [bucketOrder, bucketSorted, order, sorted] = [new Uint32Array(values.length), new Float64Array(values.length), new Uint32Array(values.length), new Float64Array(values.length)];
      sortInto(values, bucketOrder, bucketSorted);
      comparatorSort(values, order, sorted);
      assert.deepEqual([...order], [...bucketOrder]);
      // strict deepEqual tells −0 from 0
      assert.deepEqual([...sorted], [...bucketSorted]);
    };
    // Few values, any doubles: the bucket sort puts them in one bucket, sorted by radix.
    const anyDouble = fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, 5e-324, -5e-324, 1e308, -1e308, Infinity, -Infinity, 1, -1, 12.5));
    fc.assert(fc.property(fc.array(anyDouble, { maxLength: 95 }), bothWays), { numRuns: 300 });
    // Many finite values, spread wide and crowded with ties: buckets, insertion and radix by bucket.
    const spread = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.constantFrom(0, -0, 12.5, -12.5), fc.integer({ min: -50, max: 50 }));
    fc.assert(fc.property(fc.array(spread, { minLength: 96, maxLength: 3000, size: 'max' }), bothWays), { numRuns: 100 });
    const order = new Uint32Array(4);
    const sorted = new Float64Array(4);
    comparatorSort(Float64Array.from([0, -0, 2, -0]), order, sorted);
    assert.deepEqual([[...order], [...sorted]], [[1, 3, 0, 2], [-0, -0, 0, 2]]);
  });

  it('refuses arrays of another length than the values', () => {
    assert.throws(() => sortInto(new Float64Array(3), new Uint32Array(2), new Float64Array(3)), RangeError);
    assert.throws(() => sortInto(new Float64Array(3), new Uint32Array(3), new Float64Array(4)), RangeError);
  });
});

describe('joinedSortOrder', () => {
  it('merges the orders of consecutive parts into the order of the whole: ties between parts, zeros of both signs, empty parts', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(0, -0, 0.5, -1e9), fc.double({ noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 60 }), { minLength: 1, maxLength: 4 }), (lists) => {
        const whole = Float64Array.from(lists.flat());
        let offset = 0;
        const parts = lists.map((list) => {
          const part = whole.subarray(offset, offset + list.length);
          offset += list.length;
          return { order: sortOrder(part), sorted: sortedValues(part) };
        });
        const joined = joinedSortOrder(whole, parts);
        const copy = Float64Array.from(whole);
        assert.deepEqual([...joined], [...sortOrder(copy)]);
        assert.equal(sortOrder(whole), joined);
        assert.deepEqual([...sortedValues(whole)].map((value) => Object.is(value, -0)), [...sortedValues(copy)].map((value) => Object.is(value, -0)));
        assert.deepEqual([...sortedValues(whole)], [...sortedValues(copy)]);
      }),
      { numRuns: 500, seed: 5 },
    );
  });
});

describe('valuesAtRanks', () => {
  it('puts at each rank asked for the value a sort puts there: ties, runs of one value, short and long arrays', () => {
    const value = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 400 }), fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), (list, wanted) => {
        const values = Float64Array.from(list);
        const ranks = [...new Set(wanted.map((rank) => rank % values.length))].sort((a, b) => a - b);
        const sorted = values.slice().sort();
        const selected = valuesAtRanks(values.slice(), ranks);
        assert.deepEqual(ranks.map((rank) => selected[rank]), ranks.map((rank) => sorted[rank]));
        assert.deepEqual(selected.slice().sort(), sorted);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});

describe('monthPercentiles', () => {
  it('counts "never" after every month: 10 trials, 3 never, the others in months 0 to 6', () => {
    const months = Int32Array.from([4, -1, 0, 6, -1, 2, 2, 5, -1, 3]);
    // sorted: 0 2 2 3 4 5 6 never never never; nearest rank ⌈p × 10⌉: 1, 1, 3, 5, 8, 9, 10
    const found = monthPercentiles(months, parseMonth('2009-05') as number);
    assert.deepEqual([found.p5?.month, found.p10?.month, found.p25?.month, found.p50?.month, found.p75, found.p90, found.p95], [1, 1, 3, 5, null, null, null]);
    assert.equal(monthPercentiles(Int32Array.from([-1, -1]), parseMonth('2009-05') as number).p5, null);
    assert.equal(found.p50?.calendar, '2009-09');
  });
});
