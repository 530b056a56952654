import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { monthlyDiscountFactors, npv, spreadsheetNpv } from '../../lib/analysis/npv.js';
import { Money, ZERO, type Decimal } from '../../lib/money/decimal.js';
import { times } from '../support/fixtures.js';

/** Monthly amounts with `amount` at the given 0-based months and nothing elsewhere. */
function paymentsAt(count: number, payments: Record<number, string>): (Decimal | undefined)[] {
  return Array.from({ length: count }, (_, m) => (payments[m] === undefined ? undefined : new Money(payments[m] as string)));
}

describe('spreadsheetNpv', () => {
  // Published examples of the spreadsheet NPV() function. Each value i (1-based) is discounted
  // by (1 + rate)^i, e.g. for the first one:
  //   -10000/1.1 + 3000/1.21 + 4200/1.331 + 6800/1.4641
  //   = -9090.909 + 2479.339 + 3155.522 + 4644.491 = 1188.443
  it('gives 1,188.44 for NPV(10%, -10000, 3000, 4200, 6800) (Microsoft Excel NPV help, example 1)', () => {
    assert.equal(spreadsheetNpv('0.10', ['-10000', '3000', '4200', '6800']).toFixed(2), '1188.44');
  });

  it('gives 1,922.06 for NPV(8%, 8000, 9200, 10000, 12000, 14500) + the initial -40000 (Excel NPV help, example 2)', () => {
    // 7407.407 + 7887.517 + 7938.322 + 8820.358 + 9868.450 = 41922.055; − 40000 = 1922.06
    assert.equal(spreadsheetNpv('0.08', ['8000', '9200', '10000', '12000', '14500']).minus(40000).toFixed(2), '1922.06');
  });

  it('gives -3,749.47 with an extra -9000 in year 6 (Excel NPV help, example 2)', () => {
    // −9000 / 1.08^6 = −9000 / 1.586874 = −5671.53; 1922.06 − 5671.53 = −3749.47
    assert.equal(spreadsheetNpv('0.08', ['8000', '9200', '10000', '12000', '14500', '-9000']).minus(40000).toFixed(2), '-3749.47');
  });

  it('matches the FormCalc NPV() examples published by Adobe to their last printed digit', () => {
    // help.adobe.com, LiveCycle Designer FormCalc reference, NPV
    assert.equal(spreadsheetNpv('0.065', ['5000']).toDecimalPlaces(11).toString(), '4694.83568075117');
    assert.equal(spreadsheetNpv('0.10', ['500', '1500', '4000', '10000']).toDecimalPlaces(11).toString(), '11529.60863329008');
    assert.equal(spreadsheetNpv(new Money('0.0275').dividedBy(12), ['50', '60', '40', '100', '25']).toDecimalPlaces(11).toString(), '273.14193838457');
  });

  it('matches NPV(6.5%, -10000, 3000, 3400, 7700) = 2,055.38 (MESCIUS SPREAD function reference)', () => {
    assert.equal(spreadsheetNpv('0.065', ['-10000', '3000', '3400', '7700']).toFixed(2), '2055.38');
  });

  it('matches NPV(9.5%, six payments of 65) = 287.29 (a published spreadsheet manual example)', () => {
    assert.equal(spreadsheetNpv('0.095', times(6, '65')).toFixed(2), '287.29');
  });

  it('is zero for no values', () => {
    assert.equal(spreadsheetNpv('0.1', []).toString(), '0');
  });
});

