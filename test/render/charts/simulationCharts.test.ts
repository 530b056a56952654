/**
 * The charts of a simulation — fan, histogram, tornado — for the growth example and for the
 * edge cases: valid Vega-Lite with their data inline, drawn without a warning, 800 px wide,
 * and for a small seeded simulation worked out by hand, exactly what they draw.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TopLevelSpec } from 'vega-lite';
import { readScenarioFile } from '../../../lib/io/readScenarioFile.js';
import { unwrap } from '../../../lib/issues/issue.js';
import { compare } from '../../../lib/report/compare.js';
import { simulate, type Simulation } from '../../../lib/report/simulation.js';
import { fanChart } from '../../../lib/render/charts/fanChart.js';
import { histogramChart } from '../../../lib/render/charts/histogramChart.js';
import { simulationChartSpec } from '../../../lib/render/charts/simulationChart.js';
import { SIMULATION_CHART_TYPES } from '../../../lib/render/charts/simulationChartType.js';
import { tornadoChart } from '../../../lib/render/charts/tornadoChart.js';
import { renderSvg } from '../../../lib/render/renderSvg.js';
import { parseScenario } from '../../../lib/scenario/parseScenario.js';
import { projectRoot } from '../../support/fixtures.js';
import { exampleScenario } from '../fixtures.js';
import { expectGolden } from '../../golden/golden.js';
import { vegaLiteSchemaErrors } from './chartFixtures.js';

const selfHosted = exampleScenario('self-hosted.json');
const managed = exampleScenario('managed-provider.json');
process.chdir(projectRoot);
const scenario = (name: string, amount: unknown, extra: Record<string, unknown> = {}) =>
  unwrap(parseScenario({ name, currency: 'USD', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount, every: 'month', ...extra }] }));
const uniform = (low: string, high: string) => ({ low, high, dist: 'uniform' });

/** Self-hosting at 4,000 a month against a provider at 3,000 written as a range without width. */
const degenerate = simulate([selfHosted, scenario('Provider', { low: '3000', high: '3000' })], { months: 12, trials: 50, seed: 3 });

const simulations: Record<string, Simulation> = {
  // Read by relative names from the project root, as the CLI would: the labels name the files, and the golden files must not depend on where the checkout is.
  'the growth example, 60 months': simulate(await Promise.all(['self-hosted', 'managed-provider'].map(async (name) => unwrap(await readScenarioFile(`scenarios/uncertain/${name}.json`)))), { months: 60, trials: 300, seed: 1 }),
  'three scenarios with long names': simulate(
    [
      scenario('Self-hosted in our own rack at the colocation centre on Main Street, with the new hire', uniform('3500', '5000')),
      scenario('A managed provider whose name runs on and on past any legend limit anyone set', uniform('2000', '4500'), { escalation: { rate: { low: '1%', high: '8%' }, every: 'year' } }),
      scenario('Hybrid: some servers kept, the rest moved to the provider over the first year', uniform('3000', '4200')),
    ],
    { months: 36, trials: 300, seed: 2 },
  ),
  'a range without width': degenerate,
  'no ranges at all': simulate([selfHosted, managed], { months: 36, trials: 20 }),
  'a single scenario': simulate([scenario('Provider', uniform('3000', '5000'))], { months: 36, trials: 100 }),
  'a horizon of 1 month': simulate([selfHosted, scenario('Provider', uniform('3000', '5000'))], { months: 1, trials: 100 }),
  'a horizon of 1200 months': simulate([selfHosted, scenario('Provider', uniform('3000', '5000'))], { months: 1200, trials: 20 }),
};

type Layered = { layer: { data?: { values: Record<string, unknown>[] }; mark: { type: string; align?: string; opacity?: number } | string; encoding?: Record<string, unknown> }[] };
const titleOf = (spec: TopLevelSpec) => spec.title as { text: string[]; subtitle: string[] };
const panels = (spec: TopLevelSpec) => (spec as { vconcat: Layered[] }).vconcat;
const layerOf = (layered: Layered, type: string) => layered.layer.filter((layer) => (typeof layer.mark === 'string' ? layer.mark : layer.mark.type) === type);

