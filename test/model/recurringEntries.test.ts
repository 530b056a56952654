import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Money } from '../../lib/money/decimal.js';
import fc from 'fast-check';
import { recurringEntries, recurringMinorUnits } from '../../lib/model/recurringEntries.js';
import { toMinorUnits } from '../../lib/money/minorUnits.js';
import type { RecurringItem } from '../../lib/scenario/scenario.js';
import { fixed, month, times } from '../support/fixtures.js';
import { minorUnitsOf } from '../../lib/model/minorUnitEntries.js';

type Options = {
  readonly every?: 1 | 3 | 12;
  readonly billing?: 'upfront' | 'monthly';
  readonly from?: string;
  readonly months?: number;
  readonly escalation?: { readonly rate: string; readonly everyMonths?: number };
};

function fee(amount: string, options: Options = {}): RecurringItem {
  return {
    name: 'Fee',
    kind: 'recurring',
    category: 'hosting',
    amount: new Money(amount),
    periodMonths: options.every ?? 1,
    billing: options.billing ?? 'upfront',
    from: month(options.from ?? '2009-05'),
    ...(options.months === undefined ? {} : { months: options.months }),
    ...(options.escalation === undefined
      ? {}
      : { escalation: { rate: new Money(options.escalation.rate), everyMonths: options.escalation.everyMonths ?? 12 } }),
  };
}

/** The entries of an item over `count` months from `first` (default 2009-05), in cents. */
function entries(item: RecurringItem, count: number, first = '2009-05', digits = 2): (string | undefined)[] {
  return fixed(recurringEntries(item, { first: month(first), count }, digits), digits);
}

/** Upfront payments: `amount` at the given 0-based months, nothing elsewhere. */
function paidAt(count: number, payments: Record<number, string>): (string | undefined)[] {
  return Array.from({ length: count }, (_, m) => payments[m]);
}

