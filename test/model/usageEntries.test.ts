import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Money, type Decimal } from '../../lib/money/decimal.js';
import { scenarioDriverValues } from '../../lib/model/driverValues.js';
import { usageEntries } from '../../lib/model/usageEntries.js';
import type { UsageItem } from '../../lib/scenario/scenario.js';
import type { DriverFile, UsageItemFile } from '../../lib/scenario/scenarioFile.js';
import { formatMinorUnits } from '../../lib/money/minorUnits.js';
import { scenarioSchedule } from '../../lib/model/schedule.js';
import { month, scenarioOf } from '../support/fixtures.js';
import { minorUnitsOf } from '../../lib/model/minorUnitEntries.js';

type UsageOptions = Omit<UsageItemFile, 'name' | 'kind' | 'driver'>;

/** A usage item priced by `customers` (defined by `driver`), and its entries over `count` months from 2009-05. */
function charges(driver: DriverFile, usage: UsageOptions, count: number, options: { first?: string; currency?: string } = {}): (string | undefined)[] {
  const scenario = scenarioOf({
    name: 'Provider',
    currency: options.currency ?? 'USD',
    start: '2009-05',
    drivers: { customers: driver },
    costs: [{ name: 'Per customer', kind: 'usage', driver: 'customers', ...usage }],
  });
  const range = { first: month(options.first ?? '2009-05'), count };
  const item = scenario.items[0] as UsageItem;
  const minorUnits = minorUnitsOf(usageEntries(item, { range, minorDigits: scenario.minorDigits, drivers: scenarioDriverValues(scenario, range), view: 'cash' }));
  return minorUnits.map((units) => (units === 0n ? undefined : formatMinorUnits(units, scenario.minorDigits)));
}

/** Tiers from the issue: the first 100 customers free, the next 400 at 30.00, any above at 25.00. */
const TIERS = [{ upTo: 100, price: '0' }, { upTo: 500, price: '30' }, { price: '25' }];

describe('usageEntries', () => {
  describe('one price', () => {
    it('charges quantity × price each month: 200 customers at 2.50 are 500.00', () => {
      assert.deepEqual(charges({ value: 200, growth: { add: 20, every: 'month' } }, { price: '2.50' }, 3), ['500.00', '550.00', '600.00']);
    });

    it('rounds each month\'s charge to the cent, half away from zero: 33.5 × 0.15 = 5.025 → 5.03', () => {
      assert.deepEqual(charges({ values: ['33.5', '33.3'] }, { price: '0.15' }, 2), ['5.03', '5.00']);
    });

    it('charges a month its share of a yearly price: 12 TB at 100.00 a year are ROUND(1200 ÷ 12) = 100.00, 7 TB 58.33', () => {
      assert.deepEqual(charges({ values: [12, 7] }, { price: '100', every: 'year' }, 2), ['100.00', '58.33']);
    });

    it('charges a month a third of a quarterly price: 10 × 100.00 ÷ 3 = 333.33', () => {
      assert.deepEqual(charges({ value: 10 }, { price: '100', every: 'quarter' }, 1), ['333.33']);
    });

    it('rounds to the currency\'s minor unit: 0 digits for JPY', () => {
      assert.deepEqual(charges({ value: '2.5' }, { price: '101' }, 1, { currency: 'JPY' }), ['253']);
    });

    it('has no entry when the driver is 0 (before its `from`)', () => {
      assert.deepEqual(charges({ value: 10, from: '2009-06' }, { price: '1' }, 2), [undefined, '10.00']);
    });
  });

  describe('graduated tiers (the default)', () => {
    // 100 × 0 + 400 × 30 + (q − 500) × 25 above 500
    const cases: [quantity: string, charge: string | undefined][] = [
      ['0', undefined],
      ['100', undefined], // all in the free tier: nothing due
      ['100.5', '15.00'], // 0.5 × 30
      ['101', '30.00'],
      ['500', '12000.00'], // 400 × 30, the top of tier 2
      ['501', '12025.00'], // 12,000 + 1 × 25
      ['1000', '24500.00'], // 12,000 + 500 × 25
    ];
    for (const [quantity, charge] of cases) {
      it(`charges ${quantity} customers ${charge ?? 'nothing'}`, () => {
        assert.deepEqual(charges({ value: quantity }, { tiers: TIERS }, 1), [charge]);
      });
    }
  });

  describe('volume tiers', () => {
    // every unit at the price of the tier the whole quantity falls in
    const cases: [quantity: string, charge: string | undefined][] = [
      ['100', undefined], // tier 1: 100 × 0
      ['101', '3030.00'], // tier 2: 101 × 30
      ['500', '15000.00'], // still tier 2: 500 × 30
      ['501', '12525.00'], // tier 3: 501 × 25, cheaper than 500 customers
    ];
    for (const [quantity, charge] of cases) {
      it(`charges ${quantity} customers ${charge ?? 'nothing'}`, () => {
        assert.deepEqual(charges({ value: quantity }, { tiers: TIERS, tiering: 'volume' }, 1), [charge]);
      });
    }
  });

  describe('a minimum monthly charge', () => {
    it('charges at least the minimum in every month the item runs, even with no customers', () => {
      // 0 → 500.00, 10 × 30 = 300 → 500.00, 20 × 30 = 600.00
      assert.deepEqual(charges({ values: [0, 10, 20] }, { price: '30', minimum: '500' }, 3), ['500.00', '500.00', '600.00']);
    });

    it('applies to the monthly share of a yearly price', () => {
      // 10 × 120 ÷ 12 = 100.00 < 150.00
      assert.deepEqual(charges({ value: 10 }, { price: '120', every: 'year', minimum: '150' }, 1), ['150.00']);
    });
  });

  describe('months it runs', () => {
    it('starts at `from` and runs `months` months', () => {
      assert.deepEqual(charges({ value: 1 }, { price: '1', from: '2009-06', months: 2 }, 4), [undefined, '1.00', '1.00', undefined]);
    });

    it('charges by the driver\'s value in each month of a range that starts later', () => {
      assert.deepEqual(charges({ value: 200, growth: { add: 20, every: 'month' } }, { price: '1' }, 1, { first: '2010-05' }), ['440.00']);
    });
  });

  it('gives the ledger one Decimal per distinct charge, made when the amounts are first read', () => {
    const scenario = scenarioOf({ name: 'P', currency: 'USD', start: '2009-05', drivers: { customers: { value: 7 } }, costs: [{ name: 'U', kind: 'usage', driver: 'customers', price: '3' }] });
    const [a, b, c] = scenarioSchedule(scenario, { first: month('2009-05'), count: 3 }).items[0]?.amounts ?? [];
    assert.equal(a?.toFixed(2), '21.00');
    assert.equal(a, b);
    assert.equal(b, c);
  });
});

