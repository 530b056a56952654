import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../lib/report/compare.js';
import { foundingScenarios, scenarioOf } from '../support/fixtures.js';

// 4,000.00 a month plus 5.00 per customer; customers 200, 220, 240, …
const growth = scenarioOf({
  name: 'Growth',
  currency: 'USD',
  start: '2009-05',
  drivers: { customers: { unit: 'customer', value: 200, growth: { add: 20, every: 'month' } } },
  costs: [
    { name: 'Hosting', kind: 'recurring', amount: '4000', every: 'month' },
    { name: 'Support', kind: 'usage', driver: 'customers', price: '5' },
  ],
});
const { selfHosted } = foundingScenarios();

describe('scenarioUnitCost (compare with `per`)', () => {
  it('gives each scenario its cost per unit, month by month, rounded to the cent', () => {
    // 5,000 ÷ 200 = 25.00; 5,100 ÷ 220 = 23.1818… → 23.18; 5,200 ÷ 240 = 21.666… → 21.67
    const unitCost = compare([growth], { months: 3, per: 'customers' }).scenarios[0]?.unitCost;
    assert.deepEqual(unitCost, {
      driver: 'customers',
      unit: 'customer',
      units: ['200', '220', '240'],
      monthly: ['25.00', '23.18', '21.67'],
      target: null,
      atOrBelowTarget: null,
    });
  });

  it('says when the cost per unit is first at or below the target', () => {
    const result = compare([growth], { months: 3, per: 'customers', perTarget: 23.18 });
    assert.deepEqual(result.scenarios[0]?.unitCost?.atOrBelowTarget, { month: 2, calendar: '2009-06' });
    assert.equal(result.scenarios[0]?.unitCost?.target, '23.18');
    assert.equal(compare([growth], { months: 3, per: 'customers', perTarget: 20 }).scenarios[0]?.unitCost?.atOrBelowTarget, null);
  });

  it('divides a scenario without the driver by the same customers: 4,000.00 ÷ 200 = 20.00', () => {
    const result = compare([growth, selfHosted], { months: 2, per: 'customers' });
    assert.deepEqual(result.scenarios[1]?.unitCost?.monthly, ['20.00', '18.18']);
  });

  it('has no cost per unit in months where the driver is 0, and "unit of" the name without a `unit`', () => {
    const later = scenarioOf({
      name: 'Later',
      currency: 'USD',
      start: '2009-05',
      drivers: { seats: { value: 10, from: '2009-06' } },
      costs: [{ name: 'Hosting', kind: 'recurring', amount: '100', every: 'month' }],
    });
    const unitCost = compare([later], { months: 2, per: 'seats' }).scenarios[0]?.unitCost;
    assert.deepEqual([unitCost?.unit, unitCost?.monthly], ['unit of seats', [null, '10.00']]);
  });

  it('adds nothing to a comparison that does not ask for it', () => {
    assert.equal('unitCost' in (compare([growth], { months: 3 }).scenarios[0] ?? {}), false);
  });
});
