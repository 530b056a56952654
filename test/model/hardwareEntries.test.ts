import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hardwareEntries, hardwareMinorUnits } from '../../lib/model/hardwareEntries.js';
import { minorUnitsOf } from '../../lib/model/minorUnitEntries.js';
import type { LedgerView } from '../../lib/model/modelContext.js';
import { scenarioSchedule } from '../../lib/model/schedule.js';
import { toMinorUnits } from '../../lib/money/minorUnits.js';
import type { HardwareItem } from '../../lib/scenario/scenario.js';
import type { HardwareItemFile } from '../../lib/scenario/scenarioFile.js';
import { fixed, month, scenarioOf, times } from '../support/fixtures.js';

/** A hardware item read through parseScenario from a scenario starting 2009-05. */
function hardware(item: Omit<HardwareItemFile, 'name' | 'kind'>): HardwareItem {
  return scenarioOf({ name: 'Own', currency: 'USD', start: '2009-05', costs: [{ name: 'Servers', kind: 'hardware', ...item }] }).items[0] as HardwareItem;
}

function entries(item: HardwareItem, count: number, view: LedgerView, first = '2009-05'): (string | undefined)[] {
  return fixed(hardwareEntries(item, { range: { first: month(first), count }, minorDigits: 2, drivers: new Map(), view }));
}

