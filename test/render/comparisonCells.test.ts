import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../lib/report/compare.js';
import { comparisonCells } from '../../lib/render/comparisonCells.js';
import { foundingScenarios } from './fixtures.js';

describe('comparisonCells', () => {
  const founding = compare(foundingScenarios(), { months: 36 });

  it('gives totals and the signed difference, with — for the baseline', () => {
    assert.deepEqual(comparisonCells(founding, { years: false }), {
      header: ['Scenario', 'Total', 'vs baseline'],
      rows: [
        ['Self-hosted', '144,000.00', '—'],
        ['Managed provider', '1,485,000.00', '+1,341,000.00'],
      ],
    });
  });

  it('puts the years between the name and the total when asked', () => {
    const cells = comparisonCells(founding, { years: true });
    assert.deepEqual(cells.header, ['Scenario', 'Year 1', 'Year 2', 'Year 3', 'Total', 'vs baseline']);
    assert.deepEqual(cells.rows[1], ['Managed provider', '525,000.00', '480,000.00', '480,000.00', '1,485,000.00', '+1,341,000.00']);
  });

  it('adds NPV after the total when discounted', () => {
    const cells = comparisonCells(compare(foundingScenarios(), { months: 36, discountRate: '8%' }), { years: false });
    assert.deepEqual(cells.header, ['Scenario', 'Total', 'NPV', 'vs baseline']);
  });
});
