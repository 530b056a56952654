/**
 * The distribution of a challenger's difference to the baseline over the trials, as a
 * histogram of equal bins:
 *
 *   differences (minor units) ─▶ the bin width: the smallest round amount (1, 2 or 5 times a
 *     power of ten of the minor unit) for which at most HISTOGRAM_MAX_BINS bins hold every trial
 *   ─▶ bins from a multiple of the width to the next, from the one holding the lowest
 *      difference to the one holding the highest (empty ones between included)
 *   ─▶ the trials in each: from ≤ difference < to
 *
 * Because every bin starts at a multiple of its width, zero is always the edge between two
 * bins: a bin holds trials from one side of zero only, so the bins below zero count exactly
 * the trials in which the challenger is cheaper.
 */
import { formatMinorUnits } from '../money/minorUnits.js';

/**
 * The most bins a histogram of differences has.
 *
 * @example
 * HISTOGRAM_MAX_BINS; // 40
 */
export const HISTOGRAM_MAX_BINS = 40;

/**
 * One bin of a histogram: the trials whose value is at least `from` and below `to` (decimal
 * strings in the currency's minor unit).
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000', dist: 'uniform' }, every: 'month' }] }));
 * const bins: readonly HistogramBin[] = simulate([selfHosted, provider], { months: 12, trials: 1000 }).scenarios[1]!.histogram!;
 * // 12 × (3,000 − 4,000) to 12 × (5,000 − 4,000), in bins of 1,000.00
 * [bins[0]?.from, bins[0]?.to, bins.length, bins.reduce((sum, bin) => sum + bin.trials, 0)]; // ['-12000.00', '-11000.00', 24, 1000]
 */
export type HistogramBin = {
  readonly from: string;
  readonly to: string;
  readonly trials: number;
};

/**
 * The histogram of values in minor units (exact integers), by the rule above. When every
 * value is the same, the width is chosen as if the values ran from zero to it (to one unit of the
 * currency when it is zero), so that its one bin is not a sliver beside zero.
 *
 * @example
 * // differences of -2.50, -0.40, 0.10 and 1.20: 38 bins of 0.10 hold them (of 0.05, it would take 75)
 * const bins = differenceHistogram(Float64Array.from([-250, -40, 10, 120]), 2);
 * [bins.length, bins[0], bins[1]?.trials]; // [38, { from: '-2.50', to: '-2.40', trials: 1 }, 0]
 * // all the same: bins of 0.20, as for values from 0 to 7.00
 * differenceHistogram(Float64Array.from([700, 700]), 2); // [{ from: '7.00', to: '7.20', trials: 2 }]
 */
export function differenceHistogram(values: Float64Array, digits: number): HistogramBin[] {
  if (values.length === 0) return [];
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  const span = high > low ? [low, high] : [Math.min(0, low), low === 0 ? 10 ** digits : Math.max(0, low)];
  const width = binWidth(span[0] as number, span[1] as number);
  const first = Math.floor(low / width);
  const counts = new Array<number>(Math.floor(high / width) - first + 1).fill(0);
  for (const value of values) {
    const bin = Math.floor(value / width) - first;
    counts[bin] = (counts[bin] as number) + 1;
  }
  return counts.map((trials, i) => ({ from: formatMinorUnits(BigInt((first + i) * width), digits), to: formatMinorUnits(BigInt((first + i + 1) * width), digits), trials }));
}

/** The smallest of 1, 2, 5, 10, 20, 50, … for which the bins from low to high are at most HISTOGRAM_MAX_BINS. */
function binWidth(low: number, high: number): number {
  for (let power = 1; ; power *= 10) {
    for (const step of [1, 2, 5]) {
      const width = step * power;
      if (Math.floor(high / width) - Math.floor(low / width) + 1 <= HISTOGRAM_MAX_BINS) return width;
    }
  }
}
