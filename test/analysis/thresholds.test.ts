/**
 * Thresholds are checked the way a sceptical analyst would: by editing the one input in the
 * scenario file, running the whole comparison again, and looking at who is cheapest. The
 * expected values are worked out by hand in the comments.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unwrap } from '../../lib/issues/issue.js';
import { Money } from '../../lib/money/decimal.js';
import { compare } from '../../lib/report/compare.js';
import { findThresholds, tryFindThresholds, type Threshold, type ThresholdAnalysis } from '../../lib/analysis/thresholds.js';
import { thresholdInputs } from '../../lib/scenario/thresholdInputs.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import type { Scenario } from '../../lib/scenario/scenario.js';
import type { AnalysisOptions } from '../../lib/analysis/analysisSettings.js';
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import { foundingScenarios, projectRoot, readExample, scenarioOf } from '../support/fixtures.js';
import type { ScenarioFile } from '../../lib/scenario/scenarioFile.js';

const { selfHosted, managed } = foundingScenarios();

/** The scenario file with the value at a JSON Pointer replaced, parsed again. */
function edited(scenario: Scenario, path: string, value: string | number): Scenario {
  const definition = JSON.parse(JSON.stringify(scenario.definition)) as Record<string, unknown>;
  const keys = path.split('/').slice(1);
  let node = definition;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1) as string] = value;
  return unwrap(parseScenario(definition));
}

/** Every scenario's total (or NPV), by name. */
function values(scenarios: readonly Scenario[], options: AnalysisOptions, metric: 'total' | 'npv'): Map<string, string> {
  return new Map(compare(scenarios, options).scenarios.map((s) => [s.name, new Money((metric === 'total' ? s.total : s.npv) as string).toFixed(2)]));
}

/** Who is cheapest: a tie goes to the baseline, then to the scenario listed first. */
function cheapest(scenarios: readonly Scenario[], options: AnalysisOptions, metric: 'total' | 'npv'): { name: string; values: Map<string, string> } {
  const all = values(scenarios, options, metric);
  const baseline = compare(scenarios, options).settings.baseline;
  let name = baseline;
  for (const [other, value] of all) if (new Money(value).lessThan(all.get(name) as string)) name = other;
  return { name, values: all };
}

function withThreshold(scenarios: readonly Scenario[], t: Threshold, value: string): Scenario[] {
  return scenarios.map((s) => (s.name === t.scenario ? edited(s, t.path, t.kind === 'months' ? Number(value) : value) : s));
}

/** The decision holds at the threshold and flips one step beyond it, to the scenario named. */
function assertConfirmed(scenarios: readonly Scenario[], options: AnalysisOptions, analysis: ThresholdAnalysis): void {
  for (const t of analysis.thresholds) {
    if (t.value === null) continue;
    const beyond = new Money(t.value).plus(t.direction === 'up' ? t.step : new Money(t.step).negated()).toFixed(new Money(t.step).decimalPlaces());
    const at = cheapest(withThreshold(scenarios, t, t.value), options, analysis.metric);
    const past = cheapest(withThreshold(scenarios, t, beyond), options, analysis.metric);
    assert.equal(at.name, analysis.cheapest, `${t.scenario} ${t.path} = ${t.value}: the decision should still hold`);
    assert.equal(past.name, t.becomes, `${t.scenario} ${t.path} = ${beyond}: ${t.becomes} should be cheapest`);
  }
}