describe('recurringEntries', () => {
  describe('monthly fees', () => {
    it('pays the amount every month', () => {
      assert.deepEqual(entries(fee('40000'), 3), times(3, '40000.00'));
    });

    it('pays the same with monthly billing', () => {
      assert.deepEqual(entries(fee('40000', { billing: 'monthly' }), 3), times(3, '40000.00'));
    });

    it('rounds the amount to cents, half away from zero', () => {
      assert.deepEqual(entries(fee('99.995'), 2), times(2, '100.00'));
    });

    it('runs to the end of the range when open-ended', () => {
      assert.deepEqual(entries(fee('1'), 120), times(120, '1.00'));
    });
  });

  describe('quarterly fees', () => {
    it('pays the whole amount at the start of each quarter when billed upfront', () => {
      assert.deepEqual(entries(fee('3000', { every: 3 }), 12), paidAt(12, { 0: '3000.00', 3: '3000.00', 6: '3000.00', 9: '3000.00' }));
    });

    it('allocates 10000 a quarter billed monthly as 3333.34, 3333.33, 3333.33', () => {
      // 1,000,000 cents / 3 = 333,333 rest 1: the first month of each quarter gets the extra cent
      assert.deepEqual(entries(fee('10000', { every: 3, billing: 'monthly' }), 6), ['3333.34', '3333.33', '3333.33', '3333.34', '3333.33', '3333.33']);
    });
  });

  describe('yearly fees', () => {
    it('pays 48000 a year billed monthly as 4000.00 × 12', () => {
      assert.deepEqual(entries(fee('48000', { every: 12, billing: 'monthly' }), 24), times(24, '4000.00'));
    });

    it('allocates 80000 a year billed monthly as 6666.67 × 8 then 6666.66 × 4, every year', () => {
      const year = [...times(8, '6666.67'), ...times(4, '6666.66')];
      assert.deepEqual(entries(fee('80000', { every: 12, billing: 'monthly' }), 24), [...year, ...year]);
    });

    it('pays the whole year upfront only in months 1, 13 and 25', () => {
      assert.deepEqual(entries(fee('12000', { every: 12 }), 36), paidAt(36, { 0: '12000.00', 12: '12000.00', 24: '12000.00' }));
    });
  });

  describe('from and months', () => {
    it('starts later than the range: nothing before `from`', () => {
      // from 2009-08 is the fourth month of a range starting 2009-05
      assert.deepEqual(entries(fee('100', { from: '2009-08' }), 6), [undefined, undefined, undefined, '100.00', '100.00', '100.00']);
    });

    it('ends mid-range after `months` months', () => {
      assert.deepEqual(entries(fee('100', { months: 4 }), 6), ['100.00', '100.00', '100.00', '100.00', undefined, undefined]);
    });

    it('starts later and ends mid-range', () => {
      assert.deepEqual(entries(fee('100', { from: '2009-06', months: 2 }), 5), [undefined, '100.00', '100.00', undefined, undefined]);
    });

    it('bills an upfront period that starts inside `months` in full', () => {
      // 18 months from 2009-05: the second year starts in month 13, inside the 18 months, and is paid whole
      assert.deepEqual(entries(fee('12000', { every: 12, months: 18 }), 36), paidAt(36, { 0: '12000.00', 12: '12000.00' }));
    });

    it('bills an upfront quarter that starts in the last month of `months` in full', () => {
      // 4 months: quarters start in months 1 and 4; month 4 is the last month of the item
      assert.deepEqual(entries(fee('3000', { every: 3, months: 4 }), 9), paidAt(9, { 0: '3000.00', 3: '3000.00' }));
    });

    it('stops monthly billing of a yearly amount when the item ends', () => {
      // 18 months of 48000 a year billed monthly: 18 × 4000.00, nothing after
      assert.deepEqual(entries(fee('48000', { every: 12, billing: 'monthly', months: 18 }), 24), [...times(18, '4000.00'), ...times(6, undefined)]);
    });

    it('ends before the range: nothing at all', () => {
      assert.deepEqual(entries(fee('100', { from: '2009-01', months: 4 }), 3), times(3, undefined));
    });

    it('starts after the range: nothing at all', () => {
      assert.deepEqual(entries(fee('100', { from: '2010-05' }), 12), times(12, undefined));
    });
  });

  describe('a range that starts after `from` (analysis --from later than the item)', () => {
    it('pays monthly fees from the first month of the range', () => {
      assert.deepEqual(entries(fee('100'), 3, '2010-01'), times(3, '100.00'));
    });

    it('keeps upfront periods aligned to `from`, not to the range', () => {
      // quarters from 2009-05 start 2009-05, 2009-08, 2009-11; the range starts 2009-06
      assert.deepEqual(entries(fee('3000', { every: 3 }), 6, '2009-06'), paidAt(6, { 2: '3000.00', 5: '3000.00' }));
    });

    it('continues a monthly allocation mid-period', () => {
      // 2009-06 and 2009-07 are the 2nd and 3rd months of the quarter that began 2009-05
      assert.deepEqual(entries(fee('10000', { every: 3, billing: 'monthly' }), 4, '2009-06'), ['3333.33', '3333.33', '3333.34', '3333.33']);
    });

    it('pays nothing for a yearly upfront period paid before the range', () => {
      // paid 2009-05 (before the range) and next on 2010-05, the 4th month of a range from 2010-02
      assert.deepEqual(entries(fee('12000', { every: 12 }), 6, '2010-02'), paidAt(6, { 3: '12000.00' }));
    });
  });

  describe('escalation', () => {
    it('compounds 1000 a month at 3% a year on each anniversary: 1000.00, 1030.00, 1060.90', () => {
      // 1000 × 1.03 = 1030; 1000 × 1.03² = 1000 × 1.0609 = 1060.90
      assert.deepEqual(entries(fee('1000', { escalation: { rate: '0.03' } }), 36), [
        ...times(12, '1000.00'),
        ...times(12, '1030.00'),
        ...times(12, '1060.90'),
      ]);
    });

    it('rounds each year\'s price from the original amount, not from last year\'s rounded price', () => {
      // 333.33 × 1.035   = 344.99655     → 345.00
      // 333.33 × 1.035²  = 333.33 × 1.071225 = 357.07142925 → 357.07
      // (compounding the rounded 345.00 would give 345.00 × 1.035 = 357.075 → 357.08)
      assert.deepEqual(entries(fee('333.33', { escalation: { rate: '0.035' } }), 36), [
        ...times(12, '333.33'),
        ...times(12, '345.00'),
        ...times(12, '357.07'),
      ]);
    });

    it('escalates the period amount, then allocates it when billed monthly', () => {
      // 80000 → 82400 (× 1.03) → 84872 (× 1.0609)
      // 8,240,000 cents / 12 = 686,666 rest 8; 8,487,200 / 12 = 707,266 rest 8
      assert.deepEqual(entries(fee('80000', { every: 12, billing: 'monthly', escalation: { rate: '0.03' } }), 36), [
        ...times(8, '6666.67'),
        ...times(4, '6666.66'),
        ...times(8, '6866.67'),
        ...times(4, '6866.66'),
        ...times(8, '7072.67'),
        ...times(4, '7072.66'),
      ]);
    });

    it('escalates a yearly upfront fee at each payment', () => {
      // 12000, 12000 × 1.05 = 12600, 12000 × 1.1025 = 13230
      assert.deepEqual(entries(fee('12000', { every: 12, escalation: { rate: '0.05' } }), 36), paidAt(36, { 0: '12000.00', 12: '12600.00', 24: '13230.00' }));
    });

    it('counts anniversaries from the item\'s `from`, not from the range', () => {
      // from 2009-08: the price steps up in 2010-08, the 16th month of a range from 2009-05
      const result = entries(fee('100', { from: '2009-08', escalation: { rate: '0.10' } }), 18);
      assert.deepEqual(result, [...times(3, undefined), ...times(12, '100.00'), ...times(3, '110.00')]);
    });

    it('keeps the escalated price when the range starts after `from`', () => {
      // from 2009-05, range from 2010-02: 2010-02 … 2010-04 still year 1, 2010-05 is year 2
      assert.deepEqual(entries(fee('1000', { escalation: { rate: '0.03' } }), 5, '2010-02'), ['1000.00', '1000.00', '1000.00', '1030.00', '1030.00']);
    });

    it('steps every quarter when asked', () => {
      // 100, 110, 121 (100 × 1.1²)
      assert.deepEqual(entries(fee('100', { escalation: { rate: '0.10', everyMonths: 3 } }), 9), [
        ...times(3, '100.00'),
        ...times(3, '110.00'),
        ...times(3, '121.00'),
      ]);
    });

    it('applies a price decrease the same way', () => {
      // 1000 × 0.9 = 900
      assert.deepEqual(entries(fee('1000', { escalation: { rate: '-0.10' } }), 13), [...times(12, '1000.00'), '900.00']);
    });

    it('leaves the price alone at a rate of zero', () => {
      assert.deepEqual(entries(fee('1000', { escalation: { rate: '0' } }), 25), times(25, '1000.00'));
    });
  });

  describe('currencies with other minor units', () => {
    it('allocates whole yen for JPY', () => {
      // 100000 yen / 12 = 8333 rest 4
      assert.deepEqual(entries(fee('100000', { every: 12, billing: 'monthly' }), 12, '2009-05', 0), [...times(4, '8334'), ...times(8, '8333')]);
    });

    it('allocates fils for KWD', () => {
      // 1000 fils / 3 = 333 rest 1
      assert.deepEqual(entries(fee('1', { every: 3, billing: 'monthly' }), 3, '2009-05', 3), ['0.334', '0.333', '0.333']);
    });
  });

  describe('in minor units (recurringMinorUnits, what the ledger takes)', () => {
    it('pays beyond 2^53 cents exactly once an escalation takes the payments past it', () => {
      // 90,071,992,547,000.00 a month, 2^53 − 40,992 cents, then 3% more from the second year.
      const cents = 9_007_199_254_700_000n;
      const units = recurringMinorUnits(fee('90071992547000.00', { escalation: { rate: '0.03' } }), { first: month('2009-05'), count: 14 }, 2);
      const second = (cents * 103n + 50n) / 100n;
      assert.ok(units !== undefined && second > 2n ** 53n);
      assert.deepEqual(minorUnitsOf(units), [...times(12, cents), second, second]);
    });

    it('pays what the rules say, month by month, as the Decimal entries do, or leaves them to tell a payment of 0.00 from none', () => {
      const item = fc.record({
        amount: fc.oneof(
          fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }).map((cents) => (cents / 100).toFixed(2)),
          fc.integer({ min: -99_999, max: 99_999 }).map((tenThousandths) => (tenThousandths / 10_000).toFixed(4)),
        ),
        every: fc.constantFrom(1 as const, 3 as const, 12 as const),
        // Any billing but upfront splits a period (what an untyped caller may give goes that way too).
        billing: fc.constantFrom('upfront' as const, 'monthly' as const, 'other' as unknown as 'monthly'),
        from: fc.integer({ min: 0, max: 30 }),
        months: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
        escalation: fc.option(fc.record({ rate: fc.integer({ min: -1000, max: 1000 }).map((permille) => (permille / 1000).toFixed(3)), everyMonths: fc.constantFrom(1, 3, 12) }), { nil: undefined }),
      });
      fc.assert(
        fc.property(item, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 72 }), fc.constantFrom(0, 2, 3), (options, firstOffset, count, digits) => {
          const recurring = fee(options.amount, { ...options, from: monthAfter('2009-05', options.from) });
          const range = { first: month(monthAfter('2009-05', firstOffset)), count };
          const expected = paymentsByTheRules(options, firstOffset, count, digits);
          const decimals = recurringEntries(recurring, range, digits);
          assert.deepEqual(
            decimals.map((amount) => (amount === undefined ? undefined : toMinorUnits(amount, digits))),
            expected,
          );
          const units = recurringMinorUnits(recurring, range, digits);
          if (expected.includes(0n)) assert.equal(units, undefined);
          else assert.deepEqual(units === undefined ? undefined : minorUnitsOf(units), expected.map((payment) => payment ?? 0n));
        }),
        { numRuns: 3000 },
      );
    });

    it('gives a payment that rounds to zero from below as the amount it is: a negative zero, written 0.00', () => {
      const credit = fee('-0.001');
      const range = { first: month('2009-05'), count: 2 };
      assert.deepEqual(
        recurringEntries(credit, range, 2).map((amount) => [amount?.isZero(), amount?.isNegative(), amount?.toFixed(2)]),
        times(2, [true, true, '0.00']),
      );
      assert.equal(recurringMinorUnits(credit, range, 2), undefined);
    });

    it('leaves a yearly 0.05 billed monthly to the Decimal entries: 5 months of 0.01, then 7 of 0.00', () => {
      const small = fee('0.05', { every: 12, billing: 'monthly' });
      assert.deepEqual(entries(small, 12), [...times(5, '0.01'), ...times(7, '0.00')]);
      assert.equal(recurringMinorUnits(small, { first: month('2009-05'), count: 12 }, 2), undefined);
    });
  });
});

