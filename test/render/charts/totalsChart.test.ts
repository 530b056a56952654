import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartTableOf } from '../../../lib/render/charts/chartTable.js';
import type { ConcatItem } from '../../../lib/render/charts/specTypes.js';
import { totalsChart } from '../../../lib/render/charts/totalsChart.js';
import { foundingComparison } from './chartFixtures.js';

type Title = { text: string[] | string; subtitle?: string[] };
type Panel = { title: Title; data: { values: Record<string, unknown>[] }; layer: { mark: { type: string } }[] };

function parts(spec: ReturnType<typeof totalsChart>): { totals: Panel[]; years: Panel } {
  assert.ok('vconcat' in spec);
  const [top, years] = spec.vconcat as [ConcatItem, ConcatItem];
  const totals = 'hconcat' in top ? (top.hconcat as unknown as Panel[]) : [top as unknown as Panel];
  return { totals, years: years as unknown as Panel };
}

describe('totalsChart', () => {
  describe('of the founding example, not discounted', () => {
    const spec = totalsChart(foundingComparison());
    const { totals, years } = parts(spec);

    it('says what it compares, over what, in which currency', () => {
      assert.deepEqual((spec.title as Title).text, ['Total cost per scenario over 36 months']);
      assert.deepEqual((spec.title as Title).subtitle, ['36 months, May 2009 – Apr 2012 · USD · not discounted']);
    });

    it('shows the total of each scenario as a labelled bar, and no NPV', () => {
      assert.equal(totals.length, 1);
      assert.equal(totals[0]?.title.text, 'Total, May 2009 – Apr 2012');
      assert.deepEqual(totals[0]?.data.values.map((v) => [v['scenario'], v['amount'], v['label']]), [
        ['Self-hosted', 144000, '$144,000'],
        ['Managed provider', 1485000, '$1,485,000'],
      ]);
    });

    it('groups the cost of each year of the horizon, one bar per scenario', () => {
      assert.equal(years.layer[0]?.mark.type, 'bar');
      assert.deepEqual(
        years.data.values.filter((v) => v['scenario'] === 'Managed provider').map((v) => [v['year'], v['amount'], v['exact']]),
        [
          ['Year 1', 525000, '$525,000.00'],
          ['Year 2', 480000, '$480,000.00'],
          ['Year 3', 480000, '$480,000.00'],
        ],
      );
    });

    it('carries the exact numbers as a table: years, total and the difference to the baseline', () => {
      const table = chartTableOf(spec);
      assert.deepEqual(table?.rows, [
        ['Self-hosted', '48,000.00', '48,000.00', '48,000.00', '144,000.00', '—'],
        ['Managed provider', '525,000.00', '480,000.00', '480,000.00', '1,485,000.00', '+1,341,000.00'],
      ]);
    });
  });

  describe('of the founding example discounted at 8%', () => {
    const spec = totalsChart(foundingComparison({ discountRate: '8%' }));

    it('shows the net present value beside the total', () => {
      const { totals } = parts(spec);
      assert.deepEqual(totals.map((panel) => panel.title.text), ['Total, May 2009 – Apr 2012', 'Present value at 8% a year (NPV)']);
      assert.deepEqual(totals[1]?.data.values.map((v) => [v['scenario'], v['label'], v['exact']]), [
        ['Self-hosted', '$128,998', '$128,998.00'],
        ['Managed provider', '$1,334,980', '$1,334,979.97'],
      ]);
      assert.equal((spec.title as Title).subtitle?.[0], '36 months, May 2009 – Apr 2012 · USD · NPV at 8% a year');
      assert.deepEqual(chartTableOf(spec)?.rows[1]?.slice(4), ['1,485,000.00', '1,334,979.97', '+1,341,000.00']);
    });
  });

  it('draws a line per scenario instead of bars beyond ten years', () => {
    const { years } = parts(totalsChart(foundingComparison({ months: 1200 })));
    assert.equal(years.layer[0]?.mark.type, 'line');
    assert.equal(years.data.values.length, 200);
  });

  it('labels a shorter last year with its months', () => {
    const { years } = parts(totalsChart(foundingComparison({ months: 30 })));
    assert.equal(years.data.values.at(-1)?.['period'], 'Year 3: May 2011 – Oct 2011 (6 months)');
  });
});
