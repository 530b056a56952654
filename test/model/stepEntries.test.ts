import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Money } from '../../lib/money/decimal.js';
import { scenarioDriverValues } from '../../lib/model/driverValues.js';
import { stepEntries } from '../../lib/model/stepEntries.js';
import type { StepItem } from '../../lib/scenario/scenario.js';
import type { DriverFile, StepItemFile } from '../../lib/scenario/scenarioFile.js';
import { formatMinorUnits } from '../../lib/money/minorUnits.js';
import { scenarioSchedule } from '../../lib/model/schedule.js';
import { month, scenarioOf } from '../support/fixtures.js';
import { minorUnitsOf } from '../../lib/model/minorUnitEntries.js';

type StepOptions = Omit<StepItemFile, 'name' | 'kind' | 'driver'>;

/** A step item driven by `customers` (defined by `driver`), and its entries over `count` months from `first` (default 2009-05). */
function charges(driver: DriverFile, step: StepOptions, count: number, first = '2009-05'): (string | undefined)[] {
  const scenario = scenarioOf({
    name: 'Own servers',
    currency: 'USD',
    start: '2009-05',
    drivers: { customers: driver },
    costs: [{ name: 'Servers', kind: 'step', driver: 'customers', ...step }],
  });
  const range = { first: month(first), count };
  const context = { range, minorDigits: 2, drivers: scenarioDriverValues(scenario, range), driverDefinitions: scenario.drivers ?? new Map(), view: 'cash' as const };
  return minorUnitsOf(stepEntries(scenario.items[0] as StepItem, context)).map((units) => (units === 0n ? undefined : formatMinorUnits(units, 2)));
}

/** One server (3,000.00 to buy, 500.00 a month to run) for every 40 customers. */
const SERVERS: StepOptions = { blockSize: 40, oneTimePerBlock: '3000', recurringPerBlock: '500' };

