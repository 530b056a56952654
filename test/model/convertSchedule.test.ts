import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convertAmount, convertScenarioSchedule } from '../../lib/model/convertSchedule.js';
import { scenarioSchedule } from '../../lib/model/schedule.js';
import { Money } from '../../lib/money/decimal.js';
import { toMinorUnits } from '../../lib/money/minorUnits.js';
import { fixed, month, scenarioOf } from '../support/fixtures.js';

const usd = (rate: string, minorDigits = 2) => ({ rate: new Money(rate), minorDigits });

describe('convertAmount', () => {
  it('multiplies by the rate and rounds to the reporting currency, half away from zero', () => {
    assert.equal(convertAmount(new Money('100.00'), usd('1.08')).toFixed(2), '108.00');
    // 0.05 × 1.1 = 0.055 → 0.06; −0.05 × 1.1 = −0.055 → −0.06
    assert.equal(convertAmount(new Money('0.05'), usd('1.1')).toFixed(2), '0.06');
    assert.equal(convertAmount(new Money('-0.05'), usd('1.1')).toFixed(2), '-0.06');
  });

  it('rounds to the reporting currency\'s digits: yen have none', () => {
    assert.equal(convertAmount(new Money('10.00'), usd('157.23', 0)).toFixed(0), '1572');
  });
});

describe('convertScenarioSchedule', () => {
  const euros = scenarioOf({
    name: 'Provider EU',
    currency: 'EUR',
    start: '2009-05',
    costs: [
      { name: 'Setup', kind: 'one-time', amount: '100', category: 'migration' },
      { name: 'Hosting', kind: 'recurring', amount: '80000', every: 'year', billing: 'monthly', category: 'hosting' },
    ],
  });
  const ledger = convertScenarioSchedule(scenarioSchedule(euros, { first: month('2009-05'), count: 12 }), usd('1.0833'));

  it('converts each entry and rounds it: 6,666.67 EUR × 1.0833 = 7,222.00 USD, 6,666.66 × 1.0833 = 7,221.99', () => {
    // 6,666.67 × 1.0833 = 7,222.003611 → 7,222.00; 6,666.66 × 1.0833 = 7,221.992778 → 7,221.99
    assert.deepEqual(fixed(ledger.items[1]?.amounts ?? []).slice(7, 9), ['7222.00', '7221.99']);
  });

  it('sums the converted entries exactly: 8 × 7,222.00 + 4 × 7,221.99, not 80,000 × 1.0833 = 86,664.00', () => {
    assert.equal(ledger.items[1]?.totalMinorUnits, 8n * 722200n + 4n * 722199n);
  });

  it('keeps items, categories and monthly totals consistent with the entries', () => {
    assert.deepEqual([...ledger.categories.keys()], ['migration', 'hosting']);
    assert.equal(ledger.monthlyTotals[0]?.toFixed(2), '7330.33');
    for (let m = 0; m < 12; m++) {
      const sum = ledger.items.reduce((total, { amounts }) => total + (amounts[m] === undefined ? 0n : toMinorUnits(amounts[m]!, 2)), 0n);
      assert.equal(ledger.monthlyMinorUnits[m], sum);
    }
  });
});
