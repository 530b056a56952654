/**
 * The spread a simulation reports for its charts: the percentiles of each month's cumulative
 * cost (the fan chart), the difference to the baseline in bins (the histogram) and the
 * difference at the medians (the tornado's centre line). Tolerances as in simulation.test.ts:
 * four standard errors, √(p(1 − p) ÷ n) × the width of a uniform range for a percentile.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CUMULATIVE_TRIALS } from '../../lib/analysis/cumulativeBands.js';
import { unwrap } from '../../lib/issues/issue.js';
import { compare } from '../../lib/report/compare.js';
import { simulate } from '../../lib/report/simulation.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { foundingScenarios } from '../support/fixtures.js';

const { selfHosted, managed } = foundingScenarios();
const provider = (amount: unknown) =>
  unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount, every: 'month' }] }));
const uniform = { low: '3000', high: '5000', dist: 'uniform' };
const near = (actual: string | number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(Number(actual) - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);

describe('a simulated scenario’s cumulative cost, month by month', () => {
  // A fee X ~ uniform 3,000 to 5,000 a month: after m months the cumulative cost is m × X, whose
  // percentile p is m × (3,000 + p × 2,000). One standard error of P5 of 20,000 trials after 12
  // months: √(0.05 × 0.95 ÷ 20000) × 12 × 2,000 = 37; of P50: 85.
  const result = simulate([provider(uniform)], { months: 12, trials: 20000, seed: 1 });
  const { cumulative, total } = result.scenarios[0]!;

  it('has the 5th, 25th, 50th, 75th and 95th percentiles, one decimal string per month', () => {
    assert.deepEqual(Object.keys(cumulative), ['p5', 'p25', 'p50', 'p75', 'p95']);
    for (const band of Object.values(cumulative)) {
      assert.equal(band.length, 12);
      for (const amount of band) assert.match(amount, /^\d+\.\d\d$/);
    }
  });

  it('is m × (3,000 + p × 2,000) for a uniform fee of 3,000 to 5,000, within four standard errors', () => {
    for (const m of [1, 6, 12]) {
      const se = (p: number) => 4 * Math.sqrt((p * (1 - p)) / 20000) * m * 2000;
      for (const [key, p] of [['p5', 0.05], ['p25', 0.25], ['p50', 0.5], ['p75', 0.75], ['p95', 0.95]] as const) {
        near(cumulative[key][m - 1] as string, m * (3000 + p * 2000), se(p), `month ${m} ${key}`);
      }
    }
  });

  it('is the same trials’ fee each month: month m’s percentile is exactly m × month 1’s', () => {
    for (const key of ['p5', 'p25', 'p50', 'p75', 'p95'] as const) {
      const first = Math.round(Number(cumulative[key][0]) * 100);
      assert.deepEqual(cumulative[key].map((amount) => Math.round(Number(amount) * 100)), Array.from({ length: 12 }, (_, m) => (m + 1) * first), key);
    }
  });

  it('is taken from the first 10,000 trials: the same with 20,000 as with 10,000, whose month 12 is exactly their total’s', () => {
    const first = simulate([provider(uniform)], { months: 12, trials: CUMULATIVE_TRIALS, seed: 1 }).scenarios[0]!;
    assert.deepEqual(cumulative, first.cumulative);
    const bands = first.cumulative;
    assert.deepEqual([bands.p5[11], bands.p25[11], bands.p50[11], bands.p75[11], bands.p95[11]], [first.total.p5, first.total.p25, first.total.p50, first.total.p75, first.total.p95]);
    // … and not those of all 20,000, which differ by a cent or more somewhere
    assert.notDeepEqual([bands.p5[11], bands.p25[11], bands.p50[11], bands.p75[11], bands.p95[11]], [total.p5, total.p25, total.p50, total.p75, total.p95]);
  });

  it('gives every band the deterministic cumulative cost, to the cent, for ranges without width', () => {
    // a quarterly fee from the second month, escalating by a rate written as a range without width
    const fixed = unwrap(
      parseScenario({ name: 'Quarterly', currency: 'USD', start: '2009-06', costs: [{ name: 'Fee', kind: 'recurring', amount: { low: '3000.01', high: '3000.01' }, every: 'quarter', escalation: { rate: { low: '7%', high: '7%' } } }] }),
    );
    const simulated = simulate([selfHosted, fixed], { trials: 300 }).scenarios;
    const compared = compare([selfHosted, fixed]).scenarios;
    simulated.forEach((scenario, s) => {
      for (const band of Object.values(scenario.cumulative)) assert.deepEqual(band, compared[s]?.cumulative, scenario.name);
    });
  });
});

describe('a challenger’s difference to the baseline', () => {
  // Self-hosting costs 4,000 a month; the provider X ~ uniform 3,000 to 5,000: over 12 months the
  // difference is 12 × (X − 4,000), uniform from −12,000 to 12,000: 24 bins of 1,000.00 (48 of
  // 500.00 would be too many), each holding 1/24 of the trials, one standard error √(20000 × 1/24 × 23/24) = 28.
  const result = simulate([selfHosted, provider(uniform)], { months: 12, trials: 20000, seed: 2 });
  const [baseline, challenger] = result.scenarios;

  it('is binned in 24 bins of 1,000.00 from −12,000.00 to 12,000.00, each with about 1/24 of the trials', () => {
    const bins = challenger!.histogram!;
    assert.deepEqual(bins.map((bin) => bin.from), Array.from({ length: 24 }, (_, i) => `${(i - 12) * 1000}.00`));
    assert.deepEqual(bins.map((bin) => bin.to), Array.from({ length: 24 }, (_, i) => `${(i - 11) * 1000}.00`));
    assert.equal(bins.reduce((sum, bin) => sum + bin.trials, 0), 20000);
    for (const bin of bins) near(bin.trials, 20000 / 24, 4 * 28, `trials from ${bin.from}`);
  });

  it('counts in the bins below zero exactly the trials in which the challenger is cheaper, and the rest dearer', () => {
    const below = challenger!.histogram!.filter((bin) => Number(bin.to) <= 0).reduce((sum, bin) => sum + bin.trials, 0);
    assert.equal((below / 20000).toFixed(4), challenger!.probabilityCheaperThanBaseline);
    // X is drawn to the cent: a difference of exactly zero has no weight here
    assert.equal(((20000 - below) / 20000).toFixed(4), challenger!.probabilityDearerThanBaseline);
  });

  it('has no histogram, no shares against itself and no difference at the medians for the baseline', () => {
    assert.deepEqual([baseline!.histogram, baseline!.probabilityDearerThanBaseline, baseline!.differenceAtMedians], [null, null, null]);
  });

  it('at the medians is the difference compare prints', () => {
    assert.equal(challenger!.differenceAtMedians, compare([selfHosted, provider(uniform)], { months: 12 }).scenarios[1]!.difference);
    // 12 × (4,000 − 4,000)
    assert.equal(challenger!.differenceAtMedians, '0.00');
  });

  it('without ranges is one bin, dearer in every trial: the founding provider costs 1,341,000.00 more', () => {
    const founding = simulate([selfHosted, managed], { trials: 20 }).scenarios[1]!;
    // a width as for 0 to 1,341,000.00: 28 bins of 50,000.00 (68 of 20,000.00 would be too many)
    assert.deepEqual(founding.histogram, [{ from: '1300000.00', to: '1350000.00', trials: 20 }]);
    assert.deepEqual([founding.differenceAtMedians, founding.probabilityCheaperThanBaseline, founding.probabilityDearerThanBaseline], ['1341000.00', '0.0000', '1.0000']);
  });
});
