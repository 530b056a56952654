/**
 * The float path of a simulation against the exact engine on the same draws: for every kind
 * of item, every rangeable input (counts of months too), both views, drivers, a conversion and a commitment's end,
 * each trial's monthly entries through trialModel must be those of the exact ledger of the
 * scenario with the drawn values written in — to the cent, at most one entry in a thousand
 * off by one minor unit (where a float product lands within rounding of a half cent).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveSettings, type AnalysisSettings } from '../../lib/analysis/analysisSettings.js';
import { comparisonLedger } from '../../lib/analysis/comparisonLedger.js';
import { scenarioTrialModel } from '../../lib/analysis/trialLedgers.js';
import { simulateTrialRange } from '../../lib/analysis/simulateTrials.js';
import { mergeTrialOutcomes, trialShares } from '../../lib/analysis/trialShares.js';
import { uncertainQuantities, type UncertainQuantity } from '../../lib/analysis/uncertainQuantities.js';
import { unwrap } from '../../lib/issues/issue.js';
import { simulate } from '../../lib/report/simulation.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import type { Scenario } from '../../lib/scenario/scenario.js';
import { roundHalfAway } from '../../lib/money/roundHalfAway.js';

const TRIALS = 400;
const range = (low: string, high: string, dist?: string) => ({ low, high, ...(dist === undefined ? {} : { dist }) });

const everyKind = unwrap(
  parseScenario({
    name: 'Every kind',
    currency: 'USD',
    start: '2009-05',
    drivers: {
      customers: { value: range('150', '250'), growth: { add: range('5', '25', 'uniform'), every: 'month' } },
      storage: { value: range('10', '30', 'normal'), growth: { rate: range('1%', '6%'), every: 'quarter' } },
    },
    commitment: { months: 30, exitFee: { kind: 'share', rate: range('20%', '60%', 'uniform') } },
    costs: [
      { name: 'Setup', kind: 'one-time', amount: range('40000', '50000'), month: '2009-07' },
      { name: 'Hosting', kind: 'recurring', amount: range('3000.10', '4500.90'), every: 'month', escalation: { rate: range('1%', '7%'), every: 'year' } },
      { name: 'Licences', kind: 'recurring', amount: { low: '10000', high: '14000', dist: 'triangular', mode: '11000' }, every: 'year', billing: 'monthly', escalation: { rate: range('0%', '5%', 'uniform'), every: 'year' } },
      { name: 'Support', kind: 'recurring', amount: range('2500', '3300', 'uniform'), every: 'quarter', billing: 'upfront', from: '2009-08', months: 20 },
      { name: 'Administrator', kind: 'staff', annualCost: range('90000', '120000'), fte: 1.5, raise: range('2%', '5%', 'uniform'), onCallStipend: range('200', '400', 'uniform'), from: '2009-09' },
      { name: 'Servers', kind: 'hardware', price: range('20000', '30000'), lifeMonths: 7, salvage: range('1000', '6000', 'uniform'), from: '2009-06' },
      { name: 'Per customer', kind: 'usage', driver: 'customers', tiers: [{ upTo: 220, price: range('2', '4', 'uniform') }, { price: range('1', '2.5', 'uniform') }], minimum: range('300', '500', 'uniform') },
      { name: 'Storage', kind: 'usage', driver: 'storage', tiering: 'volume', tiers: [{ upTo: 20, price: range('30', '50', 'uniform') }, { price: range('20', '40', 'uniform') }], every: 'quarter' },
      { name: 'Racks', kind: 'step', driver: 'customers', blockSize: 40, included: 100, oneTimePerBlock: range('3000', '6000', 'uniform'), recurringPerBlock: range('400', '700', 'uniform') },
      { name: 'Tape', kind: 'step', driver: 'storage', blockSize: 7, oneTimePerBlock: '150', recurringPerBlock: range('30', '60', 'uniform'), releaseUnused: true },
    ],
  }),
);

/** Each trial's monthly entries by both paths: the same to the cent, but for at most one in a thousand entries a minor unit off. */
function assertClose(scenarios: readonly Scenario[], options: Parameters<typeof resolveSettings>[1]) {
  const settings = unwrap(resolveSettings(scenarios, options));
  return assertCloseWith(scenarios, settings, uncertainQuantities(scenarios));
}

