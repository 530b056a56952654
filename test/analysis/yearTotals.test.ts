import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { yearTotals } from '../../lib/analysis/yearTotals.js';
import { Money } from '../../lib/money/decimal.js';
import { fixed, times } from '../support/fixtures.js';

describe('yearTotals', () => {
  it('totals each twelve months of the horizon', () => {
    assert.deepEqual(fixed(yearTotals(times(36, new Money('4000')))), ['48000.00', '48000.00', '48000.00']);
  });

  it('ends with a shorter partial last year', () => {
    // 18 months: 12 × 1000, then 6 × 1000
    assert.deepEqual(fixed(yearTotals(times(18, new Money('1000')))), ['12000.00', '6000.00']);
  });

  it('gives one short year for a horizon under a year', () => {
    assert.deepEqual(fixed(yearTotals([new Money('85000')])), ['85000.00']);
  });

  it('counts years of the horizon, not calendar years', () => {
    // month 1 is big, month 13 is big: they fall in years 1 and 2 whatever the calendar
    const monthly = times(24, new Money(0));
    monthly[0] = new Money(100);
    monthly[12] = new Money(200);
    assert.deepEqual(fixed(yearTotals(monthly)), ['100.00', '200.00']);
  });

  it('is empty for an empty horizon', () => {
    assert.deepEqual(yearTotals([]), []);
  });
});
