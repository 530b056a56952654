import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMonth, type Month } from '../../../lib/calendar/month.js';
import { monthDate, monthSpan, monthTicks, monthTime, shortMonthName } from '../../../lib/render/charts/monthAxis.js';

const may2009 = parseMonth('2009-05') as Month;

describe('monthTicks', () => {
  it('ticks every month up to a year, on the first of the month or on the day asked', () => {
    assert.equal(monthTicks(may2009, 1).values.length, 1);
    const year = monthTicks(may2009, 12);
    assert.equal(year.every, 'month');
    assert.equal(year.values.length, 12);
    assert.equal(monthTicks(may2009, 12, { day: 16 }).values[0], Date.UTC(2009, 4, 16));
  });

  it('ticks every calendar quarter from 13 months to four years', () => {
    const ticks = monthTicks(may2009, 36);
    assert.equal(ticks.every, 'quarter');
    assert.deepEqual(ticks.values.slice(0, 3).map((v) => new Date(v).getUTCMonth() + 1), [7, 10, 1]);
    assert.equal(monthTicks(may2009, 13).every, 'quarter');
    assert.equal(monthTicks(may2009, 48).every, 'quarter');
  });

  it('ticks every January beyond four years, every few years for long horizons', () => {
    assert.deepEqual([49, 120, 240, 1200].map((months) => [monthTicks(may2009, months).every, monthTicks(may2009, months).step]), [
      ['year', 1],
      ['year', 1],
      ['year', 2],
      ['year', 10],
    ]);
    for (const months of [49, 120, 240, 600, 1200]) assert.ok(monthTicks(may2009, months).values.length <= 12, String(months));
    assert.equal(monthTicks(may2009, 1200).values[0], Date.UTC(2010, 0, 1));
  });

  it('labels name the year on the first tick and where it changes, in UTC', () => {
    assert.equal(
      monthTicks(may2009, 36).labelExpr,
      `(utcmonth(datum.value) < 3 || datum.value <= ${Date.UTC(2009, 6, 1)}) ? utcFormat(datum.value, '%b %Y') : utcFormat(datum.value, '%b')`,
    );
  });
});

describe('month helpers', () => {
  it('write months for Vega-Lite: timestamp and ISO date, all UTC', () => {
    assert.equal(monthTime(may2009), Date.UTC(2009, 4, 1));
    assert.equal(new Date(monthTime(parseMonth('0001-01') as Month)).toISOString(), '0001-01-01T00:00:00.000Z');
    assert.equal(monthDate('2009-05'), '2009-05-01');
    assert.equal(monthDate('2009-05', 16), '2009-05-16');
  });

  it('write months for people', () => {
    assert.equal(shortMonthName('2010-06'), 'Jun 2010');
    assert.equal(monthSpan('2009-05', '2012-04'), 'May 2009 – Apr 2012');
    assert.equal(monthSpan('2009-05', '2009-05'), 'May 2009');
  });
});