describe('usageEntries of any quantities and prices', () => {
  /** The charge by the formula, in Decimal: max(ROUND(price(q) ÷ months per period), ROUND(minimum)). */
  function byFormula(q: Decimal, tiers: { upTo?: Decimal; price: Decimal }[], volume: boolean, period: number, minimum: Decimal): string {
    let price = new Money(0);
    if (tiers.length === 1 || volume) {
      const tier = tiers.find((t) => t.upTo === undefined || q.lessThanOrEqualTo(t.upTo)) ?? (tiers[tiers.length - 1] as { price: Decimal });
      price = q.times(tier.price);
    } else {
      let below = new Money(0);
      for (const tier of tiers) {
        if (!q.greaterThan(below)) break;
        const top = tier.upTo === undefined || q.lessThan(tier.upTo) ? q : tier.upTo;
        price = price.plus(top.minus(below).times(tier.price));
        below = top;
      }
    }
    return Money.max(price.dividedBy(period).toDecimalPlaces(2, Money.ROUND_HALF_UP), minimum.toDecimalPlaces(2, Money.ROUND_HALF_UP)).toFixed(2);
  }

  it('charges exactly what the formula gives, small numbers and numbers past 2^53 minor units alike', () => {
    const decimal = (max: bigint) => fc.tuple(fc.bigInt({ min: 0n, max }), fc.integer({ min: 0, max: 4 })).map(([units, scale]) => new Money(units.toString()).dividedBy(10 ** scale));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(decimal(100000n), decimal(10n ** 12n)), { minLength: 1, maxLength: 4 }),
        fc.array(fc.oneof(decimal(10000n), decimal(10n ** 15n)), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom('month', 'quarter', 'year'),
        decimal(100000n),
        (quantities, prices, volume, every, minimum) => {
          const ends = [...prices.slice(1).map((_price, i) => new Money(100 * (i + 1)))];
          const tiers = prices.map((price, i) => ({ ...(ends[i] === undefined ? {} : { upTo: ends[i] }), price }));
          const got = charges(
            { values: quantities.map((q) => q.toFixed()) },
            { tiers: tiers.map((t) => ({ ...(t.upTo === undefined ? {} : { upTo: t.upTo.toNumber() }), price: t.price.toFixed() })), tiering: volume ? 'volume' : 'graduated', every, minimum: minimum.toFixed() },
            quantities.length,
          );
          const period = every === 'month' ? 1 : every === 'quarter' ? 3 : 12;
          const expected = quantities.map((q) => byFormula(q, tiers, volume, period, minimum));
          assert.deepEqual(got, expected.map((charge) => (charge === '0.00' ? undefined : charge)));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('usageEntries of items priced alike or not', () => {
  it('charges each item by its own pricing when items share a driver: one price, minimum, period and minor unit apart', () => {
    const driver = { values: [100, 250] };
    assert.deepEqual(charges(driver, { price: '2.5' }, 2), ['250.00', '625.00']);
    assert.deepEqual(charges(driver, { price: '2.5', minimum: '300' }, 2), ['300.00', '625.00']);
    assert.deepEqual(charges(driver, { price: '2.5', every: 'quarter' }, 2), ['83.33', '208.33']);
    assert.deepEqual(charges(driver, { price: '2.5' }, 2, { currency: 'JPY' }), ['250', '625']);
    assert.deepEqual(charges(driver, { price: '2.50' }, 2), ['250.00', '625.00']);
    assert.deepEqual(charges(driver, { tiers: [{ upTo: 100, price: '2.5' }, { price: '1' }] }, 2), ['250.00', '400.00']);
    assert.deepEqual(charges(driver, { tiers: [{ upTo: 100, price: '2.5' }, { price: '1' }], tiering: 'volume' }, 2), ['250.00', '250.00']);
  });
});
