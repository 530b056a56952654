/**
 * The distributions a range can have, and their quantiles: what a range's median is (the value
 * every deterministic command uses) and, for a simulation, what value a probability draws.
 *
 *   lognormal, normal ─▶ `low` and `high` are the 5th and 95th percentiles (a 90% interval)
 *   uniform, triangular, pert ─▶ `low` and `high` are the bounds; `mode` the most likely value
 *
 * Medians are exact where a closed form exists (normal and uniform: the midpoint; lognormal:
 * √(low × high); triangular: a square root), computed with 40 significant digits; the PERT
 * median has none and is found numerically, to about 1e-13 of the range's width.
 */
import { Money, type Decimal } from '../money/decimal.js';
import { inverseRegularizedBeta, standardNormalQuantile, standardNormalQuantiles } from './distributionMath.js';

/**
 * The names of the distributions a range may have.
 *
 * @example
 * RANGE_DISTRIBUTIONS; // ['lognormal', 'normal', 'uniform', 'triangular', 'pert']
 */
export const RANGE_DISTRIBUTIONS = ['lognormal', 'normal', 'uniform', 'triangular', 'pert'] as const;

/**
 * One of {@link RANGE_DISTRIBUTIONS}.
 *
 * @example
 * const dist: RangeDistribution = 'pert';
 * dist; // 'pert'
 */
export type RangeDistribution = (typeof RANGE_DISTRIBUTIONS)[number];

/**
 * An uncertain quantity: its distribution, `low` and `high` (percentiles 5 and 95 for
 * lognormal and normal, the bounds otherwise) and, for triangular and pert, the `mode`.
 *
 * @example
 * const fee: Range = { dist: 'uniform', low: toDecimal('30000'), high: toDecimal('45000') };
 * rangeMedian(fee).toString(); // '37500'
 */
export type Range = {
  readonly dist: RangeDistribution;
  readonly low: Decimal;
  readonly high: Decimal;
  readonly mode?: Decimal;
};

/**
 * The standard normal's 95th percentile: a 90% interval is μ ± 1.6448536269514722 σ, so a
 * normal range's σ is (high − low) ÷ (2 × Z95).
 *
 * @example
 * Z95; // 1.6448536269514722
 */
export const Z95 = 1.6448536269514722;

/**
 * The median of a range, with 40 significant digits (the PERT's found numerically).
 *
 * @example
 * const median = (dist: RangeDistribution, low: string, high: string, mode?: string) =>
 *   rangeMedian({ dist, low: toDecimal(low), high: toDecimal(high), ...(mode === undefined ? {} : { mode: toDecimal(mode) }) }).toDecimalPlaces(4).toString();
 * [median('normal', '-10', '30'), median('lognormal', '20', '45'), median('triangular', '0', '10', '10'), median('pert', '0', '10', '5')];
 * // ['10', '30', '7.0711', '5']
 */
export function rangeMedian(range: Range): Decimal {
  const { low, high } = range;
  switch (range.dist) {
    case 'normal':
    case 'uniform':
      return low.plus(high).dividedBy(2);
    case 'lognormal':
      return low.times(high).sqrt();
    case 'triangular': {
      const mode = modeOf(range);
      const width = high.minus(low);
      if (width.isZero()) return low;
      return mode.greaterThanOrEqualTo(low.plus(high).dividedBy(2))
        ? low.plus(width.times(mode.minus(low)).dividedBy(2).sqrt())
        : high.minus(width.times(high.minus(mode)).dividedBy(2).sqrt());
    }
    case 'pert': {
      const width = high.minus(low);
      if (width.isZero()) return low;
      const [alpha, beta] = pertShape(range);
      return low.plus(width.times(new Money(inverseRegularizedBeta(0.5, alpha, beta))));
    }
    default:
      return assertNever(range.dist);
  }
}

/**
 * The value of a range at probability `p` (0 < p < 1), as a float: the inverse of its
 * cumulative distribution. What a simulation draws, given a uniform random `p`.
 *
 * @example
 * const range: Range = { dist: 'normal', low: toDecimal('100'), high: toDecimal('200') };
 * [rangeQuantile(range, 0.05), rangeQuantile(range, 0.5), rangeQuantile(range, 0.95)].map((x) => x.toFixed(9)); // ['100.000000000', '150.000000000', '200.000000000']
 */