for (const type of SIMULATION_CHART_TYPES) {
  describe(`the ${type} chart`, () => {
    for (const [name, simulation] of Object.entries(simulations)) {
      describe(`of ${name}`, () => {
        const spec = simulationChartSpec(type, simulation);

        it('validates against the Vega-Lite JSON schema and survives a round trip through JSON', () => {
          assert.deepEqual(vegaLiteSchemaErrors(spec), []);
          assert.deepEqual(JSON.parse(JSON.stringify(spec)), spec);
        });

        it('is drawn without warnings, 800 px wide give or take the rounding of the plot width', async () => {
          const warnings: string[] = [];
          const svg = await renderSvg(spec, { onWarning: (message) => warnings.push(message) });
          assert.deepEqual(warnings, []);
          const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
          assert.ok(width >= 790 && width <= 800, `width ${width}`);
        });

        it(`says in its usermeta that it is the ${type} chart`, () => {
          assert.equal((spec.usermeta?.['costmodel'] as { chart: string }).chart, type);
        });
      });
    }
  });
}

describe('the charts of the growth example over 60 months, 300 trials, seed 1', () => {
  for (const type of SIMULATION_CHART_TYPES) {
    it(`draw the ${type} chart as in the golden file (UPDATE_GOLDEN=1 to refresh after an intended change)`, async () => {
      expectGolden(`chart.${type}.svg`, await renderSvg(simulationChartSpec(type, simulations['the growth example, 60 months']!)));
    });
  }
});

describe('fanChart', () => {
  it('draws, for a range without width, P5 = P25 = P50 = P75 = P95 = the cumulative cost compare gives', () => {
    const spec = fanChart(degenerate) as unknown as Layered & { data: { values: Record<string, unknown>[] } };
    const provider = spec.data.values.filter((row) => row['scenario'] === 'Provider');
    const compared = compare([selfHosted, scenario('Provider', '3000')], { months: 12 }).scenarios[1]!.cumulative.map(Number);
    assert.deepEqual(compared, Array.from({ length: 12 }, (_, m) => 3000 * (m + 1)));
    for (const key of ['p5', 'p25', 'p50', 'p75', 'p95']) assert.deepEqual(provider.map((row) => row[key]), compared, key);
    assert.deepEqual([provider[0]?.['median'], provider[11]?.['most']], ['$3,000.00', '$36,000.00 to $36,000.00']);
  });

  it('draws the median as a line over two bands, P5–P95 lighter than P25–P75', () => {
    const spec = fanChart(degenerate) as unknown as Layered;
    assert.deepEqual(
      spec.layer.map((layer) => [(layer.mark as { type: string }).type, (layer.encoding?.['y'] as { field: string }).field, (layer.encoding?.['y2'] as { field: string } | undefined)?.field ?? null, (layer.mark as { opacity?: number }).opacity ?? 1]),
      [['area', 'p5', 'p95', 0.13], ['area', 'p25', 'p75', 0.3], ['line', 'p50', null, 1]],
    );
  });

  it('says under its title what the bands are and how often each challenger costs less', () => {
    assert.deepEqual(titleOf(fanChart(degenerate)), {
      text: ['Cumulative cost over 12 months: Self-hosted vs Provider'],
      subtitle: [
        '12 months, May 2009 – Apr 2010 · USD · not discounted · 50 trials, seed 3',
        'Line: the median. Darker band: the middle half of the trials (P25 to P75). Lighter band: 9 in 10 (P5 to P95).',
        'Provider costs less than Self-hosted by Apr 2010 in 100% of trials.',
      ],
    });
  });

  it('says that every trial costs the same when no input is a range', () => {
    assert.equal(titleOf(fanChart(simulations['no ranges at all']!)).subtitle[1], 'No input is a range: every trial costs the same, and the bands are the line.');
  });

  it('says the bands come from the first 10,000 trials when there are more', () => {
    const many = simulate([selfHosted, scenario('Provider', uniform('3000', '5000'))], { months: 2, trials: 10001 });
    assert.match(titleOf(fanChart(many)).subtitle[1] as string, /\(P5 to P95\); bands from the first 10,000 trials\.$/);
    const oneMonth = simulate([selfHosted, scenario('Provider', uniform('3000', '5000'))], { months: 1, trials: 10001 });
    assert.match(titleOf(fanChart(oneMonth)).subtitle[1] as string, /^Dot: the median\. .* Thin bar: 9 in 10 \(P5 to P95\); bars from the first 10,000 trials\.$/);
  });

  it('tabulates each scenario’s percentiles month by month, exactly', () => {
    const table = (fanChart(degenerate).usermeta?.['costmodel'] as { table: { columns: { title: string }[]; rows: string[][] } }).table;
    assert.deepEqual(table.columns.map((c) => c.title), ['Scenario', 'Month', 'Calendar month', 'P5', 'P25', 'P50', 'P75', 'P95']);
    assert.deepEqual(table.rows[12], ['Provider', '1', 'May 2009', '3,000.00', '3,000.00', '3,000.00', '3,000.00', '3,000.00']);
  });
});

