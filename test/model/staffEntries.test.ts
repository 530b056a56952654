import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { staffEntries } from '../../lib/model/staffEntries.js';
import type { StaffItem } from '../../lib/scenario/scenario.js';
import type { StaffItemFile } from '../../lib/scenario/scenarioFile.js';
import { Money } from '../../lib/money/decimal.js';
import { formatMinorUnits } from '../../lib/money/minorUnits.js';
import { roundMoney } from '../../lib/money/roundMoney.js';
import { month, scenarioOf, times } from '../support/fixtures.js';
import { minorUnitsOf } from '../../lib/model/minorUnitEntries.js';

/** A staff item read through parseScenario from a scenario starting 2009-05. */
function staff(item: Omit<StaffItemFile, 'name' | 'kind'>): StaffItem {
  return scenarioOf({ name: 'Staff', currency: 'USD', start: '2009-05', costs: [{ name: 'Admin', kind: 'staff', ...item }] }).items[0] as StaffItem;
}

/** The item's entries as the ledger has them: amounts with 2 decimals, undefined where nothing is due. */
function entries(item: StaffItem, count: number, first = '2009-05'): (string | undefined)[] {
  const range = { first: month(first), count };
  const units = minorUnitsOf(staffEntries(item, { range, minorDigits: 2, drivers: new Map(), view: 'cash' }));
  return units.map((unit) => (unit === 0n ? undefined : formatMinorUnits(unit, 2)));
}

