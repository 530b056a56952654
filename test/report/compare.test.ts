import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../../lib/issues/issue.js';
import { compare, tryCompare, tryCompareWritingMonths } from '../../lib/report/compare.js';
import type { ScenarioComparison } from '../../lib/report/comparison.js';
import { foundingScenarios, scenarioOf, times } from '../support/fixtures.js';

const { selfHosted, managed } = foundingScenarios();

function byName(scenarios: readonly ScenarioComparison[], name: string): ScenarioComparison {
  const found = scenarios.find((scenario) => scenario.name === name);
  assert.ok(found, `no scenario named ${name}`);
  return found;
}

/** k × step for k = 1 … count, as money strings. */
function runningTotals(count: number, step: number, start = 0): string[] {
  return Array.from({ length: count }, (_, k) => (start + step * (k + 1)).toFixed(2));
}

describe('compare', () => {
  it('gives each scenario\'s month-by-month figures as plain data properties, not getters', () => {
    const provider = compare([selfHosted, managed], { months: 3 }).scenarios[1] as ScenarioComparison;
    for (const key of ['years', 'monthly', 'cumulative', 'categories', 'items']) assert.equal(Object.getOwnPropertyDescriptor(provider, key)?.get, undefined, key);
    assert.deepEqual(Object.keys(provider).slice(7, 12), ['npv', 'difference', 'monthly', 'cumulative', 'categories']);
  });

  it('writes the month-by-month figures on first read when asked, in their place among the keys, the same on every read', () => {
    const compared = tryCompareWritingMonths([selfHosted, managed], { months: 3 }, 'on first read');
    assert.ok(compared.ok);
    const provider = compared.value.scenarios[1] as ScenarioComparison;
    for (const key of ['years', 'monthly', 'cumulative', 'categories', 'items']) assert.equal(typeof Object.getOwnPropertyDescriptor(provider, key)?.get, 'function', key);
    // 45,000 setup + 40,000 a month
    assert.deepEqual(provider.monthly, ['85000.00', '40000.00', '40000.00']);
    assert.deepEqual(provider.years, ['165000.00']);
    assert.deepEqual(provider.items.map((item) => [item.name, item.total]), [['Migration and setup', '45000.00'], ['Managed hosting', '120000.00']]);
    assert.equal(provider.monthly, provider.monthly);
    assert.equal(Object.getOwnPropertyDescriptor(provider, 'monthly')?.get, undefined);
    const copy = JSON.parse(JSON.stringify(provider)) as ScenarioComparison;
    assert.deepEqual(copy.cumulative, ['85000.00', '125000.00', '165000.00']);
    assert.deepEqual(copy.categories.map((category) => [category.category, category.total, category.monthly]), [['migration', '45000.00', ['45000.00', '0.00', '0.00']], ['hosting', '120000.00', ['40000.00', '40000.00', '40000.00']]]);
    assert.deepEqual(Object.keys(provider).slice(7, 12), ['npv', 'difference', 'monthly', 'cumulative', 'categories']);
    assert.deepEqual({ ...provider }, copy);
    assert.deepEqual(compared.value, compare([selfHosted, managed], { months: 3 }));
    // What the getters write from is kept out of sight: no key, no enumerable symbol.
    assert.deepEqual(Object.keys(provider), Object.keys(compare([selfHosted, managed], { months: 3 }).scenarios[1] as ScenarioComparison));
    assert.deepEqual(Object.getOwnPropertySymbols(provider).filter((symbol) => Object.getOwnPropertyDescriptor(provider, symbol)?.enumerable), []);
    // Every field read: nothing is kept to write them from.
    for (const symbol of Object.getOwnPropertySymbols(provider)) assert.equal(Reflect.get(provider, symbol), undefined);
  });

  it('keeps what a result written on first read writes its fields from until the last of them is read, and only that long', () => {
    const compared = tryCompareWritingMonths([selfHosted, managed], { months: 3 }, 'on first read');
    assert.ok(compared.ok);
    const provider = compared.value.scenarios[1] as ScenarioComparison;
    const [symbol] = Object.getOwnPropertySymbols(provider);
    assert.ok(symbol !== undefined);
    const fields = ['categories', 'years', 'monthly', 'items', 'cumulative'] as const;
    for (const [index, field] of fields.entries()) {
      assert.notEqual(Reflect.get(provider, symbol), undefined, `before ${field}`);
      void provider[field];
      // Read again: the same value, counted once.
      void provider[field];
      assert.equal(Reflect.get(provider, symbol) === undefined, index === fields.length - 1, `after ${field}`);
    }
    // 45,000 setup + 40,000 a month, the sums of the categories and years all there
    assert.deepEqual(provider.cumulative, ['85000.00', '125000.00', '165000.00']);
    assert.deepEqual(provider.years, ['165000.00']);
    assert.deepEqual(provider.categories.map((category) => category.total), ['45000.00', '120000.00']);
  });

  it('writes on first read what it writes at once, for sums beyond 2^53 minor units and below zero too', () => {
    const huge = scenarioOf({
      name: 'Huge',
      currency: 'USD',
      start: '2009-05',
      costs: [
        { name: 'Mainframe', kind: 'recurring', amount: '90071992547409.93', every: 'month', category: 'hosting' },
        { name: 'Racks', kind: 'hardware', price: '1000', lifeMonths: 2, salvage: '400', category: 'hardware' },
      ],
    });
    // Sums small enough to be packed as numbers, and made per category on first read, some below zero.
    const racks = scenarioOf({
      name: 'Racks',
      currency: 'USD',
      start: '2009-05',
      costs: [
        { name: 'Racks', kind: 'hardware', price: '1000', lifeMonths: 2, salvage: '1000', category: 'hardware' },
        { name: 'Power', kind: 'recurring', amount: '100', every: 'month', category: 'hosting' },
      ],
    });
    const later = tryCompareWritingMonths([selfHosted, huge, racks], { months: 4 }, 'on first read');
    assert.ok(later.ok);
    const [own, big, small] = later.value.scenarios as [ScenarioComparison, ScenarioComparison, ScenarioComparison];
    assert.deepEqual(small.monthly, ['1100.00', '-900.00', '1100.00', '-900.00']);
    assert.deepEqual(small.cumulative, ['1100.00', '200.00', '1300.00', '400.00']);
    assert.deepEqual(small.categories.map((category) => [category.category, category.total, category.monthly]), [
      ['hardware', '0.00', ['1000.00', '-1000.00', '1000.00', '-1000.00']],
      ['hosting', '400.00', ['100.00', '100.00', '100.00', '100.00']],
    ]);
    // 2^53 + 1 cents a month, which no double holds, and the racks: 1,000 bought, 400 back when sold
    assert.deepEqual(big.monthly.slice(0, 2), ['90071992548409.93', '90071992547009.93']);
    assert.deepEqual(big.cumulative.slice(0, 2), ['90071992548409.93', '180143985095419.86']);
    assert.deepEqual(big.categories.map((category) => [category.category, category.monthly]), [
      ['hosting', ['90071992547409.93', '90071992547409.93', '90071992547409.93', '90071992547409.93']],
      ['hardware', ['1000.00', '-400.00', '1000.00', '-400.00']],
    ]);
    assert.deepEqual(own.monthly, ['4000.00', '4000.00', '4000.00', '4000.00']);
    assert.deepEqual(later.value, compare([selfHosted, huge, racks], { months: 4 }));
  });

  it('writes on first read, from the sums kept as doubles, the break-even, crossings and commitments it writes at once, for options that cross back and forth', () => {
    // Options of one-time, recurring and hardware costs (a salvage makes a month negative),
    // starting at different months: their cumulative sums cross the baseline's, or tie with it.
    const cost = fc.oneof(
      fc.record({ kind: fc.constant('one-time' as const), amount: fc.integer({ min: 0, max: 500_000 }), month: fc.integer({ min: 0, max: 20 }) }),
      fc.record({ kind: fc.constant('recurring' as const), amount: fc.integer({ min: 0, max: 50_000 }), every: fc.constantFrom('month' as const, 'quarter' as const) }),
      fc.record({ kind: fc.constant('hardware' as const), amount: fc.integer({ min: 1, max: 500_000 }), life: fc.integer({ min: 2, max: 12 }) }),
    );
    const option = fc.record({ start: fc.integer({ min: 0, max: 6 }), costs: fc.array(cost, { minLength: 1, maxLength: 4 }), commitment: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }) });
    // The month `offset` months after 2009-05.
    const month = (offset: number) => `${2009 + Math.floor((4 + offset) / 12)}-${String(((4 + offset) % 12) + 1).padStart(2, '0')}`;
    let crossed = 0;
    fc.assert(
      fc.property(fc.array(option, { minLength: 2, maxLength: 4 }), (options) => {
        const scenarios = options.map(({ start, costs, commitment }, i) =>
          scenarioOf({
            name: `Option ${i + 1}`,
            currency: 'USD',
            start: month(start),
            // A term within the horizon or past its end: the exit costs are read from the comparison's ledger, or from one of the term's own.
            ...(commitment === undefined ? {} : { commitment: { months: commitment } }),
            costs: costs.map((c, k) => {
              const name = `Cost ${k + 1}`;
              if (c.kind === 'one-time') return { name, kind: 'one-time' as const, amount: String(c.amount), month: month(start + c.month) };
              if (c.kind === 'recurring') return { name, kind: 'recurring' as const, amount: String(c.amount), every: c.every };
              return { name, kind: 'hardware' as const, price: String(c.amount), lifeMonths: c.life, salvage: String(Math.floor(c.amount / 3)), refresh: true };
            }),
          }),
        );
        const later = tryCompareWritingMonths(scenarios, { months: 30, from: '2009-05' }, 'on first read');
        assert.ok(later.ok);
        const now = compare(scenarios, { months: 30, from: '2009-05' });
        assert.deepEqual(later.value.scenarios.map((s) => [s.total, s.difference, s.breakEven]), now.scenarios.map((s) => [s.total, s.difference, s.breakEven]));
        assert.deepEqual(later.value, now);
        if (now.scenarios.some((s) => (s.breakEven?.crossings.length ?? 0) > 1)) crossed++;
      }),
      { numRuns: 300 },
    );
    // Options that cross back and forth were among them.
    assert.ok(crossed > 10, `${crossed} runs crossed more than once`);
  });

  it('compares sums beyond 2^53 minor units with sums below it, whichever is the baseline, and cumulative sums that pass 2^53', () => {
    const monthly = (name: string, amount: string) => scenarioOf({ name, currency: 'USD', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount, every: 'month' }] });
    // 2^53 + 1 cents a month, which no double holds; 2^51 + 1 cents a month, whose sum passes 2^53 in the fourth month; 40.00 a month.
    const huge = monthly('Huge', '90071992547409.93');
    const large = monthly('Large', '22517998136852.49');
    const small = monthly('Small', '40.00');
    for (const when of ['now', 'on first read'] as const) {
      const againstSmall = tryCompareWritingMonths([small, huge, large], { months: 6 }, when);
      assert.ok(againstSmall.ok);
      const [, big, fifth] = againstSmall.value.scenarios as [ScenarioComparison, ScenarioComparison, ScenarioComparison];
      assert.deepEqual([big.total, big.difference, big.breakEven], ['540431955284459.58', '540431955284219.58', { at: null, crossings: [] }]);
      // 5 × (2^51 + 1) cents is odd and above 2^53: no double holds it
      assert.deepEqual([fifth.total, fifth.cumulative[4], fifth.breakEven], ['135107988821114.94', '112589990684262.45', { at: null, crossings: [] }]);
      const againstHuge = tryCompareWritingMonths([huge, small, large], { months: 6 }, when);
      assert.ok(againstHuge.ok);
      const [, cheap, less] = againstHuge.value.scenarios as [ScenarioComparison, ScenarioComparison, ScenarioComparison];
      assert.deepEqual([cheap.difference, cheap.breakEven?.at?.month, cheap.breakEven?.crossings], ['-540431955284219.58', 1, []]);
      assert.deepEqual([less.difference, less.breakEven?.at?.month], ['-405323966463344.64', 1]);
    }
  });

  describe('the founding example over 36 months from 2009-05', () => {
    const result = compare([selfHosted, managed], { months: 36 });
    const own = byName(result.scenarios, 'Self-hosted');
    const provider = byName(result.scenarios, 'Managed provider');

    it('describes the analysis: 2009-05 to 2012-04 in USD, baseline Self-hosted, no discounting', () => {
      assert.equal(result.version, 1);
      assert.equal(result.kind, 'comparison');
      assert.deepEqual(result.settings, {
        from: '2009-05',
        to: '2012-04',
        months: 36,
        currency: 'USD',
        minorDigits: 2,
        discountRate: null,
        baseline: 'Self-hosted',
      });
      assert.equal(result.months.length, 36);
      assert.deepEqual([result.months[0], result.months[35]], ['2009-05', '2012-04']);
      assert.deepEqual(result.years, [
        { label: 'Year 1', from: '2009-05', to: '2010-04', months: 12 },
        { label: 'Year 2', from: '2010-05', to: '2011-04', months: 12 },
        { label: 'Year 3', from: '2011-05', to: '2012-04', months: 12 },
      ]);
    });

    it('costs 144,000.00 self-hosted: 48,000.00 each year, 4,000.00 each month', () => {
      assert.equal(own.total, '144000.00');
      assert.deepEqual(own.years, ['48000.00', '48000.00', '48000.00']);
      assert.deepEqual(own.monthly, times(36, '4000.00'));
      assert.deepEqual(own.cumulative, runningTotals(36, 4000));
      assert.equal(own.isBaseline, true);
      assert.equal(own.difference, '0.00');
      assert.equal(own.breakEven, null);
      assert.equal(own.commitment, null);
      assert.equal(own.npv, null);
    });

    it('costs 1,485,000.00 with the provider: 525,000.00, then 480,000.00 and 480,000.00', () => {
      // year 1: 45,000 setup + 12 × 40,000; years 2 and 3: 12 × 40,000
      assert.equal(provider.total, '1485000.00');
      assert.deepEqual(provider.years, ['525000.00', '480000.00', '480000.00']);
      assert.deepEqual(provider.monthly, ['85000.00', ...times(35, '40000.00')]);
      assert.deepEqual(provider.cumulative, runningTotals(36, 40000, 45000));
      assert.equal(provider.isBaseline, false);
    });

    it('makes the provider 1,341,000.00 dearer', () => {
      assert.equal(provider.difference, '1341000.00');
    });

    it('finds no break-even and no crossing within the horizon', () => {
      assert.deepEqual(provider.breakEven, { at: null, crossings: [] });
    });

    it('reports the provider\'s commitment: 1,005,000.00 committed, 480,000.00 to leave after month 12', () => {
      const commitment = provider.commitment;
      assert.ok(commitment);
      assert.equal(commitment.months, 24);
      assert.equal(commitment.from, '2009-05');
      assert.equal(commitment.to, '2011-04');
      assert.equal(commitment.committedMinimum, '1005000.00');
      assert.equal(commitment.exitCosts.length, 24);
      assert.deepEqual(commitment.exitCosts[0], { month: 1, calendar: '2009-05', cost: '920000.00' });
      assert.deepEqual(commitment.exitCosts[11], { month: 12, calendar: '2010-04', cost: '480000.00' });
      assert.deepEqual(commitment.exitCosts[23], { month: 24, calendar: '2011-04', cost: '0.00' });
    });

    it('breaks the costs down by category and by item, with sources', () => {
      assert.deepEqual(provider.categories.map((c) => [c.category, c.total]), [['migration', '45000.00'], ['hosting', '1440000.00']]);
      assert.deepEqual(provider.categories[0]?.monthly, ['45000.00', ...times(35, '0.00')]);
      assert.deepEqual(provider.items, [
        { name: 'Migration and setup', kind: 'one-time', category: 'migration', total: '45000.00', source: 'Vendor quote, 2009-04', note: null },
        {
          name: 'Managed hosting',
          kind: 'recurring',
          category: 'hosting',
          total: '1440000.00',
          source: 'Vendor quote, 2009-04',
          note: '24-month minimum term; the service continues at the same price after it',
        },
      ]);
    });

    it('keeps where each scenario came from', () => {
      assert.deepEqual([own.start, own.origin, own.description], ['2009-05', 'scenarios/self-hosted.json', 'Our own servers, as today']);
    });

    it('is plain JSON: JSON.parse(JSON.stringify(result)) deep-equals the result', () => {
      assert.deepStrictEqual(JSON.parse(JSON.stringify(result)), result);
    });
  });

  it('compares against another baseline when asked', () => {
    const result = compare([selfHosted, managed], { baseline: 'Managed provider' });
    assert.equal(result.settings.baseline, 'Managed provider');
    const own = byName(result.scenarios, 'Self-hosted');
    const provider = byName(result.scenarios, 'Managed provider');
    assert.equal(provider.isBaseline, true);
    assert.equal(provider.difference, '0.00');
    assert.equal(provider.breakEven, null);
    assert.equal(own.isBaseline, false);
    assert.equal(own.difference, '-1341000.00');
    // self-hosting is cheaper from the very first month
    assert.deepEqual(own.breakEven, { at: { month: 1, calendar: '2009-05' }, crossings: [] });
  });

  it('finds the break-even month of a challenger that catches up', () => {
    // 20,000 + 2,000 a month against 4,000 a month: 20,000 + 2,000 k = 4,000 k at k = 10 (2010-02);
    // equal counts as break-even, and the challenger is strictly cheaper from month 11 (2010-03)
    const cheap = scenarioOf({
      name: 'Cheap provider',
      currency: 'USD',
      start: '2009-05',
      costs: [
        { name: 'Setup', kind: 'one-time', amount: '20000' },
        { name: 'Hosting', kind: 'recurring', amount: '2000', every: 'month' },
      ],
    });
    const challenger = byName(compare([selfHosted, cheap], { months: 24 }).scenarios, 'Cheap provider');
    assert.deepEqual(challenger.breakEven, {
      at: { month: 10, calendar: '2010-02' },
      crossings: [{ month: 11, calendar: '2010-03', cheaper: 'challenger' }],
    });
    // 20,000 + 24 × 2,000 − 24 × 4,000 = −28,000
    assert.equal(challenger.difference, '-28000.00');
  });

  it('discounts with the discount rate: NPV of each scenario at 10% a year', () => {
    // each month is discounted by v^m with v = 1.1^(−1/12); 36 payments form a geometric series:
    //   Σ v^m (m = 0…35) = (1 − v^36) / (1 − v) = (1 − 1/1.331) / (1 − 0.992088943446991) = 31.4351436413
    // self-hosted: 4,000 × 31.4351436413 = 125,740.57; provider: 45,000 + 40,000 × 31.4351436413 = 1,302,405.75
    const result = compare([selfHosted, managed], { discountRate: '10%' });
    assert.equal(result.settings.discountRate, '0.1');
    assert.equal(byName(result.scenarios, 'Self-hosted').npv, '125740.57');
    assert.equal(byName(result.scenarios, 'Managed provider').npv, '1302405.75');
  });

  it('gives the plain total as NPV at a discount rate of 0', () => {
    const result = compare([selfHosted, managed], { discountRate: 0 });
    assert.deepEqual(result.scenarios.map((s) => s.npv), ['144000.00', '1485000.00']);
  });

  it('handles a horizon of one month', () => {
    const result = compare([selfHosted, managed], { months: 1 });
    assert.deepEqual(result.settings.to, '2009-05');
    assert.deepEqual(result.years, [{ label: 'Year 1', from: '2009-05', to: '2009-05', months: 1 }]);
    const provider = byName(result.scenarios, 'Managed provider');
    assert.deepEqual([provider.total, provider.years, provider.cumulative], ['85000.00', ['85000.00'], ['85000.00']]);
    assert.equal(byName(result.scenarios, 'Self-hosted').total, '4000.00');
    // the commitment is reported in full whatever the horizon
    assert.equal(provider.commitment?.committedMinimum, '1005000.00');
  });

  it('ends with a partial year when the horizon is not whole years', () => {
    const result = compare([selfHosted], { months: 18 });
    assert.deepEqual(result.years.map((y) => [y.label, y.from, y.to, y.months]), [['Year 1', '2009-05', '2010-04', 12], ['Year 2', '2010-05', '2010-10', 6]]);
    assert.deepEqual(byName(result.scenarios, 'Self-hosted').years, ['48000.00', '24000.00']);
  });

  it('charges nothing before a scenario\'s start when the analysis begins earlier', () => {
    // the provider starts a year later, in 2010-05; the analysis starts at the earliest start, 2009-05
    const laterProvider = scenarioOf({ ...managed.definition, start: '2010-05' });
    const result = compare([selfHosted, laterProvider]);
    assert.equal(result.settings.from, '2009-05');
    const provider = byName(result.scenarios, 'Managed provider');
    assert.deepEqual(provider.monthly, [...times(12, '0.00'), '85000.00', ...times(23, '40000.00')]);
    // 45,000 + 24 × 40,000
    assert.equal(provider.total, '1005000.00');
    assert.deepEqual(provider.years, ['0.00', '525000.00', '480000.00']);
    // cheaper while it costs nothing, dearer from its first month (85,000 > 13 × 4,000 = 52,000)
    assert.deepEqual(provider.breakEven, { at: null, crossings: [{ month: 13, calendar: '2010-05', cheaper: 'baseline' }] });
    assert.deepEqual([provider.commitment?.from, provider.commitment?.to], ['2010-05', '2012-04']);
  });

  it('starts the analysis earlier with --from: nothing is due before the scenarios start', () => {
    // 2009-01 … 2011-12: the first 4 months are empty, then 32 months of costs
    const result = compare([selfHosted, managed], { from: '2009-01' });
    const own = byName(result.scenarios, 'Self-hosted');
    const provider = byName(result.scenarios, 'Managed provider');
    assert.deepEqual(own.monthly.slice(0, 5), ['0.00', '0.00', '0.00', '0.00', '4000.00']);
    assert.equal(own.total, '128000.00'); // 32 × 4,000
    assert.deepEqual(own.years, ['32000.00', '48000.00', '48000.00']); // 8 months, then 12, 12
    assert.equal(provider.total, '1325000.00'); // 45,000 + 32 × 40,000
    assert.deepEqual(provider.years, ['365000.00', '480000.00', '480000.00']); // 45,000 + 8 × 40,000
  });

  it('starts the analysis later with --from: what was paid before is left out, the commitment is not', () => {
    const result = compare([selfHosted, managed], { from: '2010-05' });
    assert.equal(result.settings.to, '2013-04');
    assert.equal(byName(result.scenarios, 'Self-hosted').total, '144000.00');
    const provider = byName(result.scenarios, 'Managed provider');
    // the setup fee fell in 2009-05, before the analysis: 36 × 40,000
    assert.equal(provider.total, '1440000.00');
    assert.equal(provider.commitment?.committedMinimum, '1005000.00');
    assert.equal(provider.commitment?.from, '2009-05');
  });

  it('throws an InputError carrying every problem, and tryCompare returns them', () => {
    const outcome = tryCompare([selfHosted, managed], { months: 0, baseline: 'Nobody' });
    assert.ok(!outcome.ok);
    assert.deepEqual(outcome.issues.map((issue) => issue.code), ['invalid-option', 'unknown-baseline']);
    assert.throws(() => compare([selfHosted, managed], { months: 0, baseline: 'Nobody' }), (error: unknown) => error instanceof InputError && error.issues.length === 2);
    assert.throws(() => compare([]), InputError);
  });
});
