/**
 * Laws of the ledger with drivers: whatever the drivers and the usage and step items, every
 * total is the exact sum of the entries, and the charges behave as the docs promise.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scenarioSchedule } from '../../lib/model/schedule.js';
import { compare } from '../../lib/report/compare.js';
import type { DriverFile, ScenarioFile, StepItemFile, UsageItemFile } from '../../lib/scenario/scenarioFile.js';
import { month, scenarioOf } from '../support/fixtures.js';

const every = fc.constantFrom('month' as const, 'quarter' as const, 'year' as const);
const quantity = fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 2 })).map(([units, scale]) => (units / 10 ** scale).toFixed(scale));
const price = fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 3 })).map(([units, scale]) => (units / 10 ** scale).toFixed(scale));

const driver: fc.Arbitrary<DriverFile> = fc.oneof(
  fc.record({ value: quantity, growth: fc.record({ add: fc.integer({ min: -80, max: 120 }).map(String), every }) }),
  fc.record({ value: quantity, growth: fc.record({ rate: fc.integer({ min: -20, max: 30 }).map((n) => `${n}%`), every }) }),
  fc.record({ values: fc.array(quantity, { minLength: 1, maxLength: 30 }), from: fc.constantFrom('2009-03', '2009-05', '2009-09') }),
);

/** Tiers with strictly increasing ends, the last open. */
const tiers = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 400 }), price), { minLength: 1, maxLength: 4 })
  .map((bands) => {
    let end = 0;
    return bands.map(([width, tierPrice], index) => {
      end += width;
      return index === bands.length - 1 ? { price: tierPrice } : { upTo: end, price: tierPrice };
    });
  });

const usage = fc.record({
  price: fc.option(price, { nil: undefined }),
  tiers,
  tiering: fc.constantFrom('graduated' as const, 'volume' as const),
  every,
  minimum: fc.option(price, { nil: undefined }),
  months: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
});

const step = fc.record({
  blockSize: fc.integer({ min: 1, max: 300 }).map(String),
  included: fc.option(quantity, { nil: undefined }),
  oneTimePerBlock: price,
  recurringPerBlock: fc.option(price, { nil: undefined }),
  every,
  releaseUnused: fc.boolean(),
  from: fc.constantFrom('2009-05', '2009-08'),
});

function scenarioFile(drivers: DriverFile[], usages: (typeof usage extends fc.Arbitrary<infer T> ? T : never)[], steps: (typeof step extends fc.Arbitrary<infer T> ? T : never)[]): ScenarioFile {
  const names = drivers.map((_, i) => `d${i}`);
  const usageItems = usages.map((u, i): UsageItemFile => {
    const { price: flat, tiers: bands, months, minimum, ...rest } = u;
    return {
      name: `Usage ${i}`,
      kind: 'usage',
      driver: names[i % names.length] as string,
      ...(flat === undefined ? { tiers: bands } : { price: flat }),
      ...(months === undefined ? {} : { months }),
      ...(minimum === undefined ? {} : { minimum }),
      ...rest,
      category: i % 2 === 0 ? 'hosting' : 'support',
    };
  });
  const stepItems = steps.map((s, i): StepItemFile => {
    const { included, recurringPerBlock, ...rest } = s;
    return {
      name: `Step ${i}`,
      kind: 'step',
      driver: names[(i + 1) % names.length] as string,
      ...(included === undefined ? {} : { included }),
      ...(recurringPerBlock === undefined ? {} : { recurringPerBlock }),
      ...rest,
      category: 'hosting',
    };
  });
  return {
    name: 'Generated',
    currency: 'USD',
    start: '2009-05',
    drivers: Object.fromEntries(drivers.map((d, i) => [names[i], d])),
    costs: [{ name: 'Base', kind: 'recurring', amount: '4000', every: 'month', category: 'hosting' }, ...usageItems, ...stepItems],
  };
}