function assertCloseWith(scenarios: readonly Scenario[], settings: AnalysisSettings, quantities: readonly UncertainQuantity[]) {
  const run = (exact: boolean) => simulateTrialRange(scenarios, settings, quantities, { trials: TRIALS, seed: 11, first: 0, end: TRIALS, exact });
  const [float, exact] = [run(false), run(true)];
  let entries = 0;
  let off = 0;
  // Each month's entry, from the cumulative costs both paths keep of every trial here (fewer than CUMULATIVE_TRIALS).
  const months = settings.months;
  float.cumulative.forEach((cumulative, s) => {
    const exactCumulative = exact.cumulative[s] as Float64Array;
    for (let t = 0; t < TRIALS; t++) {
      for (let m = 0; m < months; m++) {
        const at = t * months + m;
        const value = (cumulative[at] as number) - (m === 0 ? 0 : (cumulative[at - 1] as number));
        const expected = (exactCumulative[at] as number) - (m === 0 ? 0 : (exactCumulative[at - 1] as number));
        entries++;
        if (value !== expected) {
          off++;
          assert.ok(Math.abs(value - expected) <= 1, `scenario ${s}, month ${m + 1}, trial ${t}: float ${value}, exact ${expected}`);
        }
      }
    }
  });
  assert.ok(off * 1000 <= entries, `${off} of ${entries} monthly entries differ`);
  assert.deepEqual([...float.draws.map((draws) => [...draws])], [...exact.draws.map((draws) => [...draws])], 'both paths draw the same values');
  return { float, exact };
}

describe('the float path of a simulation', () => {
  it('gives the exact ledger for every kind of item and every rangeable input, month by month', () => {
    const { float, exact } = assertClose([everyKind], { months: 48 });
    assert.ok(float.totals[0]!.some((total, t) => total !== float.totals[0]![(t + 1) % TRIALS]), 'the draws vary');
    assert.equal(float.totals[0]!.filter((total, t) => total !== exact.totals[0]![t]).length <= 1, true);
  });

  it('gives the exact ledger in the amortized view, from a later month, and discounted', () => {
    const { float, exact } = assertClose([everyKind], { months: 60, view: 'amortized', from: '2010-02', discountRate: '8%' });
    // NPV: float64 sums of each month's units times its factor, rounded once: within a cent of the exact one
    float.npvs![0]!.forEach((npv, t) => assert.ok(Math.abs(npv - exact.npvs![0]![t]!) <= 1, `trial ${t}: NPV ${npv} against ${exact.npvs![0]![t]}`));
  });

  it('converts entry by entry into the reporting currency, as the exact conversion does', () => {
    const inEuros = unwrap(parseScenario({ ...everyKind.definition, name: 'In euros', currency: 'EUR' }));
    assertClose([everyKind, inEuros], { months: 36, rates: { EUR: '1.0837' } });
  });

  it('converts entry by entry at an exchange rate drawn in each trial, as the exact conversion does', () => {
    const inEuros = unwrap(parseScenario({ ...everyKind.definition, name: 'In euros', currency: 'EUR' }));
    const options = { months: 36, rates: { EUR: { low: '1.02', high: '1.16', dist: 'normal' } } } as const;
    const settings = unwrap(resolveSettings([everyKind, inEuros], options));
    const quantities = uncertainQuantities([everyKind, inEuros], settings);
    const uses = quantities.flatMap((quantity, q) => (quantity.scenarios.includes(1) ? [{ quantity, q }] : []));
    assert.equal(uses.at(-1)?.quantity.kind, 'exchangeRate');
    assert.notEqual(scenarioTrialModel(inEuros, comparisonLedger([everyKind, inEuros], settings)[1]!, settings, uses), undefined, 'the float path is taken');
    assertCloseWith([everyKind, inEuros], settings, quantities);
  });

  it('stops an item where its commitment ends', () => {
    const ends = unwrap(parseScenario({ ...everyKind.definition, name: 'Ends', commitment: { months: 12, renewal: { kind: 'ends' } } }));
    const { float } = assertClose([ends], { months: 24 });
    // after the term only the items outside it... nothing at all: every item ends with it
    assert.ok(float.years[0]![1]!.every((year) => year === 0));
  });

  it('leaves a scenario whose price after the term is a range to the exact engine, with the same draws', () => {
    const renewing = unwrap(parseScenario({ ...everyKind.definition, name: 'Renews', commitment: { months: 12, renewal: { kind: 'monthly', price: range('40000', '50000') } } }));
    assertClose([renewing], { months: 24 });
  });
});