/**
 * A recurring item's payments worked out here from the rules, month by month, apart from the
 * code under test: undefined where nothing is due, else the period's amount after its
 * escalations rounded half away from zero, or, billed monthly, its share of the period's
 * minor units (the leftover units one each to the first months, away from zero).
 */
function paymentsByTheRules(
  options: { amount: string; every: 1 | 3 | 12; billing: 'upfront' | 'monthly'; from: number; months: number | undefined; escalation: { rate: string; everyMonths: number } | undefined },
  firstOffset: number,
  count: number,
  digits: number,
): (bigint | undefined)[] {
  return Array.from({ length: count }, (_unused, index) => {
    const sinceFrom = firstOffset + index - options.from;
    if (sinceFrom < 0 || (options.months !== undefined && sinceFrom >= options.months)) return undefined;
    const position = sinceFrom % options.every;
    if (options.billing === 'upfront' && position !== 0) return undefined;
    const steps = options.escalation === undefined ? 0 : Math.floor((sinceFrom - position) / options.escalation.everyMonths);
    const growth = options.escalation === undefined ? new Money(1) : new Money(1).plus(options.escalation.rate).pow(steps);
    const periodUnits = BigInt(new Money(options.amount).times(growth).toDecimalPlaces(digits, Money.ROUND_HALF_UP).times(new Money(10).pow(digits)).toFixed(0));
    if (options.billing === 'upfront' || options.every === 1) return periodUnits;
    // split: monthly billing, or any other than upfront
    const size = periodUnits < 0n ? -periodUnits : periodUnits;
    const share = size / BigInt(options.every) + (BigInt(position) < size % BigInt(options.every) ? 1n : 0n);
    return periodUnits < 0n ? -share : share;
  });
}

/** The month `months` after `from`, as YYYY-MM. */
function monthAfter(from: string, months: number): string {
  const [year, monthNumber] = from.split('-').map(Number) as [number, number];
  const index = year * 12 + monthNumber - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