const world = fc.record({
  drivers: fc.array(driver, { minLength: 1, maxLength: 3 }),
  usages: fc.array(usage, { maxLength: 3 }),
  steps: fc.array(step, { maxLength: 3 }),
  first: fc.constantFrom('2009-01', '2009-05', '2010-02'),
  count: fc.integer({ min: 1, max: 60 }),
});

describe('the ledger with drivers, usage and step items (property tests)', () => {
  it('has item totals, monthly totals and category sums that are exact sums of the entries', () => {
    fc.assert(
      fc.property(world, ({ drivers, usages, steps, first, count }) => {
        const scenario = scenarioOf(scenarioFile(drivers, usages, steps));
        const ledger = scenarioSchedule(scenario, { first: month(first), count });
        for (const item of ledger.items) {
          assert.equal(item.totalMinorUnits, item.minorUnits.reduce((sum, units) => sum + units, 0n));
          for (const amount of item.amounts) assert.ok(amount === undefined || (!amount.isNegative() && amount.decimalPlaces() <= 2));
        }
        for (let m = 0; m < count; m++) {
          const sum = ledger.items.reduce((total, item) => total + (item.minorUnits[m] as bigint), 0n);
          assert.equal(ledger.monthlyMinorUnits[m], sum);
          const byCategory = [...ledger.categories.values()].reduce((total, sums) => total + (sums[m] as bigint), 0n);
          assert.equal(byCategory, sum);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives a comparison whose total is the sum of its monthly costs and of its item totals', () => {
    fc.assert(
      fc.property(world, ({ drivers, usages, steps, count }) => {
        const result = compare([scenarioOf(scenarioFile(drivers, usages, steps))], { months: count }).scenarios[0];
        assert.ok(result);
        const cents = (text: string) => BigInt(text.replace('.', ''));
        assert.equal(cents(result.total), result.monthly.reduce((sum, m) => sum + cents(m), 0n));
        assert.equal(cents(result.total), result.items.reduce((sum, item) => sum + cents(item.total), 0n));
      }),
      { numRuns: 100 },
    );
  });

  it('never charges less for more units with graduated tiers or one price', () => {
    fc.assert(
      fc.property(tiers, fc.array(quantity, { minLength: 2, maxLength: 12 }), (bands, quantities) => {
        const sorted = [...quantities].sort((a, b) => Number(a) - Number(b));
        const scenario = scenarioOf({
          name: 'Monotone',
          currency: 'USD',
          start: '2009-05',
          drivers: { customers: { values: sorted } },
          costs: [{ name: 'Usage', kind: 'usage', driver: 'customers', tiers: bands }],
        });
        const amounts = scenarioSchedule(scenario, { first: scenario.start, count: sorted.length }).items[0]?.minorUnits ?? [];
        for (let m = 1; m < amounts.length; m++) assert.ok((amounts[m] as bigint) >= (amounts[m - 1] as bigint), `month ${m + 1} costs less than month ${m}`);
      }),
      { numRuns: 150 },
    );
  });

  it('never lowers the blocks held (and so the recurring charge) unless releaseUnused', () => {
    fc.assert(
      fc.property(fc.array(quantity, { minLength: 2, maxLength: 24 }), fc.integer({ min: 1, max: 100 }), (quantities, blockSize) => {
        const scenario = scenarioOf({
          name: 'Ratchet',
          currency: 'USD',
          start: '2009-05',
          drivers: { customers: { values: quantities } },
          costs: [{ name: 'Servers', kind: 'step', driver: 'customers', blockSize, recurringPerBlock: '100' }],
        });
        const amounts = scenarioSchedule(scenario, { first: scenario.start, count: quantities.length }).items[0]?.minorUnits ?? [];
        for (let m = 1; m < amounts.length; m++) assert.ok((amounts[m] as bigint) >= (amounts[m - 1] as bigint));
        // and what is held is enough for the most customers so far: 100.00 × ⌈max ÷ blockSize⌉
        const most = Math.max(...quantities.map(Number));
        assert.equal(amounts.at(-1), BigInt(Math.ceil(most / blockSize)) * 10000n);
      }),
      { numRuns: 150 },
    );
  });
});