describe('counts of months drawn', () => {
  const months = (low: number, high: number, dist = 'uniform') => ({ low, high, dist });
  const counted = unwrap(
    parseScenario({
      ...everyKind.definition,
      name: 'Counted',
      commitment: { months: months(10, 30), noticeMonths: months(0, 3), renewal: { kind: 'ends' } },
      costs: everyKind.definition.costs.map((cost) =>
        cost.kind === 'hardware' ? { ...cost, lifeMonths: months(4, 14) } : cost.kind === 'one-time' ? cost : { ...cost, months: months(6, 40, cost.kind === 'staff' ? 'normal' : 'uniform') },
      ),
    }),
  );

  it('change the shape of the ledger: the float path gives the exact ledger of the drawn counts', () => {
    const settings = unwrap(resolveSettings([counted], { months: 36 }));
    const quantities = uncertainQuantities([counted]);
    assert.equal(quantities.filter((q) => q.kind === 'months').length, 11);
    const uses = quantities.map((quantity, q) => ({ quantity, q }));
    assert.notEqual(scenarioTrialModel(counted, comparisonLedger([counted], settings)[0]!, settings, uses), undefined, 'the float path is taken');
    const { float } = assertClose([counted], { months: 36 });
    assert.ok(new Set(float.totals[0]).size > TRIALS / 2, 'the draws vary');
  });

  it('in another currency, amortized, from a later month', () => {
    const inEuros = unwrap(parseScenario({ ...counted.definition, name: 'In euros', currency: 'EUR' }));
    assertClose([counted, inEuros], { months: 40, rates: { EUR: '1.0837' }, view: 'amortized', from: '2009-09' });
  });

  it('with the exchange rate drawn too: each trial converts the ledger of its drawn counts at its drawn rate', () => {
    const inEuros = unwrap(parseScenario({ ...counted.definition, name: 'In euros', currency: 'EUR' }));
    const settings = unwrap(resolveSettings([counted, inEuros], { months: 36, rates: { EUR: { low: '1.02', high: '1.16', dist: 'uniform' } } }));
    const quantities = uncertainQuantities([counted, inEuros], settings);
    assert.deepEqual(quantities.filter((q) => q.kind === 'exchangeRate').map((q) => q.scenarios), [[1]]);
    assertCloseWith([counted, inEuros], settings, quantities);
  });
});

describe('a drawn hardware price below its salvage', () => {
  const own = unwrap(
    parseScenario({ name: 'Own', currency: 'USD', start: '2009-05', costs: [{ name: 'Servers', kind: 'hardware', price: range('500', '2000', 'uniform'), lifeMonths: 12, salvage: '1000' }] }),
  );

  it('brings the salvage down to the price, by both paths alike', () => {
    const { float } = assertClose([own], { months: 24 });
    // a life that gets back all it cost: nothing over two whole lives when the price is at most 1,000.00
    float.draws[0]!.forEach((price, t) => {
      if (price <= 1000) assert.equal(float.totals[0]![t], 0, `trial ${t}: price ${price}`);
      else assert.equal(float.totals[0]![t], 2 * Math.round((price - 1000) * 100));
    });
  });

  it('is simulated without an error, its sensitivity included', () => {
    const result = simulate([own], { trials: 2000, months: 24 });
    assert.equal(result.scenarios[0]?.total.p5, '0.00');
  });
});

describe('trials over threads', () => {
  it('merges the shares of any number of threads into the outcomes of one', () => {
    const settings = unwrap(resolveSettings([everyKind], { months: 24 }));
    const quantities = uncertainQuantities([everyKind]);
    const trials = 3500;
    const one = simulateTrialRange([everyKind], settings, quantities, { trials, seed: 5, first: 0, end: trials, exact: false });
    for (const threads of [2, 3, 4, 8]) {
      const shares = trialShares(trials, threads);
      assert.equal(shares.length, Math.min(threads, 4));
      const merged = mergeTrialOutcomes(shares.map(({ first, end }) => simulateTrialRange([everyKind], settings, quantities, { trials, seed: 5, first, end, exact: false })));
      assert.deepEqual([...merged.totals[0]!], [...one.totals[0]!], `${threads} threads`);
      assert.deepEqual([...merged.draws.flatMap((draws) => [...draws])], [...one.draws.flatMap((draws) => [...draws])]);
      assert.deepEqual([...merged.cheapest], [...one.cheapest]);
    }
  });

  it('refuses a share that does not start on a block of trials', () => {
    const settings = unwrap(resolveSettings([everyKind], { months: 12 }));
    assert.throws(() => simulateTrialRange([everyKind], settings, uncertainQuantities([everyKind]), { trials: 2000, seed: 1, first: 500, end: 2000, exact: false }), /blocks of 1000/);
  });
});

describe('roundHalfAway', () => {
  it('rounds halves away from zero, as money is rounded', () => {
    assert.deepEqual([0.5, 1.5, 2.5, -0.5, -2.5, 2.4999999999999996, 1e15 + 0.5].map(roundHalfAway), [1, 2, 3, -1, -3, 2, 1e15 + 1]);
  });
});
