import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../../lib/report/compare.js';
import { chartTableOf } from '../../../lib/render/charts/chartTable.js';
import { monthlyCostChart } from '../../../lib/render/charts/monthlyCostChart.js';
import type { ConcatItem } from '../../../lib/render/charts/specTypes.js';
import { exampleScenario } from '../fixtures.js';
import { examplesComparison, foundingComparison, freeScenario } from './chartFixtures.js';

type Title = { text: string[] | string; subtitle: string[] | string };
type Bar = { scenario: string; category: string; period: string; y0: number; y1: number; cost: string; periodTotal: string };

function panelsOf(spec: ReturnType<typeof monthlyCostChart>): ConcatItem[] {
  assert.ok('vconcat' in spec);
  return spec.vconcat;
}

function barsOf(panel: ConcatItem): Bar[] {
  const [bars] = (panel as { layer: { data: { values: Bar[] } }[] }).layer;
  return bars?.data.values ?? [];
}

describe('monthlyCostChart', () => {
  describe('of the founding example', () => {
    const spec = monthlyCostChart(foundingComparison());

    it('says what it shows, over what', () => {
      assert.deepEqual((spec.title as Title).text, ['Cost per month by category over 36 months']);
      assert.equal((spec.title as Title).subtitle[0], '36 months, May 2009 – Apr 2012 · USD · not discounted');
    });

    it('draws one panel per scenario, titled with its name and total', () => {
      assert.deepEqual(
        panelsOf(spec).map((panel) => [(panel.title as Title).text, (panel.title as Title).subtitle]),
        [
          ['Self-hosted', '$144,000 over 36 months'],
          ['Managed provider', '$1,485,000 over 36 months'],
        ],
      );
    });

    it('stacks each month by category, so the one-time setup fee stands out on top of hosting', () => {
      const managed = barsOf(panelsOf(spec)[1] as ConcatItem);
      assert.deepEqual(
        managed.filter((bar) => bar.period === 'May 2009 (month 1)').map((bar) => [bar.category, bar.y0, bar.y1, bar.cost, bar.periodTotal]),
        [
          ['hosting', 0, 40000, '$40,000.00', '$85,000.00'],
          ['migration', 40000, 85000, '$45,000.00', '$85,000.00'],
        ],
      );
      assert.equal(managed.length, 37);
    });

    it('colours categories from a colour-blind-safe palette, in order of first appearance', () => {
      const [bars] = (panelsOf(spec)[0] as { layer: { encoding: { color: { scale: { domain: string[]; range: string[] } } } }[] }).layer;
      assert.deepEqual(bars?.encoding.color.scale, { domain: ['hosting', 'migration'], range: ['#44AA99', '#CC6677'] });
    });

    it('carries each month’s cost per scenario and category as a table', () => {
      const table = chartTableOf(spec);
      assert.deepEqual(table?.columns.map((c) => c.title), ['Month', 'Self-hosted: hosting', 'Managed provider: hosting', 'Managed provider: migration', 'Managed provider: total']);
      assert.deepEqual(table?.rows[0], ['May 2009 (month 1)', '4,000.00', '40,000.00', '45,000.00', '85,000.00']);
      assert.equal(table?.rows.length, 36);
    });
  });

  it('keeps the stack in the same category order in every panel', () => {
    const spec = monthlyCostChart(examplesComparison());
    const firstCategory = panelsOf(spec).map((panel) => barsOf(panel).find((bar) => bar.y0 === 0)?.category);
    assert.deepEqual(firstCategory, ['hosting', 'hosting', 'hosting']);
  });

  it('gives a scenario with nothing to pay an empty panel that says so', () => {
    const spec = monthlyCostChart(compare([exampleScenario('self-hosted.json'), freeScenario()], { months: 12 }));
    const free = panelsOf(spec)[1] as { layer: { mark: { opacity?: number }; data: { values: Record<string, unknown>[] } }[] };
    assert.equal(free.layer[0]?.mark.opacity, 0);
    assert.deepEqual(free.layer[1]?.data.values, [{ note: 'No costs within the horizon' }]);
  });

  it('draws horizons beyond ten years per year of the horizon, and says so', () => {
    const spec = monthlyCostChart(foundingComparison({ months: 1200 }));
    assert.deepEqual((spec.title as Title).text, ['Cost per year by category over 1200 months']);
    const bars = barsOf(panelsOf(spec)[0] as ConcatItem);
    assert.equal(bars.length, 100);
    assert.deepEqual(bars[0], { ...bars[0], period: 'Year 1 (May 2009 – Apr 2010)', y1: 48000, cost: '$48,000.00' });
  });

  it('draws short horizons as columns of bounded width centred on their month', () => {
    const spec = monthlyCostChart(foundingComparison({ months: 1 }));
    const [bars] = (panelsOf(spec)[0] as { layer: { mark: { width?: number }; encoding: { x: { field: string } } }[] }).layer;
    assert.equal(bars?.mark.width, 44);
    assert.equal(bars?.encoding.x.field, 'middle');
  });
});
