import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addMonths, formatMonth, monthName, parseMonth } from '../../lib/calendar/month.js';
import { month } from '../support/fixtures.js';

describe('parseMonth', () => {
  it('reads YYYY-MM as year × 12 + month index', () => {
    assert.equal(parseMonth('2009-05'), 2009 * 12 + 4);
    assert.equal(parseMonth('2009-01'), 2009 * 12);
    assert.equal(parseMonth('2009-12'), 2009 * 12 + 11);
  });

  it('rejects month 13, month 00, a one-digit month and month names', () => {
    for (const text of ['2009-13', '2009-00', '2009-5', 'May 2009', '09-05', '2009/05', '2009-05-01', ' 2009-05', '2009-05 ', '']) {
      assert.equal(parseMonth(text), undefined, JSON.stringify(text));
    }
  });

  it('rejects values that are not strings', () => {
    for (const value of [200905, null, undefined, new Date(2009, 4)]) assert.equal(parseMonth(value), undefined);
  });
});

describe('formatMonth', () => {
  it('writes YYYY-MM with leading zeros', () => {
    assert.equal(formatMonth(2009 * 12 + 4), '2009-05');
    assert.equal(formatMonth(999 * 12), '0999-01');
  });

  it('round-trips with parseMonth for every month of years 0000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, monthOfYear) => {
        const text = `${String(year).padStart(4, '0')}-${String(monthOfYear).padStart(2, '0')}`;
        assert.equal(formatMonth(month(text)), text);
      }),
    );
  });
});

describe('addMonths', () => {
  it('crosses year ends forwards', () => {
    assert.equal(formatMonth(addMonths(month('2009-11'), 3)), '2010-02');
    assert.equal(formatMonth(addMonths(month('2009-12'), 1)), '2010-01');
    assert.equal(formatMonth(addMonths(month('2009-05'), 35)), '2012-04'); // the last of 36 months from 2009-05
  });

  it('crosses year ends backwards for a negative count', () => {
    assert.equal(formatMonth(addMonths(month('2010-01'), -1)), '2009-12');
    assert.equal(formatMonth(addMonths(month('2010-02'), -14)), '2008-12');
  });

  it('adds twelve months to get the same month next year', () => {
    assert.equal(formatMonth(addMonths(month('2009-05'), 12)), '2010-05');
  });

  it('leaves the month alone for zero', () => {
    assert.equal(formatMonth(addMonths(month('2009-05'), 0)), '2009-05');
  });
});

describe('monthName', () => {
  it('writes the English month name and the year', () => {
    assert.equal(monthName(month('2010-05')), 'May 2010');
    assert.equal(monthName(month('2009-01')), 'January 2009');
    assert.equal(monthName(month('2011-12')), 'December 2011');
  });
});
