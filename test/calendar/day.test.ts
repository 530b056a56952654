import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDay, parseMonthOrDay } from '../../lib/calendar/day.js';
import { formatMonth } from '../../lib/calendar/month.js';

describe('isDay', () => {
  it('accepts days that exist, written YYYY-MM-DD', () => {
    for (const text of ['2009-05-04', '2009-01-31', '2009-12-31', '2012-02-29', '2000-02-29', '2010-02-28']) assert.equal(isDay(text), true, text);
  });

  it('refuses days that do not exist: the 30th of February, the 31st of April, the 29th of February outside a leap year', () => {
    for (const text of ['2010-02-30', '2009-04-31', '2009-02-29', '1900-02-29', '2100-02-29', '2009-05-00', '2009-13-01', '2009-00-10']) assert.equal(isDay(text), false, text);
  });

  it('refuses other ways of writing a day', () => {
    for (const text of ['2009-5-4', '04/05/2009', '2009-05', '2009-05-04T00:00', ' 2009-05-04', '']) assert.equal(isDay(text), false, JSON.stringify(text));
  });

  it('knows the calendar of the years 0 to 99 too', () => {
    assert.equal(isDay('0050-01-01'), true);
    assert.equal(isDay('0004-02-29'), true);
    assert.equal(isDay('0100-02-29'), false);
  });
});

describe('parseMonthOrDay', () => {
  const month = (text: string) => {
    const parsed = parseMonthOrDay(text);
    return parsed === undefined ? undefined : formatMonth(parsed);
  };

  it('reads YYYY-MM as that month', () => {
    assert.equal(month('2009-05'), '2009-05');
  });

  it('reads a day YYYY-MM-DD as its month, what a spreadsheet makes of a month', () => {
    assert.deepEqual(['2009-05-01', '2010-02-28', '2012-02-29', '2009-12-31'].map(month), ['2009-05', '2010-02', '2012-02', '2009-12']);
  });

  it('refuses a day that does not exist, and what is neither a month nor a day', () => {
    for (const text of ['2009-02-29', '2009-04-31', '2009-13', '2009-5', 'May 2009', '5/1/2009', '2009-05-1', '']) assert.equal(parseMonthOrDay(text), undefined, JSON.stringify(text));
  });
});
