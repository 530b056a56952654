/**
 * Expected values from closed forms worked by hand, and from SciPy 1.17 (scipy.stats.beta.ppf,
 * norm.ppf) as an independent implementation.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Money } from '../../lib/money/decimal.js';
import { regularizedBeta, standardNormalQuantile } from '../../lib/scenario/distributionMath.js';
import { rangeMedian, rangeQuantile, type Range, type RangeDistribution } from '../../lib/scenario/rangeDistribution.js';

const range = (dist: RangeDistribution, low: string, high: string, mode?: string): Range => ({
  dist,
  low: new Money(low),
  high: new Money(high),
  ...(mode === undefined ? {} : { mode: new Money(mode) }),
});
const near = (actual: number, expected: number, tolerance: number, what: string) => assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);

describe('rangeMedian', () => {
  it('is the midpoint of a normal or uniform range, exactly', () => {
    assert.equal(rangeMedian(range('normal', '-10', '30')).toString(), '10');
    assert.equal(rangeMedian(range('uniform', '30000', '45000.01')).toString(), '37500.005');
  });

  it('is √(low × high) for a lognormal range: its 5th and 95th percentiles are symmetric around the median in logarithms', () => {
    assert.equal(rangeMedian(range('lognormal', '20', '45')).toString(), '30');
    // √(30000 × 45000) = 36742.346141747671472959261120588370879…
    assert.equal(rangeMedian(range('lognormal', '30000', '45000')).toFixed(20), '36742.34614174767147295926');
  });

  it('follows the triangle: low + √(width × (mode − low) ÷ 2) when the mode is at or above the middle, else high − √(width × (high − mode) ÷ 2)', () => {
    // 10 × √½ = 7.0710678118654752440…
    assert.equal(rangeMedian(range('triangular', '0', '10', '10')).toFixed(18), '7.071067811865475244');
    // 10 − √30 = 4.5227744249483388…
    assert.equal(rangeMedian(range('triangular', '0', '10', '4')).toFixed(12), '4.522774424948');
    assert.equal(rangeMedian(range('triangular', '0', '10', '5')).toString(), '5');
  });

  it('finds the PERT median numerically, as SciPy does', () => {
    near(rangeMedian(range('pert', '0', '100', '10')).toNumber(), 20.26648503614662, 1e-9, 'PERT(0, 10, 100)');
    near(rangeMedian(range('pert', '30000', '45000', '36000')).toNumber(), 36382.062030034496, 1e-7, 'PERT(30000, 36000, 45000)');
    assert.equal(rangeMedian(range('pert', '0', '10', '5')).toDecimalPlaces(12).toString(), '5');
  });

  it('is the value itself for a range without width, whatever its distribution', () => {
    for (const dist of ['normal', 'uniform', 'lognormal'] as const) assert.equal(rangeMedian(range(dist, '4000', '4000')).toString(), '4000');
    for (const dist of ['triangular', 'pert'] as const) assert.equal(rangeMedian(range(dist, '4000', '4000', '4000')).toString(), '4000');
  });
});

describe('rangeQuantile', () => {
  it('gives low and high at 5% and 95% for lognormal and normal ranges', () => {
    for (const [dist, low, high] of [['normal', '0', '100'], ['lognormal', '20', '45'], ['normal', '-5', '-1']] as const) {
      near(rangeQuantile(range(dist, low, high), 0.05), Number(low), 1e-12, `${dist} p5`);
      near(rangeQuantile(range(dist, low, high), 0.95), Number(high), 1e-12, `${dist} p95`);
    }
  });

  it('gives the other percentiles of SciPy', () => {
    near(rangeQuantile(range('normal', '0', '100'), 0.25), 29.496967415691472, 1e-11, 'normal p25');
    near(rangeQuantile(range('lognormal', '20', '45'), 0.1), 21.873768879412133, 1e-11, 'lognormal p10');
    near(rangeQuantile(range('lognormal', '20', '45'), 0.9), 41.14517278488257, 1e-11, 'lognormal p90');
    near(rangeQuantile(range('pert', '0', '100', '10'), 0.1), 5.079277566596267, 1e-9, 'pert p10');
    near(rangeQuantile(range('pert', '0', '100', '10'), 0.9), 46.23297499614663, 1e-9, 'pert p90');
  });

  it('follows the bounds of uniform and triangular ranges', () => {
    assert.equal(rangeQuantile(range('uniform', '10', '20'), 0.3), 13);
    // below the mode: low + √(p × width × (mode − low)) = √(0.2 × 10 × 4)
    near(rangeQuantile(range('triangular', '0', '10', '4'), 0.2), 2.8284271247461903, 1e-15, 'triangular p20');
    near(rangeQuantile(range('triangular', '0', '10', '4'), 0.5), 10 - Math.sqrt(30), 1e-14, 'triangular p50');
  });
});

describe('standardNormalQuantile', () => {
  it('agrees with SciPy to about 1e-15', () => {
    for (const [p, z] of [
      [1e-10, -6.361340902404056],
      [0.001, -3.090232306167813],
      [0.05, -1.6448536269514726],
      [0.3, -0.5244005127080407],
      [0.5, 0],
      [0.95, 1.6448536269514715],
      [0.99, 2.3263478740408408],
    ] as const) {
      near(standardNormalQuantile(p), z, 2e-15, `p = ${p}`);
    }
  });

  it('refuses a probability outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, Number.NaN]) assert.throws(() => standardNormalQuantile(p), RangeError);
  });
});

describe('regularizedBeta', () => {
  it('is the binomial tail it equals for whole parameters: I_0.3(2, 5) = P(at least 2 of 6 at 0.3) = 0.579825', () => {
    near(regularizedBeta(0.3, 2, 5), 0.579825, 1e-14, 'I_0.3(2, 5)');
  });

  it('is x^a for b = 1, and 0 and 1 at the ends', () => {
    near(regularizedBeta(0.2, 5, 1), 0.00032, 1e-17, 'I_0.2(5, 1)');
    assert.deepEqual([regularizedBeta(0, 2, 3), regularizedBeta(1, 2, 3)], [0, 1]);
  });
});