describe('npv', () => {
  it('does not discount the first month', () => {
    assert.equal(npv(paymentsAt(1, { 0: '1000' }), '0.10').toFixed(2), '1000.00');
  });

  it('discounts 1100 paid in twelve months at 10% a year to 1000', () => {
    // 1100 / 1.1 = 1000
    assert.equal(npv(paymentsAt(13, { 12: '1100' }), '0.10').toFixed(2), '1000.00');
  });

  it('discounts 1210 paid in 24 months at 10% a year to 1000', () => {
    // 1210 / 1.1² = 1210 / 1.21 = 1000
    assert.equal(npv(paymentsAt(25, { 24: '1210' }), '0.10').toFixed(2), '1000.00');
  });

  it('discounts by a fractional power of the year: 1100 in six months at 21% a year is 1000', () => {
    // (1.21)^(6/12) = 1.1, so 1100 / 1.1 = 1000
    assert.equal(npv(paymentsAt(7, { 6: '1100' }), '0.21').toFixed(2), '1000.00');
  });

  it('values 1,000 now and 1,100 in twelve months at 10% a year at 2,000', () => {
    assert.equal(npv([new Money(1000), ...times(11, ZERO), new Money(1100)], '0.10').toFixed(2), '2000.00');
  });

  it('accepts the rate as a Decimal', () => {
    assert.equal(npv(paymentsAt(13, { 12: '1100' }), new Money('0.1')).toFixed(2), '1000.00');
  });

  it('equals value0 + spreadsheetNpv(rate, rest) for payments 12 months apart (the Excel example 2 cash flows)', () => {
    // −40000 now, then 8000, 9200, 10000, 12000, 14500 at the ends of years 1 … 5
    const monthly = paymentsAt(61, { 0: '-40000', 12: '8000', 24: '9200', 36: '10000', 48: '12000', 60: '14500' });
    const expected = new Money(-40000).plus(spreadsheetNpv('0.08', ['8000', '9200', '10000', '12000', '14500']));
    assert.equal(npv(monthly, '0.08').toDecimalPlaces(20).toString(), expected.toDecimalPlaces(20).toString());
    assert.equal(npv(monthly, '0.08').toFixed(2), '1922.06');
  });

  it('equals value0 + spreadsheetNpv(rate, rest) for any yearly payments and rate', () => {
    const cents = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map((c) => new Money(c.toString()).dividedBy(100));
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 5000 }), (values, basisPoints) => {
        const rate = new Money(basisPoints).dividedBy(10000); // 0% … 50%
        const monthly = new Array<Decimal | undefined>((values.length - 1) * 12 + 1).fill(undefined);
        values.forEach((value, year) => (monthly[year * 12] = value));
        const expected = (values[0] as Decimal).plus(spreadsheetNpv(rate, values.slice(1)));
        assert.equal(npv(monthly, rate).toDecimalPlaces(15).toString(), expected.toDecimalPlaces(15).toString());
      }),
      { numRuns: 100 },
    );
  });

  it('equals the plain sum at a rate of 0, exactly', () => {
    const monthly = [new Money('0.10'), undefined, new Money('0.20'), new Money('123456.78'), ZERO];
    assert.equal(npv(monthly, 0).toString(), '123457.08');
    assert.equal(npv(monthly, '0').toString(), '123457.08');
  });

  it('is zero for nothing due', () => {
    assert.equal(npv([], '0.1').toString(), '0');
    assert.equal(npv(times(3, undefined), '0.1').toString(), '0');
  });
});

describe('monthlyDiscountFactors', () => {
  it('starts at 1 and reaches 1/(1 + rate) after twelve months', () => {
    const factors = monthlyDiscountFactors('0.10', 13);
    assert.equal(factors.length, 13);
    assert.equal(factors[0]?.toString(), '1');
    // 1 / 1.1 = 0.909090…
    assert.equal(factors[12]?.toDecimalPlaces(20).toString(), '0.90909090909090909091');
  });

  it('stays accurate over 1200 months: (1.1)^(−100) after 100 years', () => {
    // 1.1^100 = 13780.6123398222…, so 1/1.1^100 = 0.0000725657…; compare with a direct power
    const factors = monthlyDiscountFactors('0.10', 1201);
    assert.equal(factors[1200]?.toDecimalPlaces(25).toString(), new Money('1.1').pow(-100).toDecimalPlaces(25).toString());
  });
});
