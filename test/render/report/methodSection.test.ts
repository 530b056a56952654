import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { methodSection } from '../../../lib/render/report/methodSection.js';
import { foundingReport, plainReport } from './reportFixtures.js';

const NOTES = [
  "Every amount is exact to the cent: each month's payment is rounded to the currency's minor unit and the totals are sums of those payments.",
  'A threshold is the last value at which the decision still holds; one step beyond it, another option is cheaper. Amounts enter the totals linearly and are solved exactly, to the cent, then checked by running the model again; rates are found by a bracketed search to within 0.0001 percentage points; commitment lengths by trying every length.',
  'A tie goes to the baseline (Self-hosted, what you do today), then to the option listed first: another option must be strictly cheaper to change the decision.',
  `"Signing in May 2010" keeps Self-hosted until then and moves the other option's start, and the months its items name, by the same number of months; drivers keep their own calendar.`,
];

describe('the section on how the numbers were made', () => {
  it('says how amounts are rounded, how thresholds are found, who wins a tie and what signing at the revisit date means', () => {
    assert.deepEqual(methodSection(foundingReport()), [
      { type: 'heading', level: 2, text: 'How these numbers were made' },
      { type: 'list', items: NOTES.map((text) => [{ text }]) },
    ]);
  });

  it('adds how NPV discounts when discounting', () => {
    const list = methodSection(plainReport({ discountRate: '8%' }))[1];
    assert.deepEqual(list?.type === 'list' && list.items.map(([run]) => run?.text), [
      ...NOTES,
      "NPV discounts each month's payments at 8% a year (annual effective), the first month undiscounted.",
    ]);
  });
});
