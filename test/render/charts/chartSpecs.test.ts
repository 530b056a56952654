/**
 * Every chart, for the example scenarios and for the edge cases, is a valid Vega-Lite spec
 * (by the official schema shipped in the vega-lite package), carries its data inline, and
 * compiles and renders through vega without a single warning.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Comparison } from '../../../lib/report/comparison.js';
import { chartSpec } from '../../../lib/render/charts/chartSpec.js';
import { CHART_TYPES } from '../../../lib/render/charts/chartType.js';
import { renderSvg } from '../../../lib/render/renderSvg.js';
import { edgeComparisons, examplesComparison, foundingComparison, vegaLiteSchemaErrors } from './chartFixtures.js';

const comparisons: Record<string, Comparison> = {
  'the founding example': foundingComparison(),
  'the three example scenarios, discounted at 8%': examplesComparison({ discountRate: '8%' }),
  ...edgeComparisons(),
};

/** Every `data` in a spec, at any depth. */
function dataOf(node: unknown): unknown[] {
  if (node === null || typeof node !== 'object') return [];
  const own = 'data' in node ? [(node as { data: unknown }).data] : [];
  return [...own, ...Object.entries(node).filter(([key]) => key !== 'data' && key !== 'usermeta').flatMap(([, value]) => dataOf(value))];
}

for (const type of CHART_TYPES) {
  describe(`the ${type} chart`, () => {
    for (const [name, comparison] of Object.entries(comparisons)) {
      describe(`of ${name}`, () => {
        const spec = chartSpec(type, comparison, type === 'breakeven' ? { revisit: '2010-05' } : {});

        it('validates against the Vega-Lite JSON schema', () => {
          assert.deepEqual(vegaLiteSchemaErrors(spec), []);
        });

        it('declares the Vega-Lite 6 schema and carries its data inline', () => {
          assert.equal(spec.$schema, 'https://vega.github.io/schema/vega-lite/v6.json');
          const data = dataOf(spec);
          assert.ok(data.length > 0);
          for (const entry of data) assert.ok(Array.isArray((entry as { values?: unknown }).values), JSON.stringify(entry).slice(0, 200));
        });

        it('survives a round trip through JSON unchanged (no Decimals, no undefined, no functions)', () => {
          assert.deepEqual(JSON.parse(JSON.stringify(spec)), spec);
        });

        it('compiles and renders through vega without warnings', async () => {
          const warnings: string[] = [];
          const svg = await renderSvg(spec, { onWarning: (message) => warnings.push(message) });
          assert.deepEqual(warnings, []);
          assert.ok(svg.startsWith('<svg'));
        });

        it('is 800 px wide, give or take the rounding of the plot width', async () => {
          const svg = await renderSvg(spec);
          const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
          assert.ok(width >= 790 && width <= 800, `width ${width}`);
        });
      });
    }
  });
}