describe('histogramChart', () => {
  it('draws a range without width as one bin: 12 × (3,000 − 4,000) in a bin of 500.00, every trial in it', () => {
    // the width as for values from −12,000.00 to 0: 25 bins of 500.00 (61 of 200.00 would be too many)
    const [panel] = panels(histogramChart(degenerate));
    const [bars] = layerOf(panel!, 'bar');
    assert.deepEqual(
      bars?.data?.values.map((row) => [row['from'], row['to'], row['trials'], row['cheaper']]),
      [[-12000, -11500, 50, 'Provider']],
    );
    assert.deepEqual(degenerate.scenarios[1]?.histogram, [{ from: '-12000.00', to: '-11500.00', trials: 50 }]);
  });

  it('marks zero, and keeps it in the picture however far the bins are from it', () => {
    const [panel] = panels(histogramChart(degenerate));
    const [zero] = layerOf(panel!, 'rule');
    assert.deepEqual(zero?.data?.values, [{ zero: 0, label: 'Zero: Provider and Self-hosted cost the same' }]);
    const [bars] = layerOf(panel!, 'bar');
    assert.deepEqual((bars?.encoding?.['x'] as { scale: { domain: number[] } }).scale.domain, [-12000, 0]);
  });

  it('says the share of trials on each side in words: under the title, and beside zero where it fits', () => {
    const spec = histogramChart(degenerate);
    assert.equal(titleOf(spec).subtitle[1], 'Provider costs less than Self-hosted in 100% of trials and more in 0%.');
    // zero is the right edge of the plot: only the left side has room for its label
    assert.deepEqual(layerOf(panels(spec)[0]!, 'text').map((layer) => layer.data?.values[0]?.['label']), ['← cheaper in 100% of trials']);
    const growth = histogramChart(simulations['the growth example, 60 months']!);
    const [challenger] = simulations['the growth example, 60 months']!.scenarios.filter((s) => !s.isBaseline);
    assert.deepEqual(
      layerOf(panels(growth)[0]!, 'text').map((layer) => layer.data?.values[0]?.['label']),
      [`← cheaper in ${Number(challenger!.probabilityCheaperThanBaseline) * 100}% of trials`, `dearer in ${Number(challenger!.probabilityDearerThanBaseline) * 100}% →`],
    );
  });

  it('draws one panel per challenger, all on the same scale', () => {
    const spec = panels(histogramChart(simulations['three scenarios with long names']!));
    const domains = spec.map((panel) => JSON.stringify((layerOf(panel, 'bar')[0]?.encoding?.['x'] as { scale: { domain: number[] } }).scale.domain));
    assert.equal(domains.length, 2);
    assert.equal(domains[0], domains[1]);
  });

  it('says a single scenario has no difference to show', () => {
    const spec = histogramChart(simulations['a single scenario']!) as unknown as { data: { values: { note: string }[] } };
    assert.deepEqual(spec.data.values, [{ note: 'A single scenario has no difference to a baseline to show.' }]);
  });
});