export function rangeQuantile(range: Range, p: number): number {
  return rangeQuantileFunction(range)(p);
}

/**
 * {@link rangeQuantile} with everything that does not depend on `p` worked out once: what a
 * simulation calls for every draw.
 *
 * @example
 * const quantile = rangeQuantileFunction({ dist: 'uniform', low: toDecimal('100'), high: toDecimal('200') });
 * [quantile(0.25), quantile(0.5)]; // [125, 150]
 */
export function rangeQuantileFunction(range: Range): (p: number) => number {
  const low = range.low.toNumber();
  const high = range.high.toNumber();
  switch (range.dist) {
    case 'normal': {
      const [mean, sigma] = normalShape(low, high);
      return (p) => mean + sigma * standardNormalQuantile(p);
    }
    case 'lognormal': {
      const [mu, sigma] = normalShape(Math.log(low), Math.log(high));
      return (p) => Math.exp(mu + sigma * standardNormalQuantile(p));
    }
    case 'uniform':
      return (p) => low + (high - low) * p;
    case 'triangular': {
      const mode = modeOf(range).toNumber();
      const width = high - low;
      if (width === 0) return () => low;
      const split = (mode - low) / width;
      return (p) => (p < split ? low + Math.sqrt(p * width * (mode - low)) : high - Math.sqrt((1 - p) * width * (high - mode)));
    }
    case 'pert': {
      const width = high - low;
      if (width === 0) return () => low;
      const [alpha, beta] = pertShape(range);
      return (p) => low + width * inverseRegularizedBeta(p, alpha, beta);
    }
    default:
      return assertNever(range.dist);
  }
}

/**
 * {@link rangeQuantileFunction} for many probabilities at once, the same numbers: `out[i]` is
 * the value at probability `p[i]`, for i below `count`. Each distribution its own loop, which
 * the compiler keeps to that distribution: what a simulation calls for each block of draws of
 * a quantity.
 *
 * @example
 * const quantiles = rangeQuantilesFunction({ dist: 'normal', low: toDecimal('100'), high: toDecimal('200') });
 * const out = new Float64Array(3);
 * quantiles(Float64Array.from([0.05, 0.5, 0.95]), out, 3);
 * [...out].map((x) => x.toFixed(9)); // ['100.000000000', '150.000000000', '200.000000000']
 */
export function rangeQuantilesFunction(range: Range): (p: Float64Array, out: Float64Array, count: number) => void {
  switch (range.dist) {
    case 'normal': {
      const [mean, sigma] = normalShape(range.low.toNumber(), range.high.toNumber());
      return (p, out, count) => {
        standardNormalQuantiles(p, out, count);
        for (let i = 0; i < count; i++) out[i] = mean + sigma * (out[i] as number);
      };
    }
    case 'lognormal': {
      const [mu, sigma] = normalShape(Math.log(range.low.toNumber()), Math.log(range.high.toNumber()));
      return (p, out, count) => {
        standardNormalQuantiles(p, out, count);
        for (let i = 0; i < count; i++) out[i] = Math.exp(mu + sigma * (out[i] as number));
      };
    }
    default: {
      const quantile = rangeQuantileFunction(range);
      return (p, out, count) => {
        for (let i = 0; i < count; i++) out[i] = quantile(p[i] as number);
      };
    }
  }
}

/** The mean and σ of a normal distribution whose 5th and 95th percentiles are `low` and `high`. */
function normalShape(low: number, high: number): [number, number] {
  return [(low + high) / 2, (high - low) / (2 * Z95)];
}

/** The shape of a PERT range's beta distribution: α = 1 + 4 (mode − low) ÷ width, β = 1 + 4 (high − mode) ÷ width. */
function pertShape(range: Range): [number, number] {
  const width = range.high.minus(range.low);
  const mode = modeOf(range);
  return [new Money(1).plus(mode.minus(range.low).times(4).dividedBy(width)).toNumber(), new Money(1).plus(range.high.minus(mode).times(4).dividedBy(width)).toNumber()];
}

function modeOf(range: Range): Decimal {
  if (range.mode === undefined) throw new Error(`a ${range.dist} range needs a mode`);
  return range.mode;
}


function assertNever(value: never): never {
  throw new Error(`unknown distribution ${String(value)}`);
}
