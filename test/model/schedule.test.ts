import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDouble, categorySumsIn, categorySumsOf, categoryTally } from '../../lib/model/categorySums.js';
import { buildSchedule, categoriesOnRead, scenarioSchedule, scenarioScheduleReadLater } from '../../lib/model/schedule.js';
import { fixed, foundingScenarios, month, scenarioOf, times } from '../support/fixtures.js';

describe('buildSchedule', () => {
  it('builds the founding example: 4000.00 a month self-hosted; 85000.00 then 40000.00 for the provider', () => {
    const { selfHosted, managed } = foundingScenarios();
    const schedule = buildSchedule([selfHosted, managed], { first: month('2009-05'), count: 36 });
    assert.deepEqual(schedule.range, { first: month('2009-05'), count: 36 });
    const [own, provider] = schedule.scenarios;
    assert.equal(own?.scenario, selfHosted);
    assert.deepEqual(fixed(own?.monthlyTotals ?? []), times(36, '4000.00'));
    // month 1: 45,000 setup + 40,000 hosting
    assert.deepEqual(fixed(provider?.monthlyTotals ?? []), ['85000.00', ...times(35, '40000.00')]);
    assert.deepEqual(fixed(provider?.items[0]?.amounts ?? []), ['45000.00', ...times(35, undefined)]);
    assert.deepEqual(fixed(provider?.items[1]?.amounts ?? []), times(36, '40000.00'));
  });

  it('costs nothing before a scenario\'s own start', () => {
    const later = scenarioOf({ name: 'Later', currency: 'USD', start: '2009-08', costs: [{ name: 'Fee', kind: 'recurring', amount: '10', every: 'month' }] });
    const { monthlyTotals } = scenarioSchedule(later, { first: month('2009-05'), count: 5 });
    assert.deepEqual(fixed(monthlyTotals), ['0.00', '0.00', '0.00', '10.00', '10.00']);
  });

  it('sums items per month and writes 0 in months with nothing due', () => {
    const mixed = scenarioOf({
      name: 'Mixed',
      currency: 'USD',
      start: '2009-05',
      costs: [
        { name: 'Setup', kind: 'one-time', amount: '0.10', month: '2009-06' },
        { name: 'Quarterly', kind: 'recurring', amount: '0.20', every: 'quarter' },
      ],
    });
    const { monthlyTotals, items } = scenarioSchedule(mixed, { first: month('2009-05'), count: 4 });
    assert.deepEqual(fixed(monthlyTotals), ['0.20', '0.10', '0.00', '0.20']);
    assert.deepEqual(items.map((entry) => entry.item.name), ['Setup', 'Quarterly']);
  });

  it('sums exactly past 2^53 minor units: 90,071,992,547,409.93 (2^53 + 1 cents) and 0.07 a month are 90,071,992,547,410.00', () => {
    const huge = scenarioOf({
      name: 'Huge',
      currency: 'USD',
      start: '2009-05',
      costs: [
        { name: 'Huge', kind: 'recurring', amount: '90071992547409.93', every: 'month', category: 'hosting' },
        { name: 'Small', kind: 'recurring', amount: '0.07', every: 'month', category: 'hosting' },
        { name: 'Setup', kind: 'one-time', amount: '0.01', category: 'setup' },
      ],
    });
    const ledger = scenarioSchedule(huge, { first: month('2009-05'), count: 2 });
    assert.deepEqual(ledger.monthlyMinorUnits, [9007199254741001n, 9007199254741000n]);
    assert.deepEqual([...ledger.categories], [['hosting', [9007199254741000n, 9007199254741000n]], ['setup', [1n, 0n]]]);
    // 2 × (2^53 + 1) cents: the item's total too, past what a double holds.
    assert.deepEqual(ledger.items.map((item) => item.totalMinorUnits), [18014398509481986n, 14n, 1n]);
  });

  it('sums the entries of a scenario\'s items as bigint does, however large, month by month, per category and per item', () => {
    const cents = (units: bigint) => `${units / 100n}.${String(units % 100n).padStart(2, '0')}`;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 17n }), fc.constantFrom('a', 'b')), { minLength: 1, maxLength: 12 }), (entries) => {
        const scenario = scenarioOf({
          name: 'Entries',
          currency: 'USD',
          start: '2009-05',
          costs: entries.map(([units, category], index) => ({ name: `Item ${index + 1}`, kind: 'recurring' as const, amount: cents(units), every: 'month' as const, category })),
        });
        const ledger = scenarioSchedule(scenario, { first: month('2009-05'), count: 2 });
        const sum = (category?: string) => entries.filter(([, c]) => category === undefined || c === category).reduce((total, [units]) => total + units, 0n);
        assert.deepEqual(ledger.monthlyMinorUnits, [sum(), sum()]);
        assert.deepEqual([...ledger.categories], [...new Set(entries.map(([, c]) => c))].map((c) => [c, [sum(c), sum(c)]]));
        assert.deepEqual(ledger.items.map((item) => item.totalMinorUnits), entries.map(([units]) => 2n * units));
      }),
      { numRuns: 300 },
    );
  });

  it('sums each category in a block of its own, whether the tally was told how many categories to hold, too few, or none', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom('a', 'b', 'c'), fc.nat({ max: 2 })), { minLength: 1, maxLength: 12 }),
        fc.option(fc.nat({ max: 4 }), { nil: undefined }),
        (entries, told) => {
          const tally = categoryTally(3, entries.length, told);
          for (const [units, category, month] of entries) addDouble(tally, categorySumsIn(tally, category), month, units);
          const sum = (month: number, category?: string) => BigInt(entries.filter(([, c, m]) => m === month && (category === undefined || c === category)).reduce((total, [units]) => total + units, 0));
          const { categories, monthly, monthlyAsDoubles } = categorySumsOf(tally, []);
          assert.deepEqual(monthly(), [0, 1, 2].map((m) => sum(m)));
          assert.deepEqual(Array.from(monthlyAsDoubles ?? [], (units) => BigInt(units)), monthly());
          assert.deepEqual([...categories()], [...new Set(entries.map(([, c]) => c))].map((c) => [c, [0, 1, 2].map((m) => sum(m, c))]));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('sums entries each a safe integer whose sum per month is not, in bigint: eleven items of 10^15 + 1 cents a month', () => {
    // Each item pays 10,000,000,000,000.01 a month, 10^15 + 1 cents, below 2^53; eleven of them
    // are 1.1 × 10^16 + 11 cents, above it and odd, which no double holds.
    const costs = Array.from({ length: 11 }, (_unused, i) => ({ name: `Rack ${i + 1}`, kind: 'recurring' as const, amount: '10000000000000.01', every: 'month' as const, category: i % 2 === 0 ? 'a' : 'b' }));
    const scenario = scenarioOf({ name: 'Large', currency: 'USD', start: '2009-05', costs });
    const each = 10n ** 15n + 1n;
    for (const ledger of [scenarioSchedule(scenario, { first: month('2009-05'), count: 2 }), scenarioScheduleReadLater(scenario, { first: month('2009-05'), count: 2 })]) {
      assert.deepEqual(ledger.monthlyMinorUnits, [11n * each, 11n * each]);
      assert.deepEqual([...ledger.categories], [['a', [6n * each, 6n * each]], ['b', [5n * each, 5n * each]]]);
      assert.deepEqual(ledger.items.map((item) => item.totalMinorUnits), times(11, 2n * each));
    }
  });

  it('keeps the sums of tallies alive at once apart, however many share memory', () => {
    // 3,000 tallies of 120 months and 4 categories, all alive, each added its own numbers:
    // 3,000 × 600 doubles, more than a hundred times what one block of shared memory holds.
    const tallies = Array.from({ length: 3000 }, (_unused, t) => {
      const tally = categoryTally(120, 4, 4);
      for (let c = 0; c < 4; c++) for (let month = 0; month < 120; month++) addDouble(tally, categorySumsIn(tally, `c${c}`), month, t * 1000 + c * 200 + month);
      return tally;
    });
    tallies.forEach((tally, t) => {
      const { categories, monthly } = categorySumsOf(tally, []);
      // month m: Σ over c of t × 1000 + c × 200 + m = 4 × t × 1000 + 1200 + 4 × m
      assert.deepEqual(monthly(), Array.from({ length: 120 }, (_unused, m) => BigInt(4000 * t + 1200 + 4 * m)));
      assert.deepEqual(categories().get('c3')?.slice(0, 2), [BigInt(1000 * t + 600), BigInt(1000 * t + 601)]);
    });
  });

  it('sums entries of either sign (a salvage is negative) as bigint does, however large: doubles while exact, else bigint', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), fc.constantFrom('a', 'b')), { minLength: 1, maxLength: 12 }), (entries) => {
        const tally = categoryTally(1, entries.length);
        // As the ledger adds an item's entry: read as a double, the tally told when that is not exact.
        for (const [units, category] of entries) addDouble(tally, categorySumsIn(tally, category), 0, Number(units));
        const items = entries.map(([units, category]) => ({ item: { category }, minorUnits: [units] }));
        const sum = (category?: string) => entries.filter(([, c]) => category === undefined || c === category).reduce((total, [units]) => total + units, 0n);
        const { categories, monthly } = categorySumsOf(tally, items);
        assert.deepEqual(monthly(), [sum()]);
        assert.deepEqual([...categories()].map(([category, sums]) => [category, sums]), [...new Set(entries.map(([, c]) => c))].map((c) => [c, [sum(c)]]));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the sums per category as plain data, or, read later, made on first read and kept, the same either way, in the doubles\' range and beyond it', () => {
    for (const amount of ['1000.00', '90071992547409.93']) {
      const scenario = scenarioOf({
        name: 'Three kinds',
        currency: 'USD',
        start: '2009-05',
        costs: [
          { name: 'Hosting', kind: 'recurring', amount, every: 'month', category: 'hosting' },
          { name: 'Admin', kind: 'staff', annualCost: '120000', category: 'staff' },
          { name: 'Backups', kind: 'recurring', amount: '5', every: 'month', category: 'hosting' },
          { name: 'Racks', kind: 'hardware', price: '1000', lifeMonths: 2, salvage: '400', category: 'hardware' },
        ],
      });
      const range = { first: month('2009-05'), count: 2 };
      const hosting = BigInt(amount.replace('.', '')) + 500n;
      const expected = [['hosting', [hosting, hosting]], ['staff', [1000000n, 1000000n]], ['hardware', [100000n, -40000n]]];
      const now = scenarioSchedule(scenario, range);
      assert.ok(Object.getOwnPropertyDescriptor(now, 'categories')?.value instanceof Map, 'a plain data property');
      assert.deepEqual([...now.categories], expected);
      assert.equal(categoriesOnRead(now)(), now.categories);
      const later = scenarioScheduleReadLater(scenario, range);
      // Made when first read: a getter, of the ledger's class.
      assert.equal(Object.getOwnPropertyDescriptor(later, 'categories'), undefined);
      assert.equal(typeof Object.getOwnPropertyDescriptor(Object.getPrototypeOf(later), 'categories')?.get, 'function');
      const read = categoriesOnRead(later);
      assert.deepEqual([...read()], expected);
      assert.equal(later.categories, read());
      assert.equal(later.categories, later.categories);
      assert.deepEqual(later.monthlyMinorUnits, now.monthlyMinorUnits);
      assert.deepEqual(now.monthlyMinorUnits, [hosting + 1000000n + 100000n, hosting + 1000000n - 40000n]);
    }
  });

  it('makes an item\'s minor units and Decimal amounts, and the monthly totals, on first read, and keeps them', () => {
    const ledger = scenarioSchedule(scenarioOf({ name: 'Hosted', currency: 'USD', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount: '4000', every: 'month' }] }), { first: month('2009-05'), count: 3 });
    const [hosting] = ledger.items;
    assert.deepEqual(Object.keys(hosting ?? {}), ['item', 'totalMinorUnits']);
    assert.deepEqual(hosting?.minorUnits, [400000n, 400000n, 400000n]);
    assert.equal(hosting?.minorUnits, hosting?.minorUnits);
    assert.deepEqual(fixed(hosting?.amounts ?? []), ['4000.00', '4000.00', '4000.00']);
    assert.equal(hosting?.amounts, hosting?.amounts);
    // One Decimal for the amount every month pays.
    assert.equal(hosting?.amounts[0], hosting?.amounts[2]);
    assert.deepEqual(fixed(ledger.monthlyTotals), ['4000.00', '4000.00', '4000.00']);
    assert.equal(ledger.monthlyTotals, ledger.monthlyTotals);
    const { scenario, items, monthlyMinorUnits, categories, monthlyTotals } = ledger;
    assert.deepEqual([scenario.name, items.length, monthlyMinorUnits, [...categories.keys()], monthlyTotals.length], ['Hosted', 1, [400000n, 400000n, 400000n], ['other'], 3]);
  });

  it('gives a scenario without costs a zero in every month', () => {
    const empty = scenarioOf({ name: 'Empty', currency: 'USD', start: '2009-05', costs: [] });
    assert.deepEqual(fixed(scenarioSchedule(empty, { first: month('2009-05'), count: 2 }).monthlyTotals), ['0.00', '0.00']);
  });
});
