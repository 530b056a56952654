import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Assumption } from '../../../lib/analysis/assumptions.js';
import { assumptionsSection } from '../../../lib/render/report/assumptionsSection.js';
import { foundingReport, plainReport } from './reportFixtures.js';

/** The rows of the assumptions table for the assumptions given. */
function rowsOf(assumptions: readonly Assumption[]): readonly (readonly string[])[] {
  const table = assumptionsSection({ ...plainReport(), assumptions })[1];
  return table?.type === 'table' ? table.rows : [];
}

const colocation = (item: string | null, kind: string, values: Assumption['values']): Assumption => ({ scenario: 'Colocation', item, kind, values, source: null, note: null });

describe('the assumptions section of the revisit report', () => {
  it('lists every item and commitment of the founding scenarios with its value, source and note', () => {
    assert.deepEqual(assumptionsSection(foundingReport()), [
      { type: 'heading', level: 2, text: 'Assumptions' },
      {
        type: 'table',
        header: ['Scenario', 'Item', 'Value', 'Source', 'Note'],
        align: ['left', 'left', 'left', 'left', 'left'],
        rows: [
          ['Self-hosted', 'Self-hosting', '48,000.00 a year', '2008 accounts: colocation, hardware lease, bandwidth and power', ''],
          ['Managed provider', 'Migration and setup', '45,000.00 once', 'Vendor quote, 2009-04', ''],
          ['Managed provider', 'Managed hosting', '40,000.00 a month', 'Vendor quote, 2009-04', '24-month minimum term; the service continues at the same price after it'],
          ['Managed provider', 'Commitment', '24 months', '—', ''],
        ],
      },
    ]);
  });

  it('names a field other than the amount, and keeps the places of a price finer than a cent', () => {
    const rows = rowsOf([
      colocation('Card payments', 'usage', [
        { field: 'tiers[1].price', value: '0.3', per: 'per unit a month', kind: 'money' },
        { field: 'tiers[2].price', value: '0.025', per: 'per unit a month', kind: 'money' },
        { field: 'minimum', value: '250', per: 'a month', kind: 'money' },
      ]),
    ]);
    assert.deepEqual(rows, [['Colocation', 'Card payments', 'tier 1 price 0.30 per unit a month; tier 2 price 0.025 per unit a month; minimum charge 250.00 a month', '—', '']]);
  });

  it('writes an escalation, a raise and a growth rate as percentages, and quantities with their unit', () => {
    const rows = rowsOf([
      colocation('Server lease', 'recurring', [
        { field: 'amount', value: '18000', per: 'a year', kind: 'money' },
        { field: 'rate', value: '0.03', per: 'a year, compounding', kind: 'rate' },
      ]),
      colocation('On-call team', 'staff', [
        { field: 'annualCost', value: '98000', per: 'a year per person', kind: 'money' },
        { field: 'raise', value: '0.03', per: 'a year, compounding', kind: 'rate' },
        { field: 'fte', value: '2', per: 'full-time equivalents', kind: 'quantity' },
      ]),
      colocation('bandwidthTB', 'driver', [
        { field: 'value', value: '4', per: 'unit of bandwidthTB from 2009-05', kind: 'quantity' },
        { field: 'growth', value: '0.05', per: 'every quarter', kind: 'rate' },
      ]),
    ]);
    assert.deepEqual(
      rows.map((row) => [row[1], row[2]]),
      [
        ['Server lease', '18,000.00 a year; escalation 3% a year'],
        ['On-call team', 'annual cost per person 98,000.00 a year per person; raise 3% a year; 2 full-time equivalents'],
        ['bandwidthTB (driver)', '4 unit of bandwidthTB from 2009-05; growing 5% every quarter'],
      ],
    );
  });

  it('signs a driver’s growth in units, so that a fall reads as one', () => {
    const rows = rowsOf([
      colocation('customers', 'driver', [{ field: 'growth', value: '10', per: 'every month', kind: 'quantity' }]),
      colocation('offices', 'driver', [{ field: 'growth', value: '-1', per: 'every year', kind: 'quantity' }]),
    ]);
    assert.deepEqual(
      rows.map((row) => row[2]),
      ['+10 every month', '-1 every year'],
    );
  });

  it('names the commitment, and falls back on the kind of an item without values', () => {
    const rows = rowsOf([
      colocation(null, 'commitment', [
        { field: 'months', value: '12', per: 'months', kind: 'months' },
        { field: 'renewal price', value: '9000', per: 'a month after the term', kind: 'money' },
      ]),
      colocation('Spare parts', 'hardware', []),
    ]);
    assert.deepEqual(rows, [
      ['Colocation', 'Commitment', '12 months; price after the term 9,000.00 a month after the term', '—', ''],
      ['Colocation', 'Spare parts', 'hardware', '—', ''],
    ]);
  });
});