describe('thresholds', () => {
  describe('the founding example over 36 months', () => {
    const found = findThresholds([selfHosted, managed], { months: 36 });
    const byItem = (item: string | null) => found.total.thresholds.find((t) => t.item === item) as Threshold;

    it('the provider fee must fall to 2,750.00 a month: 45,000 + 36 × 2,750 = 144,000', () => {
      const fee = byItem('Managed hosting');
      assert.deepEqual([fee.value, fee.direction, fee.becomes, fee.per, fee.method, fee.step], ['2750.00', 'down', 'Managed provider', 'a month', 'linear', '0.01']);
      // 2,750 ÷ 40,000 − 1 = −0.93125
      assert.equal(fee.change, '-0.93125');
    });

    it('self-hosting must rise to 495,000.00 a year: 3 × 495,000 = 1,485,000', () => {
      const own = byItem('Self-hosting');
      assert.deepEqual([own.value, own.direction, own.becomes, own.per, own.change], ['495000.00', 'up', 'Managed provider', 'a year', '9.3125']);
    });

    it('no setup fee and no commitment length alone changes the decision', () => {
      // Even a free setup leaves the provider at 1,440,000.00; the term does not change the horizon's payments.
      for (const item of ['Migration and setup', null]) {
        const t = byItem(item);
        assert.deepEqual([t.value, t.direction, t.change, t.becomes], [null, null, null, null]);
      }
    });

    it('ranks by the smallest relative change, inputs without a threshold last', () => {
      assert.deepEqual(
        found.total.thresholds.map((t) => t.item),
        ['Managed hosting', 'Self-hosting', 'Migration and setup', null],
      );
      assert.equal(found.total.cheapest, 'Self-hosted');
      assert.equal(found.npv, null);
    });

    it('at the thresholds the two totals are equal, and one cent beyond the decision flips', () => {
      const fee = byItem('Managed hosting');
      const atFee = cheapest(withThreshold([selfHosted, managed], fee, '2750.00'), { months: 36 }, 'total');
      assert.deepEqual([...atFee.values.values()], ['144000.00', '144000.00']);
      assert.equal(atFee.name, 'Self-hosted');
      assert.equal(cheapest(withThreshold([selfHosted, managed], fee, '2749.99'), { months: 36 }, 'total').name, 'Managed provider');

      const own = byItem('Self-hosting');
      const atOwn = cheapest(withThreshold([selfHosted, managed], own, '495000.00'), { months: 36 }, 'total');
      assert.deepEqual([...atOwn.values.values()], ['1485000.00', '1485000.00']);
      // 495,000.01 a year billed monthly: the leftover cent goes to the first month of each year
      assert.equal(cheapest(withThreshold([selfHosted, managed], own, '495000.01'), { months: 36 }, 'total').values.get('Self-hosted'), '1485000.03');
      assert.equal(cheapest(withThreshold([selfHosted, managed], own, '495000.01'), { months: 36 }, 'total').name, 'Managed provider');
    });
  });

  describe('confirmed by running the model again', () => {
    const hire = scenarioOf(readExample('self-hosted-with-it-hire.json') as ScenarioFile);
    // 1,000 a month and no setup: 36,000 over three years against self-hosting's 144,000
    const cheaperProvider = scenarioOf({ name: 'Cheaper provider', currency: 'USD', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount: '1000', every: 'month' }] });
    const cases: [string, Scenario[], AnalysisOptions][] = [
      ['the founding pair, by NPV at 8%', [selfHosted, managed], { months: 36, discountRate: '8%' }],
      ['three options', [selfHosted, managed, hire], { months: 36 }],
      ['three options over five years at 5%', [selfHosted, managed, hire], { months: 60, discountRate: '5%' }],
      ['the provider as the baseline', [selfHosted, managed], { months: 36, baseline: 'Managed provider' }],
      ['a cheaper option than the baseline, where a tie goes back to the baseline', [selfHosted, cheaperProvider], { months: 36 }],
      ['a short horizon', [selfHosted, managed], { months: 7 }],
    ];
    for (const [name, scenarios, options] of cases) {
      it(name, () => {
        const found = findThresholds(scenarios, options);
        assertConfirmed(scenarios, options, found.total);
        if (found.npv !== null) assertConfirmed(scenarios, options, found.npv);
      });
    }
  });

  it('confirmed for every kind of item, overlap, renewal and NPV at once (docs/examples/every-key.json, 60 months at 8%)', async () => {
    const scenarios = await loadScenarios([`${projectRoot}scenarios/self-hosted.json`, `${projectRoot}docs/examples/every-key.json`]);
    const options = { months: 60, discountRate: '8%' };
    const found = findThresholds(scenarios, options);
    assert.ok(found.total.thresholds.some((t) => t.value !== null) && found.npv !== null);
    assertConfirmed(scenarios, options, found.total);
    assertConfirmed(scenarios, options, found.npv);
  });

  it('a tie goes to the baseline: when another option is cheapest, its threshold stops one cent short of the tie', () => {
    // Cheaper provider: 36 × 1,000 = 36,000. Self-hosting ties at 12,000 a year (36,000 over three years) and would win the tie,
    // so the decision holds down to 12,000.01 a year (36,000.03) and flips at 12,000.00.
    const cheaperProvider = scenarioOf({ name: 'Cheaper provider', currency: 'USD', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount: '1000', every: 'month' }] });
    const found = findThresholds([selfHosted, cheaperProvider], { months: 36 });
    const own = found.total.thresholds.find((t) => t.item === 'Self-hosting') as Threshold;
    assert.deepEqual([found.total.cheapest, own.value, own.direction, own.becomes], ['Cheaper provider', '12000.01', 'down', 'Self-hosted']);
  });

  it('an escalation rate is found by bisection to within 0.000001', () => {
    // Self-hosting 48,000 a year escalating by r from year 2: 48,000 × (1 + x + x²) = 1,485,000 with x = 1 + r,
    // so x² + x − 29.9375 = 0 and x = (−1 + √120.75) ÷ 2.
    const definition = selfHosted.definition;
    const withRate = unwrap(parseScenario({ ...definition, costs: [{ ...definition.costs[0], escalation: { rate: '3%' } }] }));
    const expected = (-1 + Math.sqrt(120.75)) / 2 - 1;
    const found = findThresholds([withRate, managed], { months: 36 });
    const rate = found.total.thresholds.find((t) => t.kind === 'rate') as Threshold;
    assert.equal(rate.method, 'search');
    assert.equal(rate.step, '0.000001');
    assert.equal(rate.direction, 'up');
    assert.ok(Math.abs(Number(rate.value) - expected) <= 2e-6, `${rate.value} is not within 0.000002 of ${expected}`);
    assertConfirmed([withRate, managed], { months: 36 }, found.total);
  });

  it('a commitment length matters when the price changes after the term', () => {
    // After the term the provider charges 1,000 a month. Over 36 months with a term of L months:
    // 45,000 + 40,000 L + 1,000 (36 − L) is below 144,000 only for L = 1 (120,000); L = 2 gives 159,000.
    const renewing = scenarioOf({ ...(managed.definition as ScenarioFile), commitment: { months: 24, renewal: { kind: 'monthly', price: '1000' } } } as ScenarioFile);
    const found = findThresholds([selfHosted, renewing], { months: 36 });
    const months = found.total.thresholds.find((t) => t.kind === 'months') as Threshold;
    assert.deepEqual([months.value, months.direction, months.becomes, months.method], ['2', 'down', 'Managed provider', 'every value']);
    assertConfirmed([selfHosted, renewing], { months: 36 }, found.total);
  });

  it('lists the inputs of every kind of item with its JSON Pointer', () => {
    const growth = ['business.json', 'self-hosted.json', 'managed-provider.json'].map((file) => readExample(`growth/${file}`));
    assert.ok(growth.length === 3);
    assert.deepEqual(
      thresholdInputs(managed).map((input) => input.path),
      ['/costs/0/amount', '/costs/1/amount', '/commitment/months'],
    );
  });

  it('returns bad options as issues', () => {
    const result = tryFindThresholds([selfHosted, managed], { baseline: 'Cloud' });
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.issues.map((issue) => issue.code), ['unknown-baseline']);
  });
});
