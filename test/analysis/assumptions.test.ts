import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assumptionsOf } from '../../lib/analysis/assumptions.js';
import { exampleScenarios } from '../scenario/transformations.js';

const scenarios = await exampleScenarios();
const named = (name: string) => scenarios.filter((s) => s.name === name);

describe('assumptionsOf', () => {
  it('lists people with their cost, raise, stipend and full-time equivalents', () => {
    const [, staff] = assumptionsOf(named('Self-hosted + on-call hire'));
    assert.deepEqual(staff?.values, [
      { field: 'annualCost', value: '98000', per: 'a year per person', kind: 'money' },
      { field: 'raise', value: '0.03', per: 'a year, compounding', kind: 'rate' },
      { field: 'onCallStipend', value: '400', per: 'a month per person on call', kind: 'money' },
      { field: 'fte', value: '1', per: 'full-time equivalents', kind: 'quantity' },
    ]);
  });

  it('lists equipment with its price, life and what it sells for', () => {
    const [, servers] = assumptionsOf(named('Own servers'));
    assert.deepEqual([servers?.item, servers?.kind, servers?.values], [
      'Servers',
      'hardware',
      [
        { field: 'price', value: '36000', per: 'each purchase', kind: 'money' },
        { field: 'lifeMonths', value: '36', per: 'months of life', kind: 'quantity' },
        { field: 'salvage', value: '3600', per: 'back at the end of each life', kind: 'money' },
      ],
    ]);
  });

  it('lists the commitment after the items, with its length and price after the term, and not the item the renewal adds', () => {
    const listed = assumptionsOf(named('Provider with fine print'));
    assert.deepEqual(
      listed.map((a) => [a.item, a.kind]),
      [
        ['Migration and setup', 'one-time'],
        ['Managed hosting', 'recurring'],
        [null, 'commitment'],
      ],
    );
    assert.deepEqual(listed[2]?.values.map((v) => [v.field, v.value, v.per]), [
      ['months', '24', 'months'],
      ['renewal price', '44000', 'a month after the term'],
    ]);
  });

  it('lists drivers last, with their start and growth and where they come from', () => {
    const driver = assumptionsOf(named('Managed provider, growing')).at(-1);
    assert.deepEqual(driver, {
      scenario: 'Managed provider, growing',
      item: 'customers',
      kind: 'driver',
      values: [
        { field: 'value', value: '200', per: 'customer from 2009-05', kind: 'quantity' },
        { field: 'growth', value: '20', per: 'every month', kind: 'quantity' },
      ],
      source: 'Sales plan, 2009-04: 200 customers today, 20 new ones a month',
      note: 'Paying customers at the start of each month',
    });
  });
});
