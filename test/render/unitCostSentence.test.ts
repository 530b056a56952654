import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { UnitCost } from '../../lib/report/comparison.js';
import { compare } from '../../lib/report/compare.js';
import { renderMarkdown } from '../../lib/render/renderMarkdown.js';
import { renderTable } from '../../lib/render/renderTable.js';
import { unitCostSentence } from '../../lib/render/unitCostSentence.js';
import { scenarioOf } from '../support/fixtures.js';

const months = ['2009-05', '2009-06', '2009-07'];
const base: UnitCost = { driver: 'customers', unit: 'customer', units: ['0', '200', '220'], monthly: [null, '1250.00', '1136.36'], target: null, atOrBelowTarget: null };

describe('unitCostSentence', () => {
  it('gives the cost per unit in the first and the last month with units, with thousands separators', () => {
    assert.equal(unitCostSentence('A', base, { digits: 2, months }), 'A costs 1,250.00 per customer in month 2 (2009-06) and 1,136.36 in month 3 (2009-07).');
  });

  it('says when the target is first reached, or that it never is', () => {
    assert.equal(
      unitCostSentence('A', { ...base, target: '1200.00', atOrBelowTarget: { month: 3, calendar: '2009-07' } }, { digits: 2, months }),
      'A costs 1,250.00 per customer in month 2 (2009-06) and 1,136.36 in month 3 (2009-07); at or below 1,200.00 first in month 3 (2009-07).',
    );
    assert.equal(
      unitCostSentence('A', { ...base, target: '100.00' }, { digits: 2, months }),
      'A costs 1,250.00 per customer in month 2 (2009-06) and 1,136.36 in month 3 (2009-07); never at or below 100.00 within 3 months.',
    );
  });

  it('speaks of one month when only one has units, and of none when the driver is always 0', () => {
    const one: UnitCost = { ...base, units: ['0', '0', '220'], monthly: [null, null, '1136.36'] };
    assert.equal(unitCostSentence('A', one, { digits: 2, months }), 'A costs 1,136.36 per customer in month 3 (2009-07).');
    const none: UnitCost = { ...base, units: ['0', '0', '0'], monthly: [null, null, null] };
    assert.equal(unitCostSentence('A', none, { digits: 2, months }), 'A has no cost per customer: customers is 0 in every month.');
  });
});

describe('the renderers, with a cost per unit', () => {
  const growth = scenarioOf({
    name: 'Growth',
    currency: 'USD',
    start: '2009-05',
    drivers: { customers: { unit: 'customer', value: 200, growth: { add: 20, every: 'month' } } },
    costs: [{ name: 'Hosting', kind: 'recurring', amount: '4000', every: 'month' }],
  });
  const comparison = compare([growth], { months: 12, per: 'customers', perTarget: 20 });

  it('shows the sentence under the terminal table, wrapped to 80 columns', () => {
    const lines = renderTable(comparison).trimEnd().split('\n');
    // 4,000 ÷ 200 = 20.00 in month 1; 4,000 ÷ 420 = 9.52 in month 12
    assert.deepEqual(lines.slice(-2), [
      'Growth costs 20.00 per customer in month 1 (2009-05) and 9.52 in month 12',
      '  (2010-04); at or below 20.00 first in month 1 (2009-05).',
    ]);
    for (const line of lines) assert.ok(line.length <= 80, line);
  });

  it('lists the sentence in the Markdown', () => {
    assert.ok(
      renderMarkdown(comparison).includes('- Growth costs 20.00 per customer in month 1 (2009-05) and 9.52 in month 12 (2010-04); at or below 20.00 first in month 1 (2009-05).\n'),
    );
  });
});
