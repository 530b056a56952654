/**
 * The spread of a scenario's cumulative cost month by month, over the trials: what a fan
 * chart draws.
 *
 *   cumulative cost of each of the first CUMULATIVE_TRIALS trials at each month (minor units,
 *     from simulateTrials)
 *     ─▶ per month: the trials' values at the ranks of the 5th, 25th, 50th, 75th and 95th
 *        percentiles by nearest rank (always a value some trial gave: a range without width
 *        gives exactly the deterministic cumulative cost) ─▶ decimal strings
 */
import { formatMinorUnits } from '../money/minorUnits.js';
import { nearestRankIndex } from './outcomeStatistics.js';
import { valuesAtRanks } from './trialOrder.js';
import { TRIALS_PER_STREAM } from './randomStream.js';

/**
 * The trials whose cumulative cost is kept month by month, and from which the bands are
 * taken: the first 10,000 (ten blocks of trials), or all when fewer are run. Every trial's
 * months would take months × trials × 8 bytes a scenario — about 1 GB for 100,000 trials over
 * 1,200 months — while the percentiles of 10,000 trials already sit within a fraction of a
 * percentile of those of all of them (one standard error of P5 is 0.22 percentile points).
 * The first trials, not a random choice, so the bands are the same whatever the number of trials beyond.
 *
 * @example
 * CUMULATIVE_TRIALS; // 10000
 */
export const CUMULATIVE_TRIALS = 10 * TRIALS_PER_STREAM;

/**
 * Percentiles of a scenario's cumulative cost at the end of each month of the horizon, over
 * the first {@link CUMULATIVE_TRIALS} trials (all of them when there are no more): one decimal
 * string per month in each, in the currency's minor unit.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000', dist: 'uniform' }, every: 'month' }] }));
 * const bands: CumulativeBands = simulate([provider], { months: 3, trials: 1000 }).scenarios[0]!.cumulative;
 * // after one month, the middle half of the trials paid about 3,500 to 4,500
 * [bands.p50.length, Math.round(Number(bands.p25[0]) / 500) * 500, Math.round(Number(bands.p75[0]) / 500) * 500]; // [3, 3500, 4500]
 */
export type CumulativeBands = {
  readonly p5: readonly string[];
  readonly p25: readonly string[];
  readonly p50: readonly string[];
  readonly p75: readonly string[];
  readonly p95: readonly string[];
};

/**
 * The percentiles of each month's cumulative cost, from the trials' values in minor units laid
 * out trial by trial (`values[t × months + m]`, as `TrialOutcomes.cumulative` holds them).
 *
 * @example
 * // two months, four trials: month 1 paid 100 to 400 cents, month 2 twice as much
 * const values = Float64Array.from([100, 200, 400, 800, 200, 400, 300, 600]);
 * cumulativeBands(values, 2, 2); // { p5: ['1.00', '2.00'], p25: ['1.00', '2.00'], p50: ['2.00', '4.00'], p75: ['3.00', '6.00'], p95: ['4.00', '8.00'] }
 */
export function cumulativeBands(values: Float64Array, months: number, digits: number): CumulativeBands {
  const trials = values.length / months;
  const bands = { p5: [] as string[], p25: [] as string[], p50: [] as string[], p75: [] as string[], p95: [] as string[] };
  const ranks = [0.05, 0.25, 0.5, 0.75, 0.95].map((p) => nearestRankIndex(p, trials));
  const at = (selected: Float64Array, k: number) => formatMinorUnits(BigInt(selected[ranks[k] as number] as number), digits);
  const month = new Float64Array(trials);
  for (let m = 0; m < months; m++) {
    for (let t = 0; t < trials; t++) month[t] = values[t * months + m] as number;
    valuesAtRanks(month, ranks);
    bands.p5.push(at(month, 0));
    bands.p25.push(at(month, 1));
    bands.p50.push(at(month, 2));
    bands.p75.push(at(month, 3));
    bands.p95.push(at(month, 4));
  }
  return bands;
}
