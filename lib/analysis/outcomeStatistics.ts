/**
 * The statistics a simulation reports of each outcome: the mean and seven percentiles, exact
 * in the currency's minor unit, and probabilities as decimal fractions.
 *
 *   percentile p of n trials ─▶ the value at rank ⌈p × n⌉ in increasing order (nearest rank:
 *     always a value some trial gave, so a range without width gives exactly its value)
 *   mean ─▶ the exact sum of the trials' minor units ÷ n, rounded half away from zero
 */
import { formatMinorUnits } from '../money/minorUnits.js';
import { analysisMonth, type AnalysisMonth } from './analysisMonth.js';
import type { Month } from '../calendar/month.js';

/**
 * The percentiles reported, as fractions.
 *
 * @example
 * PERCENTILES; // [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95]
 */
export const PERCENTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] as const;

/**
 * An outcome's mean and percentiles, as decimal strings in the currency's minor unit.
 *
 * @example
 * const stats: OutcomeStatistics = moneyStatistics(Float64Array.from([100, 300, 200, 400]), 2);
 * [stats.mean, stats.p5, stats.p50, stats.p95]; // ['2.50', '1.00', '2.00', '4.00']
 */
export type OutcomeStatistics = {
  readonly mean: string;
  readonly p5: string;
  readonly p10: string;
  readonly p25: string;
  readonly p50: string;
  readonly p75: string;
  readonly p90: string;
  readonly p95: string;
};

/**
 * The statistics of values in minor units (exact integers).
 *
 * @example
 * moneyStatistics(Float64Array.from([5, 5, 5]), 2).p95; // '0.05'
 */
export function moneyStatistics(values: Float64Array, digits: number): OutcomeStatistics {
  const sorted = sortedValues(values);
  const sum = exactSum(values);
  const at = (p: number) => formatMinorUnits(BigInt(sorted[nearestRankIndex(p, sorted.length)] as number), digits);
  return {
    mean: formatMinorUnits(dividedRounded(sum, BigInt(values.length)), digits),
    p5: at(0.05),
    p10: at(0.1),
    p25: at(0.25),
    p50: at(0.5),
    p75: at(0.75),
    p90: at(0.9),
    p95: at(0.95),
  };
}

/**
 * Percentiles of months (0-based from `from`, −1 for never) as people see them; null where
 * the percentile is "never".
 *
 * @example
 * monthPercentiles(Int32Array.from([2, 3, -1, 4]), parseMonth('2009-05')!).p50; // { month: 4, calendar: '2009-08' }
 */
export function monthPercentiles(months: Int32Array, from: Month): Record<'p5' | 'p10' | 'p25' | 'p50' | 'p75' | 'p90' | 'p95', AnalysisMonth | null> {
  // "Never" sorts after every month.
  const sorted = Array.from(months, (m) => (m < 0 ? Number.POSITIVE_INFINITY : m)).sort((a, b) => a - b);
  const at = (p: number) => {
    const month = sorted[nearestRankIndex(p, sorted.length)] as number;
    return Number.isFinite(month) ? analysisMonth(from, month) : null;
  };
  return { p5: at(0.05), p10: at(0.1), p25: at(0.25), p50: at(0.5), p75: at(0.75), p90: at(0.9), p95: at(0.95) };
}

/**
 * `count` of `trials` as a decimal fraction with 4 places, rounded half away from zero.
 *
 * @example
 * [probability(1234, 10000), probability(1, 3), probability(0, 7)]; // ['0.1234', '0.3333', '0.0000']
 */
export function probability(count: number, trials: number): string {
  return formatMinorUnits(dividedRounded(BigInt(count) * 10000n, BigInt(trials)), 4);
}

/**
 * The 0-based index of percentile `p` among `n` values sorted in increasing order: the value
 * at rank ⌈p × n⌉ (nearest rank).
 *
 * @example
 * [nearestRankIndex(0.05, 20), nearestRankIndex(0.5, 4), nearestRankIndex(0.95, 1)]; // [0, 1, 0]
 */
export function nearestRankIndex(p: number, n: number): number {
  return Math.min(n - 1, Math.max(0, Math.ceil(p * n - 1e-9) - 1));
}

/** a ÷ b rounded half away from zero (b > 0). */
function dividedRounded(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  const twice = 2n * (a % b);
  if (twice >= b) return quotient + 1n;
  if (-twice >= b) return quotient - 1n;
  return quotient;
}

/** The exact sum of whole numbers: in float64 while every partial sum is surely exact (below 2^53), in BigInt otherwise. */
function exactSum(values: Float64Array): bigint {
  let largest = 0;
  for (const value of values) largest = Math.max(largest, Math.abs(value));
  if (largest * values.length <= Number.MAX_SAFE_INTEGER) {
    let sum = 0;
    for (const value of values) sum += value;
    return BigInt(sum);
  }
  let sum = 0n;
  for (const value of values) sum += BigInt(value);
  return sum;
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
    const order = sortOrder(values);
    sorted = new Float64Array(values.length);
    for (let i = 0; i < order.length; i++) sorted[i] = values[order[i] as number] as number;
    sortedCache.set(values, sorted);
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
    order = LITTLE_ENDIAN ? radixOrder(values) : Uint32Array.from(values.keys()).sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
    orderCache.set(values, order);
  }
  return order;
}

const orderCache = new WeakMap<Float64Array, Uint32Array>();
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function radixOrder(values: Float64Array): Uint32Array {
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
  for (let start = 0; start < n; ) {
    const high = keys[start] as number;
    let end = start + 1;
    while (end < n && keys[end] === high) end++;
    if (end - start > 1) {
      const flip = high < 0x80000000 ? 0xffffffff : 0;
      for (let k = start; k < end; k++) keys[k] = ((words[2 * (order[k] as number)] as number) ^ flip) >>> 0;
      sortByKeys(order, keys, start, end, scratch);
    }
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