describe('staffEntries', () => {
  it('allocates the annual loaded cost over 12 months, leftover cents first', () => {
    // 98,000.00 = 9,800,000 cents; ÷ 12 = 816,666 cents and 8 left over: 8 × 8,166.67 + 4 × 8,166.66
    assert.deepEqual(entries(staff({ annualCost: '98000' }), 12), [...times(8, '8166.67'), ...times(4, '8166.66')]);
  });

  it('pays nothing before the hiring month, and counts employment years from it', () => {
    const admin = staff({ annualCost: '98000', from: '2009-07' });
    // hired 2009-07: nothing in 2009-05 and 2009-06; year 1 of employment runs 2009-07 to 2010-06
    assert.deepEqual(entries(admin, 14), [undefined, undefined, ...times(8, '8166.67'), ...times(4, '8166.66')]);
  });

  it('compounds the raise on each anniversary of the hiring month', () => {
    const admin = staff({ annualCost: '98000', from: '2009-07', raise: '3%' });
    const all = entries(admin, 38);
    // year 2 (from 2010-07): ROUND(98,000 × 1.03) = 100,940.00 → 841,166 cents a month, 8 left over
    assert.deepEqual(all.slice(14, 26), [...times(8, '8411.67'), ...times(4, '8411.66')]);
    // year 3 (from 2011-07): ROUND(98,000 × 1.03², 2) = 103,968.20 → 866,401 cents a month, 8 left over
    assert.deepEqual(all.slice(26, 38), [...times(8, '8664.02'), ...times(4, '8664.01')]);
  });

  it('multiplies by the FTE before rounding: 1.5 × 60,000 = 90,000 a year, 7,500.00 a month', () => {
    assert.deepEqual(entries(staff({ annualCost: '60000', fte: 1.5 }), 2), ['7500.00', '7500.00']);
  });

  it('pays the on-call stipend every month to each person on call, the FTE rounded up', () => {
    // 1.5 FTE: 2 people on call × 250.00 = 500.00 on top of 7,500.00
    assert.deepEqual(entries(staff({ annualCost: '60000', fte: 1.5, onCallStipend: '250' }), 2), ['8000.00', '8000.00']);
  });

  it('takes its FTE from the coverage when none is given: 24×7 at 40 hours a person is 5 people', () => {
    const team = staff({ annualCost: '60000', onCallStipend: '100', coverage: { hoursPerWeek: 168, maxOnCallHoursPerPersonPerWeek: 40 } });
    // 5 × 60,000 = 300,000 a year = 25,000.00 a month, plus 5 × 100.00 on call
    assert.deepEqual(entries(team, 1), ['25500.00']);
    assert.equal(team.fte.toString(), '5');
  });

  it('keeps a stated FTE below what the coverage needs (the comparison reports it)', () => {
    const alone = staff({ annualCost: '60000', fte: 1, coverage: { hoursPerWeek: 168, maxOnCallHoursPerPersonPerWeek: 40 } });
    assert.deepEqual([alone.fte.toString(), alone.coverage?.peopleNeeded], ['1', 5]);
  });

  it('ends after `months`, in the middle of an employment year', () => {
    const contractor = staff({ annualCost: '12000', months: 3, onCallStipend: '10' });
    assert.deepEqual(entries(contractor, 5), ['1010.00', '1010.00', '1010.00', undefined, undefined]);
  });

  it('starts its range anywhere: a range from 2010-05 sees year 2 of an employment from 2009-05', () => {
    assert.deepEqual(entries(staff({ annualCost: '12000', raise: '10%' }), 1, '2010-05'), ['1100.00']);
  });

  it('makes each employment year sum exactly to ROUND(annualCost × fte × (1 + raise)^year), parts differing by at most a cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: 1, max: 8 }),
        (annualCents, fteHundredths, raiseHundredthsOfAPercent, years) => {
          const annualCost = (annualCents / 100).toFixed(2);
          const fte = fteHundredths / 100;
          const raise = `${(raiseHundredthsOfAPercent / 100).toFixed(2)}%`;
          const all = entries(staff({ annualCost, fte, raise }), 12 * years).map((amount) => new Money(amount ?? 0));
          for (let year = 0; year < years; year++) {
            const parts = all.slice(12 * year, 12 * year + 12);
            const expected = roundMoney(new Money(annualCost).times(fte).times(new Money(1).plus(new Money(raise.slice(0, -1)).dividedBy(100)).pow(year)), 2);
            assert.equal(parts.reduce((sum, part) => sum.plus(part), new Money(0)).toFixed(2), expected.toFixed(2));
            const cents = parts.map((part) => part.times(100).toNumber());
            assert.ok(Math.max(...cents) - Math.min(...cents) <= 1);
          }
        },
      ),
    );
  });

  it('pays ROUND(onCallStipend × people on call) a month, half away from zero, for stipends of up to four decimals and FTEs of two', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom(0, 1, 2, 3, 4), fc.integer({ min: 1, max: 2000 }), (stipendUnits, digits, fteHundredths) => {
        const onCallStipend = (stipendUnits / 10 ** digits).toFixed(digits);
        const fte = fteHundredths / 100;
        const people = Math.ceil(fte);
        const expected = new Money(onCallStipend).times(people).toDecimalPlaces(2, Money.ROUND_HALF_UP).toFixed(2);
        const paid = entries(staff({ annualCost: '0', fte, onCallStipend }), 3);
        assert.deepEqual(paid, times(3, expected === '0.00' ? undefined : expected));
      }),
    );
  });

  it('pays amounts beyond 2^53 cents exactly: a raise that takes the monthly pay past it in the second year', () => {
    // A monthly pay of 2^53 − 1,000 cents in the first year, 10% more from the second.
    const monthly = 2n ** 53n - 1000n;
    const annual = 12n * monthly;
    const annualCost = `${annual / 100n}.${String(annual % 100n).padStart(2, '0')}`;
    const range = { first: month('2009-05'), count: 24 };
    const units = minorUnitsOf(staffEntries(staff({ annualCost, raise: '10%' }), { range, minorDigits: 2, drivers: new Map(), view: 'cash' }));
    // Year 2: ROUND(annual × 1.1) cents, 12 parts, the leftover cents one each to the first months.
    const yearly = (annual * 11n + 5n) / 10n;
    const part = yearly / 12n;
    const leftover = Number(yearly - part * 12n);
    assert.deepEqual(units.slice(0, 12), times(12, monthly));
    assert.deepEqual(units.slice(12), Array.from({ length: 12 }, (_unused, m) => (m < leftover ? part + 1n : part)));
    assert.ok(part > 2n ** 53n);
  });

  it('works out annualCost × fte as a Decimal does, to 40 significant digits, before rounding to the cent', () => {
    // 120.00499999999999999999999999999999999999999 has 44 significant digits: to 40 it is
    // 120.005, which rounds half away from zero to 120.01 a year, 12,001 cents: 10.01 and then 10.00 a month.
    assert.deepEqual(entries(staff({ annualCost: '120.00499999999999999999999999999999999999999' }), 12), ['10.01', ...times(11, '10.00')]);
  });

  it('works out (1 + raise) and onCallStipend × people as Decimals do too, to 40 significant digits', () => {
    // 1 + 10^-41 is 1 to 40 digits: no raise at all, so 100.005 a year again in the second year.
    const raised = entries(staff({ annualCost: '100.005', raise: '-0.00000000000000000000000000000000000000001' }), 24);
    assert.deepEqual(raised.slice(12), raised.slice(0, 12));
    // A stipend of 41 significant digits: to 40 it ends in …567.905, which rounds half away from zero to …567.91.
    const paid = entries(staff({ annualCost: '0', onCallStipend: '1234567890123456789012345678901234567.9045' }), 1);
    assert.deepEqual(paid, ['1234567890123456789012345678901234567.91']);
    // Below 40 digits, every digit counts: 0.004 rounds to 0.00, 0.005 to 0.01.
    assert.deepEqual(entries(staff({ annualCost: '0', onCallStipend: '1.004' }), 1), ['1.00']);
    assert.deepEqual(entries(staff({ annualCost: '0', onCallStipend: '1.005' }), 1), ['1.01']);
  });

  it('pays what Decimal arithmetic gives, for amounts, FTEs, raises and stipends of up to 45 significant digits', () => {
    // By the rules, with Decimals: yearly = ROUND(annualCost × fte × (1 + raise)^year), each
    // product and sum a Decimal (to 40 significant digits), the power exact; the stipend ROUND(stipend × people).
    const digits = (max: number) => fc.tuple(fc.bigInt({ min: 0n, max: 10n ** BigInt(max) }), fc.integer({ min: 0, max: max })).map(([units, scale]) => {
      const text = units.toString().padStart(scale + 1, '0');
      return scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
    });
    fc.assert(
      fc.property(digits(45), fc.integer({ min: 1, max: 400 }), digits(43), fc.option(digits(42), { nil: undefined }), (annualCost, fteHundredths, raiseText, onCallStipend) => {
        const fte = fteHundredths / 100;
        const raise = `${raiseText}%`;
        const paid = entries(staff({ annualCost, fte, raise, ...(onCallStipend === undefined ? {} : { onCallStipend }) }), 24);
        const perYear = new Money(annualCost).times(fte);
        const growth = new Money(1).plus(new Money(raiseText).dividedBy(100));
        const cents = (value: InstanceType<typeof Money>) => BigInt(value.toFixed(2, Money.ROUND_HALF_UP).replace('.', ''));
        const stipend = onCallStipend === undefined ? 0n : cents(new Money(onCallStipend).times(Math.ceil(fte)));
        const expected = [0, 1].flatMap((year) => {
          // The exact power of the Decimal growth, as a fraction: rounded half up once, to the cent.
          const [g, gScale] = fraction(growth);
          const [p, pScale] = fraction(perYear);
          const numerator = p * g ** BigInt(year) * 100n;
          const denominator = 10n ** BigInt(pScale + gScale * year);
          const yearly = (numerator * 2n + denominator) / (denominator * 2n);
          const part = yearly / 12n;
          const leftover = yearly - part * 12n;
          return Array.from({ length: 12 }, (_unused, m) => (BigInt(m) < leftover ? part + 1n : part) + stipend);
        });
        assert.deepEqual(paid, expected.map((units) => (units === 0n ? undefined : formatMinorUnits(units, 2))));
      }),
      { numRuns: 300 },
    );
  });
});

/** A Decimal as a whole number and its decimal places. */
function fraction(value: InstanceType<typeof Money>): [bigint, number] {
  const text = value.toFixed();
  const point = text.indexOf('.');
  return point < 0 ? [BigInt(text), 0] : [BigInt(text.slice(0, point) + text.slice(point + 1)), text.length - point - 1];
}

