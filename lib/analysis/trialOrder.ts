/**
 * The order of a simulation's trials by an outcome, the one costly step of its statistics:
 *
 *   percentiles alone (totals, years, NPVs, differences, the fan chart's months)
 *     ─▶ valuesAtRanks: quickselect at the percentiles' ranks, the rest left unsorted
 *   percentiles and ranks (each quantity's draws, for the rank correlations)
 *     ─▶ sortOrder: a radix sort, made once per array of values; for trials run on several
 *        threads, each thread's share sorted there and the shares merged (joinedSortOrder)
 */

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
  let sorted = sortedCache.get(values);
  if (sorted === undefined) {
    // The radix sort leaves the sorted values behind, as it takes them in order.
    const order = sortOrder(values);
    sorted = sortedCache.get(values);
    if (sorted === undefined) {
      sorted = new Float64Array(values.length);
      for (let i = 0; i < order.length; i++) sorted[i] = values[order[i] as number] as number;
      sortedCache.set(values, sorted);
    }
  }
  return sorted;
}

const sortedCache = new WeakMap<Float64Array, Float64Array>();

/**
 * The indexes of the values in increasing order of value (equal values in the order they
 * come), made once per array of values. A radix sort, linear in the number of trials and
 * several times faster than sorting with a comparator at 100,000 values: first on the high
 * 32 bits of each double (sign, exponent and the first 20 bits of the fraction), then, among
 * the values that share them — equal ones, or within about a millionth of each other — on the
 * low 32 bits. Digits of 11 bits, so the counts stay in the processor's nearest cache; a
 * digit every value shares is skipped. The values must not be NaN.
 *
 * @example
 * [...sortOrder(Float64Array.from([2.5, -1, 2.5, 0, -0.5]))]; // [1, 4, 3, 0, 2]
 */
export function sortOrder(values: Float64Array): Uint32Array {
  let order = orderCache.get(values);
  if (order === undefined) {
    if (LITTLE_ENDIAN) {
      const sorted = new Float64Array(values.length);
      order = radixOrder(values, sorted);
      sortedCache.set(values, sorted);
    } else order = Uint32Array.from(values.keys()).sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
    orderCache.set(values, order);
  }
  return order;
}

const orderCache = new WeakMap<Float64Array, Uint32Array>();
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The sort order of `values`; `sorted` gets the values in that order. */
function radixOrder(values: Float64Array, sorted: Float64Array): Uint32Array {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const order = new Uint32Array(n);
  const keys = new Uint32Array(n);
  const scratch = { order: new Uint32Array(n), keys: new Uint32Array(n) };
  // Keys that sort as the numbers do: a negative number's words with every bit flipped, the
  // others' high word with the sign bit set.
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1] as number;
    order[i] = i;
    keys[i] = (h & 0x80000000) !== 0 ? ~h >>> 0 : (h | 0x80000000) >>> 0;
  }
  sortByKeys(order, keys, 0, n, scratch);
  // Runs of equal high words, in the order the values come: put in order by their low words.
  // Each value is read once here, in order, into `sorted`.
  for (let start = 0; start < n; ) {
    const high = keys[start] as number;
    let end = start + 1;
    while (end < n && keys[end] === high) end++;
    if (end - start > 1) {
      const flip = high < 0x80000000 ? 0xffffffff : 0;
      for (let k = start; k < end; k++) keys[k] = ((words[2 * (order[k] as number)] as number) ^ flip) >>> 0;
      sortByKeys(order, keys, start, end, scratch);
    }
    for (let k = start; k < end; k++) sorted[k] = values[order[k] as number] as number;
    start = end;
  }
  return order;
}

const DIGIT_BITS = 11;
const DIGITS = 1 << DIGIT_BITS;
const DIGIT_MASK = DIGITS - 1;

/**
 * Sorts order[start..end) by the 32-bit keys beside them in keys[start..end), keeping the order
 * of equal keys: by insertion when already sorted or short, else by three passes of 11 bits.
 */
function sortByKeys(order: Uint32Array, keys: Uint32Array, start: number, end: number, scratch: { order: Uint32Array; keys: Uint32Array }): void {
  let sorted = true;
  for (let k = start + 1; k < end && sorted; k++) sorted = (keys[k - 1] as number) <= (keys[k] as number);
  if (sorted) return;
  if (end - start <= 32) {
    for (let k = start + 1; k < end; k++) {
      const index = order[k] as number;
      const key = keys[k] as number;
      let j = k - 1;
      for (; j >= start && (keys[j] as number) > key; j--) {
        order[j + 1] = order[j] as number;
        keys[j + 1] = keys[j] as number;
      }
      order[j + 1] = index;
      keys[j + 1] = key;
    }
    return;
  }
  // The counts of the three digits, in one pass.
  const counts = new Uint32Array(3 * DIGITS);
  for (let k = start; k < end; k++) {
    const key = keys[k] as number;
    const d0 = key & DIGIT_MASK;
    const d1 = DIGITS + ((key >>> DIGIT_BITS) & DIGIT_MASK);
    const d2 = 2 * DIGITS + (key >>> (2 * DIGIT_BITS));
    counts[d0] = (counts[d0] as number) + 1;
    counts[d1] = (counts[d1] as number) + 1;
    counts[d2] = (counts[d2] as number) + 1;
  }
  let [fromOrder, fromKeys, toOrder, toKeys] = [order, keys, scratch.order, scratch.keys];
  for (let pass = 0; pass < 3; pass++) {
    const shift = pass * DIGIT_BITS;
    const offset = pass * DIGITS;
    // A digit every key shares leaves the order as it is.
    if (counts[offset + (((keys[start] as number) >>> shift) & DIGIT_MASK)] === end - start) continue;
    let at = start;
    for (let digit = offset; digit < offset + DIGITS; digit++) {
      const count = counts[digit] as number;
      counts[digit] = at;
      at += count;
    }
    for (let k = start; k < end; k++) {
      const key = fromKeys[k] as number;
      const digit = offset + ((key >>> shift) & DIGIT_MASK);
      const to = counts[digit] as number;
      counts[digit] = to + 1;
      toOrder[to] = fromOrder[k] as number;
      toKeys[to] = key;
    }
    [fromOrder, fromKeys, toOrder, toKeys] = [toOrder, toKeys, fromOrder, fromKeys];
  }
  if (fromOrder !== order) {
    order.set(fromOrder.subarray(start, end), start);
    keys.set(fromKeys.subarray(start, end), start);
  }
}

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
 * {@link sortedValues} returns the merged values. What a simulation run on several threads
 * does with the draws each thread sorted.
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