describe('hardwareEntries', () => {
  describe('in the cash view', () => {
    it('pays the price when bought and again at each refresh, at the end of each life', () => {
      assert.deepEqual(entries(hardware({ price: '36000', lifeMonths: 36 }), 37, 'cash'), ['36000.00', ...times(35, undefined), '36000.00']);
    });

    it('gets the salvage back in the last month of each life, as a negative entry', () => {
      // lives of 3 months: bought in months 1 and 4, sold for 100.00 in months 3 and 6
      assert.deepEqual(entries(hardware({ price: '1000', lifeMonths: 3, salvage: '100' }), 6, 'cash'), ['1000.00', undefined, '-100.00', '1000.00', undefined, '-100.00']);
    });

    it('buys once without refresh: nothing after the first life', () => {
      assert.deepEqual(entries(hardware({ price: '1000', lifeMonths: 2, salvage: '250', refresh: false }), 4, 'cash'), ['1000.00', '-250.00', undefined, undefined]);
    });

    it('nets price and salvage when a life is one month long', () => {
      assert.deepEqual(entries(hardware({ price: '1000', lifeMonths: 1, salvage: '250' }), 2, 'cash'), ['750.00', '750.00']);
    });

    it('keeps the purchase months of `from` whatever month the range starts', () => {
      // bought 2009-06 with a 12-month life: refreshed 2010-06; a range from 2010-05 sees that month second
      assert.deepEqual(entries(hardware({ price: '500', lifeMonths: 12, from: '2009-06' }), 3, 'cash', '2010-05'), [undefined, '500.00', undefined]);
    });
  });

  describe('in the amortized view', () => {
    it('spreads price minus salvage straight-line over the life', () => {
      // (36,000 − 3,600) ÷ 36 = 900.00 a month, life after life
      assert.deepEqual(entries(hardware({ price: '36000', lifeMonths: 36, salvage: '3600' }), 38, 'amortized'), times(38, '900.00'));
    });

    it('allocates the cents exactly, leftover cents first in each life', () => {
      // 1,000.00 over 3 months: 333.34 + 333.33 + 333.33
      assert.deepEqual(entries(hardware({ price: '1000', lifeMonths: 3 }), 6, 'amortized'), ['333.34', '333.33', '333.33', '333.34', '333.33', '333.33']);
    });

    it('stops after the one life of hardware that is not refreshed', () => {
      assert.deepEqual(entries(hardware({ price: '1000', lifeMonths: 2, salvage: '250', refresh: false }), 3, 'amortized'), ['375.00', '375.00', undefined]);
    });
  });

  describe('laws', () => {
    const item = fc.record({
      priceCents: fc.integer({ min: 0, max: 100_000_000 }),
      salvageShare: fc.integer({ min: 0, max: 100 }),
      lifeMonths: fc.integer({ min: 1, max: 60 }),
      refresh: fc.boolean(),
      lives: fc.integer({ min: 1, max: 4 }),
    });
    const cents = (units: number) => (units / 100).toFixed(2);

    it('has the same total in the cash and the amortized view over any whole number of lives', () => {
      fc.assert(
        fc.property(item, ({ priceCents, salvageShare, lifeMonths, refresh, lives }) => {
          const salvageCents = Math.floor((priceCents * salvageShare) / 100);
          const servers = hardware({ price: cents(priceCents), lifeMonths, salvage: cents(salvageCents), refresh });
          const count = lifeMonths * lives;
          const sum = (view: LedgerView) =>
            hardwareEntries(servers, { range: { first: month('2009-05'), count }, minorDigits: 2, drivers: new Map(), view }).reduce(
              (total, amount) => total + (amount === undefined ? 0n : toMinorUnits(amount, 2)),
              0n,
            );
          const perLife = BigInt(priceCents - salvageCents);
          const expected = refresh ? perLife * BigInt(lives) : perLife;
          assert.equal(sum('cash'), expected);
          assert.equal(sum('amortized'), expected);
        }),
      );
    });

    it('makes every total of the ledger the exact sum of its entries, in both views', () => {
      fc.assert(
        fc.property(item, fc.integer({ min: 1, max: 120 }), ({ priceCents, salvageShare, lifeMonths, refresh }, count) => {
          const salvageCents = Math.floor((priceCents * salvageShare) / 100);
          const own = scenarioOf({
            name: 'Own',
            currency: 'USD',
            start: '2009-05',
            costs: [
              { name: 'Servers', kind: 'hardware', price: cents(priceCents), lifeMonths, salvage: cents(salvageCents), refresh, category: 'hardware' },
              { name: 'Admin', kind: 'staff', annualCost: cents(priceCents), raise: '3%', onCallStipend: '10.01', category: 'staff' },
            ],
          });
          for (const view of ['cash', 'amortized'] as const) {
            const ledger = scenarioSchedule(own, { first: month('2009-05'), count }, { view });
            for (const { amounts, totalMinorUnits } of ledger.items) {
              assert.equal(totalMinorUnits, amounts.reduce((total, amount) => total + (amount === undefined ? 0n : toMinorUnits(amount, 2)), 0n));
            }
            for (let m = 0; m < count; m++) {
              assert.equal(ledger.monthlyMinorUnits[m], ledger.items.reduce((total, entry) => total + (entry.minorUnits[m] as bigint), 0n));
            }
          }
        }),
        { numRuns: 50 },
      );
    });
  });

  describe('in minor units (hardwareMinorUnits, what the ledger takes)', () => {
    it('gives what the Decimal entries give, in cents, or nothing when a payment can be 0.00', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 5_000_000 }),
          fc.integer({ min: 0, max: 5_000_000 }),
          fc.integer({ min: 1, max: 40 }),
          fc.boolean(),
          fc.constantFrom<LedgerView>('cash', 'amortized'),
          fc.integer({ min: -6, max: 6 }),
          fc.integer({ min: 1, max: 90 }),
          (priceCents, salvageCents, lifeMonths, refresh, view, startOffset, count) => {
            const item = hardware({ price: (priceCents / 100).toFixed(2), salvage: (Math.min(salvageCents, priceCents) / 100).toFixed(2), lifeMonths, refresh, from: '2009-11' });
            const context = { range: { first: month('2009-11') + startOffset, count }, minorDigits: 2, drivers: new Map(), view };
            const decimals = hardwareEntries(item, context).map((amount) => (amount === undefined ? undefined : toMinorUnits(amount, 2)));
            const units = hardwareMinorUnits(item, context);
            if (decimals.some((payment) => payment === 0n)) assert.equal(units, undefined);
            else if (units !== undefined) assert.deepEqual(minorUnitsOf(units), decimals.map((payment) => payment ?? 0n));
            // Left to the Decimal entries only when a life can pay 0.00 (in the range or not).
            const kept = Math.min(salvageCents, priceCents);
            const neverZero = view === 'cash' ? priceCents > 0 && (lifeMonths > 1 || priceCents > kept) : priceCents - kept >= lifeMonths;
            assert.equal(units === undefined, !neverZero);
          },
        ),
        { numRuns: 2000 },
      );
    });

    it('leaves to the Decimal entries a purchase of 0.00, and an amortized month of 0.00', () => {
      const range = { first: month('2009-05'), count: 3 };
      assert.equal(hardwareMinorUnits(hardware({ price: '0', lifeMonths: 3 }), { range, minorDigits: 2, drivers: new Map(), view: 'cash' }), undefined);
      // 0.02 over 3 months: 0.01, 0.01, 0.00
      assert.equal(hardwareMinorUnits(hardware({ price: '0.02', lifeMonths: 3 }), { range, minorDigits: 2, drivers: new Map(), view: 'amortized' }), undefined);
      assert.deepEqual(minorUnitsOf(hardwareMinorUnits(hardware({ price: '0.03', lifeMonths: 3 }), { range, minorDigits: 2, drivers: new Map(), view: 'amortized' })!), [1n, 1n, 1n]);
    });
  });
});