describe('stepEntries', () => {
  describe('block boundaries: ⌈customers ÷ 40⌉ servers', () => {
    const cases: [customers: string, charge: string | undefined][] = [
      ['0', undefined], // no server needed, nothing due
      ['1', '3500.00'], // 1 server: bought and run
      ['40', '3500.00'], // still 1
      ['40.5', '7000.00'], // a fraction of a customer above 40 needs a 2nd: 2 × 3,000 + 2 × 500
      ['41', '7000.00'],
      ['80', '7000.00'],
      ['81', '10500.00'], // 3 servers
    ];
    for (const [customers, charge] of cases) {
      it(`buys and runs the servers ${customers} customers need in the first month: ${charge ?? 'nothing'}`, () => {
        assert.deepEqual(charges({ value: customers }, SERVERS, 1), [charge]);
      });
    }
  });

  it('buys a block in the month the driver first needs it, and runs every block held', () => {
    // 40 → 1 server (3,000 + 500); 41 → a 2nd (3,000 + 2 × 500); 80 → 2 (1,000); 81 → a 3rd (3,000 + 1,500)
    assert.deepEqual(charges({ values: [40, 41, 80, 81] }, SERVERS, 4), ['3500.00', '4000.00', '1000.00', '4500.00']);
  });

  it('keeps the blocks it bought when the driver falls: servers are not sold back', () => {
    // 81 → 3 servers; 30 → still 3 (1,500); back to 81 → nothing to buy
    assert.deepEqual(charges({ values: [81, 30, 81] }, SERVERS, 3), ['10500.00', '1500.00', '1500.00']);
  });

  it('gives blocks back with releaseUnused, and pays for them again when they are needed again', () => {
    // 81 → 3 servers; 30 → 1 (500); 81 → 2 bought again (6,000 + 1,500)
    assert.deepEqual(charges({ values: [81, 30, 81] }, { ...SERVERS, releaseUnused: true }, 3), ['10500.00', '500.00', '7500.00']);
  });

  it('needs no block for the `included` units, and counts blocks above them', () => {
    // 200 included: 200 → 0, 201 → 1, 240 → 1, 241 → 2
    assert.deepEqual(charges({ values: [200, 201, 240, 241] }, { ...SERVERS, included: 200 }, 4), [undefined, '3500.00', '500.00', '4000.00']);
  });

  it('charges a month its share of a yearly amount per block, rounded once: ROUND(n × 98,000 ÷ 12)', () => {
    // 1 → 8,166.67; 2 → 16,333.33 (not 2 × 8,166.67); 3 → 24,500.00
    assert.deepEqual(charges({ values: [1, 2, 3] }, { blockSize: 1, recurringPerBlock: '98000', every: 'year' }, 3), ['8166.67', '16333.33', '24500.00']);
  });

  it('charges only the one-time cost when there is no recurring one', () => {
    assert.deepEqual(charges({ values: [1, 1, 2] }, { blockSize: 1, oneTimePerBlock: '99.99' }, 3), ['99.99', undefined, '99.99']);
  });

  describe('an analysis starting after the item', () => {
    it('remembers the blocks bought before the range', () => {
      // customers 100, 30, 30, …: 3 servers bought in 2009-05 and kept; from 2009-07 on only their 1,500 a month
      assert.deepEqual(charges({ values: [100, 30] }, SERVERS, 2, '2009-07'), ['1500.00', '1500.00']);
    });

    it('with releaseUnused, starts from the blocks held in the month before the range', () => {
      // 30 in 2009-06 → 1 server held; 100 in 2009-07 → 2 more bought
      assert.deepEqual(charges({ values: [100, 30, 100] }, { ...SERVERS, releaseUnused: true }, 1, '2009-07'), ['7500.00']);
    });
  });

  it('runs from `from` for `months` months, with no blocks before', () => {
    // from 2009-06: the first server is bought then; after 2 months nothing is due
    assert.deepEqual(charges({ value: 10 }, { ...SERVERS, from: '2009-06', months: 2 }, 4), [undefined, '3500.00', '500.00', undefined]);
  });

  it('gives the ledger one Decimal per distinct charge, made when the amounts are first read', () => {
    const scenario = scenarioOf({
      name: 'S',
      currency: 'USD',
      start: '2009-05',
      drivers: { customers: { value: 10 } },
      costs: [{ name: 'Servers', kind: 'step', driver: 'customers', ...SERVERS }],
    });
    const [a, b, c] = scenarioSchedule(scenario, { first: month('2009-05'), count: 3 }).items[0]?.amounts ?? [];
    assert.deepEqual([a?.toFixed(2), b?.toFixed(2)], ['3500.00', '500.00']);
    assert.equal(b, c);
  });
});

describe('stepEntries of any quantities', () => {
  it('holds ⌈max(q − included, 0) ÷ blockSize⌉ blocks each month, small numbers and numbers past 2^53 alike', () => {
    const decimal = (max: bigint) => fc.tuple(fc.bigInt({ min: 0n, max }), fc.integer({ min: 0, max: 3 })).map(([units, scale]) => new Money(units.toString()).dividedBy(10 ** scale));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(decimal(100000n), decimal(10n ** 20n)), { minLength: 1, maxLength: 6 }),
        fc.oneof(decimal(1000n), decimal(10n ** 18n)),
        fc.oneof(decimal(100n), decimal(10n ** 17n), decimal(10n ** 6n).map((size) => size.plus(10n ** 14n))).filter((size) => size.greaterThan(0)),
        (quantities, included, blockSize) => {
          const expected = quantities.map((q) => Money.max(q.minus(included), 0).dividedBy(blockSize).ceil());
          // Blocks are counted in JS numbers: up to 2^53 of them.
          fc.pre(expected.every((blocks) => blocks.lessThanOrEqualTo(Number.MAX_SAFE_INTEGER)));
          // one block held costs 1.00 a month, and blocks are given back when not needed: the charge counts them
          const got = charges({ values: quantities.map((q) => q.toFixed()) }, { included: included.toFixed(), blockSize: blockSize.toFixed(), recurringPerBlock: '1', releaseUnused: true }, quantities.length);
          assert.deepEqual(got, expected.map((blocks) => (blocks.isZero() ? undefined : blocks.toFixed(2))));
        },
      ),
      { numRuns: 400 },
    );
  });
});
