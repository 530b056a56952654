/**
 * The order of a simulation's trials by an outcome, the one costly step of its statistics:
 *
 *   percentiles alone (totals, years, NPVs, differences, the fan chart's months)
 *     ─▶ valuesAtRanks: quickselect at the percentiles' ranks, the rest left unsorted
 *   percentiles and ranks (each quantity's draws, for the rank correlations)
 *     ─▶ sortInto (sortInto.ts), into arrays used again for each quantity; or sortOrder: the
 *        same, made once per array of values and kept; for parts sorted apart, the parts
 *        merged (joinedSortOrder)
 */
import { sortInto } from './sortInto.js';

/**
 * `values` rearranged so that each of the 0-based `ranks` (in increasing order) holds the value
 * of that rank in increasing order, as a sort would put it there, without sorting the rest:
 * percentiles of trials that need no ranks of their own, in about a third of a sort's time.
 * Returns `values`, which it changes. The values must not be NaN.
 *
 * @example
 * const values = Float64Array.from([9, 1, 8, 2, 7, 3, 6, 4, 5]);
 * valuesAtRanks(values, [0, 4, 8]);
 * [values[0], values[4], values[8]]; // [1, 5, 9]
 */
export function valuesAtRanks(values: Float64Array, ranks: readonly number[]): Float64Array {
  selectRanks(values, 0, values.length - 1, ranks, 0, ranks.length);
  return values;
}

/** Quickselect (Hoare's partition about a median of three) on values[low..high] for ranks[from..to), all within it. */
function selectRanks(values: Float64Array, low: number, high: number, ranks: readonly number[], from: number, to: number): void {
  while (from < to && high - low > 16) {
    const a = values[low] as number;
    const b = values[(low + high) >>> 1] as number;
    const c = values[high] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    // values[low..j] ≤ pivot, values[i..high] ≥ pivot, and what lies between equals the pivot.
    let left = from;
    while (left < to && (ranks[left] as number) <= j) left++;
    let right = left;
    while (right < to && (ranks[right] as number) < i) right++;
    // The smaller side by recursion, the other by the loop.
    if (left - from < to - right) {
      selectRanks(values, low, j, ranks, from, left);
      low = i;
      from = right;
    } else {
      selectRanks(values, i, high, ranks, right, to);
      high = j;
      to = left;
    }
  }
  if (from >= to) return;
  for (let k = low + 1; k <= high; k++) {
    const value = values[k] as number;
    let j = k - 1;
    for (; j >= low && (values[j] as number) > value; j--) values[j + 1] = values[j] as number;
    values[j + 1] = value;
  }
}

/**
 * The values in increasing order, as a new array made once per array of values: percentiles,
 * drawn values and rank correlations of one simulation sort each array of trials once.
 *
 * @example
 * const values = Float64Array.from([3, 1, 2]);
 * [[...sortedValues(values)], sortedValues(values) === sortedValues(values), [...values]]; // [[1, 2, 3], true, [3, 1, 2]]
 */
export function sortedValues(values: Float64Array): Float64Array {
  sortOrder(values);
  return sortedCache.get(values) as Float64Array;
}

const sortedCache = new WeakMap<Float64Array, Float64Array>();

/**
 * The indexes of the values in increasing order of value (equal values in the order they
 * come, −0 before 0), made once per array of values (a bucket sort, linear in their number),
 * which also leaves {@link sortedValues} the values in that order. The values must not be NaN.
 *
 * @example
 * [...sortOrder(Float64Array.from([2.5, -1, 2.5, 0, -0.5]))]; // [1, 4, 3, 0, 2]
 */
export function sortOrder(values: Float64Array): Uint32Array {
  let order = orderCache.get(values);
  if (order === undefined) {
    order = new Uint32Array(values.length);
    const sorted = new Float64Array(values.length);
    sortInto(values, order, sorted);
    sortedCache.set(values, sorted);
    orderCache.set(values, order);
  }
  return order;
}

const orderCache = new WeakMap<Float64Array, Uint32Array>();

/**
 * One part of an array of trials, sorted: its sort order and its values in that order.
 *
 * @example
 * const values = Float64Array.from([3, 1, 2]);
 * const part: SortedPart = { order: sortOrder(values), sorted: sortedValues(values) };
 * [...part.order, ...part.sorted]; // [1, 2, 0, 1, 2, 3]
 */
export type SortedPart = { readonly order: Uint32Array; readonly sorted: Float64Array };

/**
 * The values' {@link SortedPart}: {@link sortOrder} and {@link sortedValues}.
 *
 * @example
 * [...sortedPart(Float64Array.from([2, -1])).sorted]; // [-1, 2]
 */
export function sortedPart(values: Float64Array): SortedPart {
  return { order: sortOrder(values), sorted: sortedValues(values) };
}

/**
 * The sort order of `values`, made of consecutive parts (in that order) already sorted: the
 * parts merged in one pass over their sorted values, an equal value of an earlier part first
 * — the order {@link sortOrder} gives, which it then returns for `values`, as
 * {@link sortedValues} returns the merged values: for draws run in separate shares
 * (`trialShares`) and sorted each on its own. The simulation itself sorts each
 * quantity's draws once, however many threads ran them (lib/analysis/trialStatistics.ts).
 *
 * @example
 * const joined = Float64Array.from([3, 1, 2, 1]);
 * const parts = [joined.subarray(0, 2), joined.subarray(2)].map(sortedPart);
 * [...joinedSortOrder(joined, parts)]; // [1, 3, 2, 0]
 * [joinedSortOrder(joined, parts) === sortOrder(joined), [...sortedValues(joined)]]; // [true, [1, 1, 2, 3]]
 */
export function joinedSortOrder(values: Float64Array, parts: readonly SortedPart[]): Uint32Array {
  const known = orderCache.get(values);
  if (known !== undefined) return known;
  if (parts.reduce((sum, part) => sum + part.order.length, 0) !== values.length) throw new RangeError('joinedSortOrder: the parts do not make up the values');
  let order = new Uint32Array(0);
  let sorted = new Float64Array(0);
  let offset = 0;
  for (const part of parts) {
    const nextOrder = new Uint32Array(order.length + part.order.length);
    const nextSorted = new Float64Array(nextOrder.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < order.length && j < part.order.length) {
      const left = sorted[i] as number;
      const right = part.sorted[j] as number;
      // An equal value of the earlier part first; −0 before 0, as sortOrder puts it.
      if (right < left || (right === 0 && left === 0 && Object.is(right, -0) && !Object.is(left, -0))) {
        nextOrder[k] = (part.order[j] as number) + offset;
        nextSorted[k++] = right;
        j++;
      } else {
        nextOrder[k] = order[i] as number;
        nextSorted[k++] = left;
        i++;
      }
    }
    for (; i < order.length; i++, k++) {
      nextOrder[k] = order[i] as number;
      nextSorted[k] = sorted[i] as number;
    }
    for (; j < part.order.length; j++, k++) {
      nextOrder[k] = (part.order[j] as number) + offset;
      nextSorted[k] = part.sorted[j] as number;
    }
    [order, sorted] = [nextOrder, nextSorted];
    offset += part.order.length;
  }
  orderCache.set(values, order);
  sortedCache.set(values, sorted);
  return order;
}
