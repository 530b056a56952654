/**
 * The forecast of the founding record (test/support/records.ts: 4,000.00 a month for
 * self-hosting; 85,000.00 in the first month, then 40,000.00, for the provider) against
 * actual spending.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forecastAgainstActuals } from '../../lib/analysis/forecastAgainstActuals.js';
import { foundingRecord as record } from '../support/records.js';

describe('forecastAgainstActuals', () => {
  it('each month with actuals against the recorded forecast, and the totals over them', () => {
    const result = forecastAgainstActuals(record, [
      { scenario: 'Self-hosted', month: '2009-06', amount: '3900.50' },
      { scenario: 'Self-hosted', month: '2009-05', amount: '4100' },
      // two rows for one month are summed: 3,900.50 + 100 = 4,000.50
      { scenario: 'Self-hosted', month: '2009-06', amount: '100' },
      // after the recorded horizon: no forecast, not in the totals
      { scenario: 'Self-hosted', month: '2012-05', amount: '4000' },
      { scenario: 'Cloud', month: '2009-05', amount: '10' },
    ]);
    assert.deepEqual(result, {
      currency: 'USD',
      scenarios: [
        {
          scenario: 'Self-hosted',
          months: [
            { month: '2009-05', forecast: '4000.00', actual: '4100.00', difference: '100.00' },
            { month: '2009-06', forecast: '4000.00', actual: '4000.50', difference: '0.50' },
            { month: '2012-05', forecast: null, actual: '4000.00', difference: null },
          ],
          total: { months: 2, forecast: '8000.00', actual: '8100.50', difference: '100.50' },
        },
        {
          scenario: 'Cloud',
          months: [{ month: '2009-05', forecast: null, actual: '10.00', difference: null }],
          total: { months: 0, forecast: '0.00', actual: '0.00', difference: '0.00' },
        },
      ],
    });
  });

  it('the provider, had it been chosen: 45,000 setup in the first month', () => {
    const result = forecastAgainstActuals(record, [
      { scenario: 'Managed provider', month: '2009-05', amount: '84000' },
      { scenario: 'Managed provider', month: '2009-07', amount: '41000.10' },
    ]);
    assert.deepEqual(result.scenarios, [
      {
        scenario: 'Managed provider',
        months: [
          { month: '2009-05', forecast: '85000.00', actual: '84000.00', difference: '-1000.00' },
          { month: '2009-07', forecast: '40000.00', actual: '41000.10', difference: '1000.10' },
        ],
        total: { months: 2, forecast: '125000.00', actual: '125000.10', difference: '0.10' },
      },
    ]);
  });

  it('no actuals: nothing to compare', () => {
    assert.deepEqual(forecastAgainstActuals(record, []), { currency: 'USD', scenarios: [] });
  });

  it('refuses an amount or a month it cannot read (the caller parses the actuals first)', () => {
    assert.throws(() => forecastAgainstActuals(record, [{ scenario: 'Self-hosted', month: '2009-05', amount: '4,000' }]), /amount/);
    assert.throws(() => forecastAgainstActuals(record, [{ scenario: 'Self-hosted', month: 'May 2009', amount: '4000' }]), /month/);
  });
});
