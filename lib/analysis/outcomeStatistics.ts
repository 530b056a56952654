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
import { valuesAtRanks } from './trialOrder.js';

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
  const ranks = PERCENTILES.map((p) => nearestRankIndex(p, values.length));
  const selected = values.length === 0 ? values : valuesAtRanks(values.slice(), ranks);
  const sum = exactSum(values);
  const at = (k: number) => formatMinorUnits(BigInt(selected[ranks[k] as number] as number), digits);
  return {
    mean: formatMinorUnits(dividedRounded(sum, BigInt(values.length)), digits),
    p5: at(0),
    p10: at(1),
    p25: at(2),
    p50: at(3),
    p75: at(4),
    p90: at(5),
    p95: at(6),
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
  // How many trials break even in each month; "never" (−1) after every month.
  let last = -1;
  for (const month of months) last = Math.max(last, month);
  const counts = new Uint32Array(last + 2);
  for (const month of months) counts[month < 0 ? last + 1 : month] = (counts[month < 0 ? last + 1 : month] as number) + 1;
  const at = (p: number) => {
    const rank = nearestRankIndex(p, months.length);
    let month = 0;
    for (let seen = counts[0] as number; seen <= rank; seen += counts[month] as number) month++;
    return month <= last ? analysisMonth(from, month) : null;
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
  if (largestMagnitude(values) * values.length <= Number.MAX_SAFE_INTEGER) return BigInt(doubleSum(values));
  let sum = 0n;
  for (const value of values) sum += BigInt(value);
  return sum;
}

// Each loop a function of its own: a function optimized in one loop would go back to the interpreter at the next.
function largestMagnitude(values: Float64Array): number {
  let largest = 0;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i] as number));
  return largest;
}

function doubleSum(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum;
}
