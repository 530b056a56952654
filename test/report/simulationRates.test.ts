/**
 * Exchange rates given as ranges: one uncertain quantity of the analysis, drawn once per
 * trial and shared by every scenario in its currency. Expected values by hand: a scenario of
 * 10,000.00 EUR a month over 36 months is 360,000.00 EUR, 360,000 × r USD at a rate r (each
 * month's 10,000 × r rounded to the cent, so exact whenever r has at most 6 places); with r
 * uniform from 1.0 to 1.2 its percentile p is 360,000 × (1 + 0.2 p), within sampling error
 * (20,000 trials: one standard error of the p-quantile of U is √(p (1 − p) ÷ 20000), at most
 * 0.0036, 257 USD; the tests allow four).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveSettings } from '../../lib/analysis/analysisSettings.js';
import { exchangeRates } from '../../lib/analysis/exchangeRates.js';
import { simulateTrialRange } from '../../lib/analysis/simulateTrials.js';
import { uncertainQuantities } from '../../lib/analysis/uncertainQuantities.js';
import type { Issue } from '../../lib/issues/issue.js';
import { unwrap } from '../../lib/issues/issue.js';
import { compare } from '../../lib/report/compare.js';
import { revisitReport } from '../../lib/report/revisitReport.js';
import { simulate } from '../../lib/report/simulation.js';
import { sampleText, simulateWithSamples } from '../../lib/report/simulationSamples.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';

const monthly = (name: string, currency: string, amount: string) =>
  unwrap(parseScenario({ name, currency, start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount, every: 'month' }] }));
const dollars = monthly('Dollars', 'USD', '10000');
const euros = monthly('Euros', 'EUR', '10000');
const uniform = { low: '1.0', high: '1.2', dist: 'uniform' } as const;

describe('an exchange rate given as a range', () => {
  it('is read with its median, and refused with a clear message when it is not a range of rates', () => {
    const issues: Issue[] = [];
    const { rates, ranges } = exchangeRates({ EUR: { low: '1.05', high: '1.15' }, GBP: { low: '1.2', high: '1.4', dist: 'triangular', mode: '1.25' } }, 'USD', issues);
    // √(1.05 × 1.15) = 1.0988630…; 1.2 + √(0.2 × 0.05 ÷ 2) = 1.2707106… (the mode below the middle: high − √(0.2 × 0.15 ÷ 2) = 1.2775255…)
    assert.deepEqual([...rates].map(([code, rate]) => [code, rate.toString()]), [['EUR', '1.098863'], ['GBP', '1.277526']]);
    assert.deepEqual([...ranges.keys()], ['EUR', 'GBP']);
    assert.deepEqual(issues, []);
    const bad = (rate: unknown) => {
      const found: Issue[] = [];
      exchangeRates({ EUR: rate as never }, 'USD', found);
      return found.map((issue) => issue.message);
    };
    assert.deepEqual(bad({ low: '1.2', high: '1.1' }), ['--rate EUR: "low" (1.2) is above "high" (1.1); give the smaller value as "low"']);
    assert.deepEqual(bad({ low: '0', high: '1.1', dist: 'uniform' }), ['--rate EUR: "low": expected a positive exchange rate (USD per EUR) such as EUR=1.08, or a range such as EUR=1.05..1.15, found "0"']);
    assert.deepEqual(bad({ low: '1', high: '1.2', dist: 'pert', mode: '1.3' }), ['--rate EUR: expected a mode from "low" (1) to "high" (1.2), found 1.3']);
    assert.deepEqual(bad({ low: '1', hgh: '1.2' }), [
      '--rate EUR: unknown key "hgh" in a range; a range has "low", "high" and optionally "dist", "mode" and "known"',
      '--rate EUR: missing required key "high" of a range',
    ]);
    const own: Issue[] = [];
    exchangeRates({ USD: { low: '1', high: '1' } }, 'USD', own);
    assert.deepEqual(own.map((issue) => issue.message), ['--rate USD: USD is the reporting currency, so its rate is 1, not a range']);
  });

  it('stands for its median in every deterministic command, which says so', () => {
    const result = compare([dollars, euros], { rates: { EUR: uniform } });
    assert.deepEqual([result.settings.rates, result.settings.ranges, result.scenarios[1]?.total], [{ EUR: '1.1' }, 'medians', '396000.00']);
    // a rate range for a currency no scenario has changes nothing
    assert.equal(compare([dollars], { rates: { EUR: uniform } }).settings.ranges, undefined);
  });

  it('without width gives the fixed-rate result to the cent, in every trial', () => {
    const fixed = compare([dollars, euros], { rates: { EUR: '1.0837' } }).scenarios[1]?.total;
    const total = simulate([dollars, euros], { rates: { EUR: { low: '1.0837', high: '1.0837' } }, trials: 1000 }).scenarios[1]?.total;
    assert.deepEqual([total?.p5, total?.p50, total?.p95, total?.mean], [fixed, fixed, fixed, fixed]);
    assert.equal(fixed, '390132.00');
  });

  it('spreads the converted scenario as the rate spreads, and leaves the other alone', () => {
    const result = simulate([dollars, euros], { rates: { EUR: uniform }, trials: 20000, seed: 4 });
    const [usd, eur] = result.scenarios;
    assert.deepEqual([usd?.total.p5, usd?.total.p95], ['360000.00', '360000.00']);
    for (const [p, value] of [[0.05, eur?.total.p5], [0.25, eur?.total.p25], [0.5, eur?.total.p50], [0.75, eur?.total.p75], [0.95, eur?.total.p95]] as const) {
      const expected = 360000 * (1 + 0.2 * p);
      const error = 360000 * 0.2 * Math.sqrt((p * (1 - p)) / 20000);
      assert.ok(Math.abs(Number(value) - expected) < 4 * error, `P${p * 100}: ${value}, expected ${expected} ± ${4 * error}`);
    }
    assert.deepEqual(
      result.uncertain.map((q) => [q.label, q.path, q.kind, q.median, q.scenarios]),
      [['exchange rate: USD per EUR', '/rates/EUR', 'exchangeRate', '1.1', ['Euros']]],
    );
    // the tornado at P10 and P90 of the rate: 1.02 and 1.18 USD per EUR
    const [rate] = result.sensitivity;
    assert.deepEqual([rate?.low, rate?.high, rate?.scenarios[0]?.atLow, rate?.scenarios[0]?.atHigh, rate?.scenarios[0]?.rankCorrelation], ['1.02', '1.18', '7200.00', '64800.00', '1.0000']);
  });

  it('is one draw per trial for every scenario in its currency: the dearer one is never the cheapest', () => {
    const dearer = unwrap(parseScenario({ ...euros.definition, name: 'Euros and a fee', costs: [...euros.definition.costs, { name: 'Fee', kind: 'recurring', amount: '1', every: 'month' }] }));
    const { simulation, samples } = simulateWithSamples([euros, dearer, dollars], { currency: 'USD', rates: { EUR: { low: '0.8', high: '1.3' } }, trials: 3000, baseline: 'Dollars' });
    assert.equal(simulation.scenarios[1]?.probabilityCheapest, '0.0000');
    assert.deepEqual(simulation.uncertain[0]?.scenarios, ['Euros', 'Euros and a fee']);
    // each trial's totals are 360,000 and 360,036 EUR at the rate it drew, to the cent
    assert.deepEqual(samples.columns.map((column) => column.name), ['exchange rate: USD per EUR', 'Euros: total', 'Euros and a fee: total', 'Dollars: total']);
    const [rates, totals, dearerTotals] = samples.columns;
    for (let t = 0; t < 3000; t++) {
      // 36 monthly entries (72 with the fee's), each converted and rounded to the cent: within as many half cents
      const rate = Number(sampleText(rates!, t));
      assert.ok(Math.abs(Number(sampleText(totals!, t)) - 360000 * rate) <= 0.18, `trial ${t}`);
      assert.ok(Math.abs(Number(sampleText(dearerTotals!, t)) - 360036 * rate) <= 0.36, `trial ${t}`);
    }
  });

  it('goes the float path and the exact engine alike, with other ranges and a count of months', () => {
    const ranged = unwrap(
      parseScenario({
        name: 'Ranged euros',
        currency: 'EUR',
        start: '2009-05',
        commitment: { months: { low: 6, high: 18, dist: 'uniform' }, renewal: { kind: 'ends' } },
        costs: [
          { name: 'Setup', kind: 'one-time', amount: '4500.55' },
          { name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '4000' }, every: 'month' },
          { name: 'Licences', kind: 'recurring', amount: '1234.56', every: 'quarter', billing: 'monthly' },
        ],
      }),
    );
    const settings = unwrap(resolveSettings([dollars, ranged, euros], { months: 24, rates: { EUR: { low: '1.05', high: '1.15', dist: 'normal' } } }));
    const quantities = uncertainQuantities([dollars, ranged, euros], settings);
    assert.deepEqual(quantities.map((q) => q.kind), ['money', 'months', 'exchangeRate']);
    const run = (exact: boolean) => simulateTrialRange([dollars, ranged, euros], settings, quantities, { trials: 500, seed: 8, first: 0, end: 500, exact });
    const [float, exact] = [run(false), run(true)];
    let off = 0;
    float.totals.forEach((totals, s) =>
      totals.forEach((total, t) => {
        const expected = exact.totals[s]![t]!;
        if (total !== expected) off++;
        assert.ok(Math.abs(total - expected) <= 1, `scenario ${s}, trial ${t}: ${total} against ${expected}`);
      }),
    );
    assert.ok(off <= 1, `${off} totals differ`);
  });

  it('makes the revisit report ask how sure we are', () => {
    const report = revisitReport([dollars, euros], { date: '2009-05-04', rates: { EUR: uniform }, trials: 500 });
    assert.equal(report.uncertainty?.uncertain[0]?.label, 'exchange rate: USD per EUR');
  });
});
