/**
 * Statistical tests with fixed seeds. A tolerance is four standard errors of the statistic for
 * the number of trials: for a percentile p of n trials, √(p(1 − p) ÷ n) ÷ f(x_p), f the
 * density there (for a uniform range of width w, f = 1 ÷ w); for a mean, σ ÷ √n.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import { formatIssue, unwrap } from '../../lib/issues/issue.js';
import { compare } from '../../lib/report/compare.js';
import { simulate, trySimulate } from '../../lib/report/simulation.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { foundingScenarios } from '../support/fixtures.js';

const { selfHosted, managed } = foundingScenarios();
const provider = (amount: unknown) =>
  unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount, every: 'month' }] }));
const near = (actual: string | number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(Number(actual) - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);

describe('simulate', () => {
  it('gives the deterministic result in every percentile, to the cent, for ranges without width', () => {
    const fixed = unwrap(
      parseScenario({
        name: 'Provider',
        currency: 'USD',
        start: '2009-05',
        costs: [
          { name: 'Setup', kind: 'one-time', amount: { low: '45000', high: '45000' } },
          { name: 'Hosting', kind: 'recurring', amount: { low: '40000', high: '40000', dist: 'normal' }, every: 'month', escalation: { rate: { low: '3%', high: '3%' } } },
        ],
      }),
    );
    const result = simulate([selfHosted, fixed], { trials: 500, discountRate: '8%' });
    const deterministic = compare([selfHosted, fixed], { discountRate: '8%' }).scenarios[1]!;
    const { total, npv } = result.scenarios[1]!;
    assert.deepEqual(new Set([total.mean, total.p5, total.p50, total.p95, result.scenarios[1]!.atMedians]), new Set([deterministic.total]));
    assert.deepEqual(new Set([npv?.mean, npv?.p5, npv?.p95]), new Set([deterministic.npv]));
  });

  it('draws a uniform range evenly: 12 months of 3,000 to 5,000 a month has P5 12 × 3,100 and P95 12 × 4,900', () => {
    const result = simulate([provider({ low: '3000', high: '5000', dist: 'uniform' })], { months: 12, trials: 20000, seed: 1 });
    const { total } = result.scenarios[0]!;
    // one standard error of P5 of 20,000 trials: √(0.05 × 0.95 ÷ 20000) × 2,000 × 12 = 37
    near(total.p5, 37200, 150, 'P5');
    near(total.p50, 48000, 250, 'P50');
    near(total.p95, 58800, 150, 'P95');
    // σ of the total: 12 × 2,000 ÷ √12 = 6,928; of the mean: 6,928 ÷ √20000 = 49
    near(total.mean, 48000, 200, 'mean');
  });

  it('draws a lognormal range around its median √(low × high), and a triangular one as its formula says', () => {
    const result = simulate([provider({ low: '30000', high: '45000' }), provider({ low: '0', high: '10', dist: 'triangular', mode: '4' })].map((s, i) => ({ ...s, name: `P${i}` })), {
      months: 1,
      trials: 20000,
      seed: 2,
    });
    const [lognormal, triangular] = result.uncertain;
    near(lognormal!.drawn.p50, Math.sqrt(30000 * 45000), 100, 'lognormal P50');
    near(lognormal!.drawn.p5, 30000, 100, 'lognormal P5');
    near(lognormal!.drawn.p95, 45000, 150, 'lognormal P95');
    // below the mode: √(p × 10 × 4); above: 10 − √((1 − p) × 10 × 6)
    near(triangular!.drawn.p5, Math.sqrt(0.05 * 40), 0.05, 'triangular P5');
    near(triangular!.drawn.p95, 10 - Math.sqrt(0.05 * 60), 0.05, 'triangular P95');
  });

  it('is the same for the same seed, byte for byte, and differs for another', () => {
    const scenarios = [selfHosted, provider({ low: '3000', high: '5000' })];
    const a = JSON.stringify(simulate(scenarios, { trials: 3000, seed: 11 }));
    assert.equal(JSON.stringify(simulate(scenarios, { trials: 3000, seed: 11 })), a);
    assert.notEqual(JSON.stringify(simulate(scenarios, { trials: 3000, seed: 12 })), a);
  });

  it('counts how often each option is the cheapest: about half for a provider around self-hosting’s 4,000 a month', () => {
    const result = simulate([selfHosted, provider({ low: '3000', high: '5000', dist: 'uniform' })], { months: 12, trials: 10000, seed: 3 });
    const [own, other] = result.scenarios;
    // √(0.25 ÷ 10000) = 0.005
    near(other!.probabilityCheapest, 0.5, 0.02, 'P(provider cheapest)');
    assert.equal(Number(own!.probabilityCheapest) + Number(other!.probabilityCheapest), 1);
    assert.equal(other!.probabilityCheaperThanBaseline, other!.probabilityCheapest);
  });

  it('draws a range shared through a base file once per trial for every scenario: the dearer never wins', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'costmodel-shared-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'business.json'), JSON.stringify({ currency: 'USD', start: '2009-05', drivers: { customers: { value: { low: 50, high: 500 } } } }));
    const option = (name: string, fee: string) =>
      JSON.stringify({ extends: 'business.json', name, costs: [{ name: 'Per customer', kind: 'usage', driver: 'customers', price: '10' }, { name: 'Support', kind: 'recurring', amount: fee, every: 'month' }] });
    writeFileSync(join(dir, 'cheap.json'), option('Cheap', '100'));
    writeFileSync(join(dir, 'dear.json'), option('Dear', '101'));
    const scenarios = await loadScenarios([join(dir, 'cheap.json'), join(dir, 'dear.json')]);
    const result = simulate(scenarios, { months: 12, trials: 2000 });
    assert.equal(result.uncertain.length, 1);
    assert.deepEqual(result.uncertain[0]?.scenarios, ['Cheap', 'Dear']);
    assert.deepEqual([result.scenarios[0]?.probabilityCheapest, result.scenarios[1]?.probabilityCheapest], ['1.0000', '0.0000']);
    assert.deepEqual(new Set([result.scenarios[1]?.difference?.p5, result.scenarios[1]?.difference?.p95]), new Set(['12.00']));
  });

  it('gives the break-even distribution against the baseline, and its odds within the horizon and the term', () => {
    // the provider never breaks even with self-hosting unless its fee falls far: here it never does
    const result = simulate([selfHosted, managed], { trials: 50 });
    assert.deepEqual(result.scenarios[1]?.breakEven, { p5: null, p10: null, p25: null, p50: null, p75: null, p90: null, p95: null, withinHorizon: '0.0000', withinCommitment: '0.0000' });
  });

  it('ranks the inputs by how far each alone moves the difference to the baseline, P10 to P90, the others at their medians', () => {
    const fee = { low: '3000', high: '5000', dist: 'uniform' };
    const setup = { low: '0', high: '100', dist: 'uniform' };
    const two = unwrap(
      parseScenario({
        name: 'Provider',
        currency: 'USD',
        start: '2009-05',
        costs: [
          { name: 'Setup', kind: 'one-time', amount: setup },
          { name: 'Hosting', kind: 'recurring', amount: fee, every: 'month' },
        ],
      }),
    );
    const result = simulate([selfHosted, two], { months: 12, trials: 4000, seed: 4 });
    assert.deepEqual(
      result.sensitivity.map((s) => [s.label, s.low, s.high, s.scenarios[0]?.atLow, s.scenarios[0]?.atHigh, s.swing]),
      [
        // the fee at 3,200 and 4,800, the setup at its median 50: 50 + 12 × (3,200 − 4,000) and 50 + 12 × 800
        ['Provider: Hosting', '3200', '4800', '-9550.00', '9650.00', '19200.00'],
        // the setup at 10 and 90, the fee at its median 4,000
        ['Provider: Setup', '10', '90', '10.00', '90.00', '80.00'],
      ],
    );
    // the fee decides almost everything: its draws and the difference rise together
    assert.ok(Number(result.sensitivity[0]?.scenarios[0]?.rankCorrelation) > 0.99);
  });

  describe('what waiting is worth', () => {
    // Self-hosting costs 4,000 a month; the provider X ~ uniform 3,100 to 5,100 a month, 24 months,
    // revisit in month 13. Deciding now: the provider's expected 24 × 4,100 = 98,400 is above
    // 96,000, so self-hosting, 96,000. Waiting: 12 × 4,000, then 12 × min(X, 4,000); E[min] =
    // 0.45 × 3,550 + 0.55 × 4,000 = 3,797.50, so 48,000 + 45,570 = 93,570: waiting is worth 2,430,
    // and is right when X < 4,000 (45%). Foresight: min(96,000, 24 X), 24 × 3,797.50 = 91,140: regret
    // 4,860. Standard errors of 20,000 trials: 24 for the value, 0.0035 for the share, 48 for the regret.
    const negotiable = (known?: 'never') => provider({ low: '3100', high: '5100', dist: 'uniform', ...(known === undefined ? {} : { known }) });

    it('weighs deciding now against waiting until the revisit date, in money', () => {
      const waiting = simulate([selfHosted, negotiable()], { months: 24, trials: 20000, seed: 5, revisit: '2010-05' }).waiting!;
      assert.equal(waiting.decideNow, 'Self-hosted');
      assert.deepEqual(new Set(Object.values(waiting.decideNowCost)), new Set(['96000.00']));
      near(waiting.waitCost.mean, 93570, 100, 'expected cost of waiting');
      near(waiting.valueOfWaiting.mean, 2430, 100, 'value of waiting');
      // waiting never costs more here: it keeps self-hosting unless the provider is cheaper
      assert.equal(waiting.valueOfWaiting.p5, '0.00');
      near(waiting.probabilityWaitingRight, 0.45, 0.015, 'P(waiting right)');
      near(waiting.expectedRegretNow, 4860, 200, 'regret of deciding now');
      assert.deepEqual(waiting.choices.map((c) => c.scenario), ['Self-hosted', 'Provider']);
      near(waiting.choices[1]!.probability, 0.45, 0.015, 'P(waiting signs the provider)');
    });

    it('decides at the revisit date without what waiting will not tell ("known": "never"): at the median, self-hosting, worth nothing', () => {
      const waiting = simulate([selfHosted, negotiable('never')], { months: 24, trials: 2000, seed: 5, revisit: '2010-05' }).waiting!;
      assert.deepEqual([waiting.valueOfWaiting.mean, waiting.probabilityWaitingRight, waiting.choices[0]?.probability], ['0.00', '0.0000', '1.0000']);
    });

    it('is absent without a revisit month, and refuses one outside the analysis', () => {
      assert.equal(simulate([selfHosted], { trials: 10 }).waiting, null);
      const result = trySimulate([selfHosted], { trials: 10, revisit: '2009-05' });
      assert.deepEqual(result.ok ? [] : result.issues.map(formatIssue), ['--revisit: expected a month after the start of the analysis (2009-05) and within it (to 2012-04), found 2009-05']);
    });
  });

  it('refuses bad trials and seeds with every other problem at once', () => {
    const result = trySimulate([selfHosted], { trials: 1.5, seed: 2 ** 32, months: 0 });
    assert.deepEqual(result.ok ? [] : result.issues.map(formatIssue), [
      '--trials: expected a whole number of trials from 1 to 1000000, found 1.5',
      '--seed: expected a whole number from 0 to 4294967295, found 4294967296',
      '--months: expected a whole number of months from 1 to 1200, found 0',
    ]);
  });
});