describe('tornadoChart', () => {
  it('draws each input from its P10 to its P90 around the difference at the medians: for a range without width, bars of no length at −12,000', () => {
    const [panel] = panels(tornadoChart(degenerate));
    const [bars] = layerOf(panel!, 'bar');
    assert.deepEqual(
      bars?.data?.values.map((row) => [row['input'], row['end'], row['from'], row['to'], row['value']]),
      [
        ['Provider: Hosting', 'Input at its P10', -12000, -12000, '$3,000'],
        ['Provider: Hosting', 'Input at its P90', -12000, -12000, '$3,000'],
      ],
    );
    const rules = layerOf(panel!, 'rule').map((layer) => layer.data?.values[0]);
    assert.deepEqual(rules.map((rule) => [rule?.['at'], rule?.['label']]), [[-12000, 'At the medians: -$12,000']]);
  });

  it('puts the largest swing on top, each bar from the difference at the medians to the input’s P10 or P90', () => {
    // self-hosting X ~ uniform 3,500 to 4,500 (P10 3,600, median 4,000, P90 4,400) against a
    // provider Y ~ uniform 2,000 to 5,000 (P10 2,300, median 3,500, P90 4,700): the difference
    // 12 × (Y − X) is 12 × (3,500 − 4,000) = −6,000 at the medians; Y alone moves it from
    // 12 × (2,300 − 4,000) = −20,400 to 12 × (4,700 − 4,000) = 8,400, X alone from
    // 12 × (3,500 − 3,600) = −1,200 to 12 × (3,500 − 4,400) = −10,800
    const simulation = simulate([scenario('Self', uniform('3500', '4500')), scenario('Provider', uniform('2000', '5000'))], { months: 12, trials: 100 });
    const [panel] = panels(tornadoChart(simulation));
    const [bars] = layerOf(panel!, 'bar');
    assert.deepEqual((bars?.encoding?.['y'] as { sort: string[] }).sort, ['Provider: Hosting', 'Self: Hosting']);
    assert.deepEqual(
      bars?.data?.values.map((row) => [row['input'], row['from'], row['to'], row['value']]),
      [
        ['Provider: Hosting', -6000, -20400, '$2,300'],
        ['Provider: Hosting', -6000, 8400, '$4,700'],
        ['Self: Hosting', -6000, -1200, '$3,600'],
        ['Self: Hosting', -6000, -10800, '$4,400'],
      ],
    );
    // zero is inside the picture: marked beside the medians, each label reaching away from the other rule
    const rules = layerOf(panel!, 'rule').map((layer) => layer.data?.values[0]);
    assert.deepEqual(rules.map((rule) => [rule?.['at'], rule?.['label']]), [[-6000, 'At the medians: -$6,000'], [0, 'Same cost']]);
    assert.deepEqual(layerOf(panel!, 'text').slice(0, 2).map((layer) => (layer.mark as { align?: string }).align), ['right', 'left']);
  });

  it('says when there is nothing to vary', () => {
    const noRanges = tornadoChart(simulations['no ranges at all']!) as unknown as { data: { values: { note: string }[] } };
    assert.deepEqual(noRanges.data.values, [{ note: 'No input is a range: there is nothing to vary.' }]);
    const single = tornadoChart(simulations['a single scenario']!) as unknown as { data: { values: { note: string }[] } };
    assert.deepEqual(single.data.values, [{ note: 'A single scenario has no difference to a baseline to move.' }]);
  });
});
