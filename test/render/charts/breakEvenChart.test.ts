import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../../lib/issues/issue.js';
import { compare } from '../../../lib/report/compare.js';
import { breakEvenChart } from '../../../lib/render/charts/breakEvenChart.js';
import { chartTableOf } from '../../../lib/render/charts/chartTable.js';
import type { LayerItem } from '../../../lib/render/charts/specTypes.js';
import { exampleScenario } from '../fixtures.js';
import { cheaperProvider, examplesComparison, foundingComparison, freeScenario } from './chartFixtures.js';

type Title = { text: string[]; subtitle: string[] };
type Row = Record<string, unknown>;

function layersOf(spec: ReturnType<typeof breakEvenChart>): LayerItem[] {
  assert.ok('layer' in spec);
  return spec.layer;
}

/** The inline data of every layer whose mark is `type`. */
function rowsOf(spec: ReturnType<typeof breakEvenChart>, type: string): Row[] {
  return layersOf(spec)
    .filter((layer) => 'mark' in layer && typeof layer.mark === 'object' && layer.mark.type === type)
    .flatMap((layer) => ((layer as { data?: { values?: Row[] } }).data?.values ?? []) as Row[]);
}

function labels(spec: ReturnType<typeof breakEvenChart>): string[] {
  return rowsOf(spec, 'text').flatMap((row) => (typeof row['label'] === 'string' ? [row['label']] : []));
}

describe('breakEvenChart', () => {
  describe('of the founding example', () => {
    const comparison = foundingComparison();
    const spec = breakEvenChart(comparison, { revisit: '2010-05' });

    it('says in its title what is compared and over what', () => {
      assert.deepEqual((spec.title as Title).text, ['Cumulative cost over 36 months: Self-hosted vs Managed provider']);
      assert.equal((spec.title as Title).subtitle[0], '36 months, May 2009 – Apr 2012 · USD · not discounted');
    });

    it('notes, visibly, that there is no break-even within the horizon and what that costs', () => {
      assert.equal((spec.title as Title).subtitle[1], 'Managed provider never breaks even with Self-hosted within 36 months: by Apr 2012 it costs $1,341,000 more.');
      assert.deepEqual(rowsOf(spec, 'text').find((row) => Array.isArray(row['note']))?.['note'], ['No break-even within 36 months:', '$1,341,000 more by Apr 2012']);
      assert.deepEqual(rowsOf(spec, 'point'), []);
    });

    it('draws one line per scenario: the cumulative cost at each calendar month, as numbers', () => {
      const line = rowsOf(spec, 'line');
      assert.equal(line.length, 72);
      assert.deepEqual(line[0], {
        scenario: 'Self-hosted',
        month: '2009-05-01',
        calendar: 'May 2009 (month 1)',
        cumulative: 4000,
        cost: '$4,000.00',
        tip: 'Self-hosted, May 2009 (month 1): $4,000.00 so far',
        series: 'Self-hosted: $144,000.00 by Apr 2012',
      });
      assert.deepEqual(
        line.filter((row) => row['scenario'] === 'Managed provider').map((row) => row['cumulative']),
        comparison.scenarios[1]?.cumulative.map(Number),
      );
    });

    it('marks the end of the commitment and the revisit date, each labelled', () => {
      assert.deepEqual(labels(spec).sort(), ['Commitment ends: Apr 2011', 'Revisit: May 2010']);
      assert.deepEqual(rowsOf(spec, 'rule').filter((row) => 'label' in row).map((row) => row['month']).sort(), ['2010-05-01', '2011-04-01']);
    });

    it('formats the money axis in the scenarios’ currency', () => {
      const line = layersOf(spec)[0] as { encoding: { y: { title: string; axis: { labelExpr: string } } } };
      assert.equal(line.encoding.y.title, 'Cumulative cost (USD)');
      assert.ok(line.encoding.y.axis.labelExpr.includes('"$"'));
    });

    it('carries the exact numbers as a table: month by month, each scenario’s cumulative cost', () => {
      const table = chartTableOf(spec);
      assert.deepEqual(table?.columns.map((c) => c.title), ['Month', 'Calendar month', 'Self-hosted', 'Managed provider']);
      assert.deepEqual(table?.rows[0], ['1', 'May 2009', '4,000.00', '85,000.00']);
      assert.deepEqual(table?.rows[35], ['36', 'Apr 2012', '144,000.00', '1,485,000.00']);
    });

    it('does not mutate the comparison', () => {
      const before = JSON.stringify(comparison);
      breakEvenChart(comparison, { revisit: '2010-05' });
      assert.equal(JSON.stringify(comparison), before);
    });
  });

  describe('when a challenger breaks even', () => {
    const spec = breakEvenChart(compare([exampleScenario('self-hosted.json'), cheaperProvider()], { months: 36 }));

    it('marks the break-even month on the challenger’s line and labels it', () => {
      assert.deepEqual(rowsOf(spec, 'point'), [{ month: '2010-07-01', cumulative: 60000, color: '#E69F00', label: 'Break-even: Jul 2010' }]);
      assert.ok(labels(spec).includes('Break-even: Jul 2010'));
    });

    it('says when, in words, and what it saves by the end', () => {
      assert.equal((spec.title as Title).subtitle[1], 'Cheaper provider breaks even with Self-hosted in Jul 2010 (month 15): by Apr 2012 it saves $63,000.');
    });
  });

  describe('with several challengers', () => {
    it('names the scenario in each break-even label', () => {
      const spec = breakEvenChart(compare([exampleScenario('self-hosted-with-it-hire.json'), cheaperProvider(), cheaperProvider('Another provider')], { months: 36 }));
      assert.deepEqual(labels(spec).filter((l) => l.includes('breaks even')).sort(), ['Another provider breaks even: Sep 2009', 'Cheaper provider breaks even: Sep 2009']);
    });

    it('lists the names in the title while they fit on a line', () => {
      assert.deepEqual((breakEvenChart(examplesComparison()).title as Title).text, ['Cumulative cost over 36 months: Self-hosted, Self-hosted + IT hire and Managed provider']);
    });
  });

  it('states, without a marker, that a challenger never more expensive is cheaper from the first month', () => {
    const spec = breakEvenChart(compare([exampleScenario('self-hosted.json'), freeScenario()], { months: 36 }));
    assert.deepEqual(rowsOf(spec, 'point'), []);
    assert.equal((spec.title as Title).subtitle[1], 'Free tier costs no more than Self-hosted from the first month: by Apr 2012 it saves $144,000.');
  });

  it('notes a commitment that runs past the end of the chart', () => {
    const spec = breakEvenChart(foundingComparison({ months: 12 }));
    assert.ok((spec.title as Title).subtitle.includes('Managed provider’s 24-month commitment runs to Apr 2011, past the end of this chart.'));
    assert.deepEqual(labels(spec), []);
  });

  it('notes a revisit date outside the chart instead of marking it', () => {
    const spec = breakEvenChart(foundingComparison(), { revisit: '2015-01' });
    assert.ok((spec.title as Title).subtitle.includes('The revisit date, Jan 2015, is outside this chart.'));
    assert.ok(!labels(spec).some((l) => l.startsWith('Revisit')));
  });

  it('throws an InputError naming --revisit for a month that is not YYYY-MM', () => {
    assert.throws(
      () => breakEvenChart(foundingComparison(), { revisit: 'May 2010' }),
      (error: unknown) => error instanceof InputError && error.issues[0]?.code === 'invalid-option' && error.issues[0].message === '--revisit: expected a month as YYYY-MM, found "May 2010"',
    );
  });

  it('charts a single scenario, with no verdict to give', () => {
    const spec = breakEvenChart(compare([exampleScenario('managed-provider.json')], { months: 36 }));
    assert.deepEqual((spec.title as Title).text, ['Cumulative cost of Managed provider over 36 months']);
    assert.deepEqual((spec.title as Title).subtitle, ['36 months, May 2009 – Apr 2012 · USD · not discounted']);
  });

  it('charts scenarios that cost nothing on an axis from $0, and says so', () => {
    const spec = breakEvenChart(compare([freeScenario(), freeScenario('Also free')], { months: 24 }));
    const line = layersOf(spec)[0] as { encoding: { y: { scale: unknown; axis: { values?: number[] } } } };
    assert.deepEqual(line.encoding.y.scale, { domain: [0, 1] });
    assert.deepEqual(line.encoding.y.axis.values, [0]);
    assert.ok((spec.title as Title).subtitle.includes('None of the scenarios costs anything within the horizon.'));
  });

  it('draws a dot per month for short horizons, so a one-month chart still shows its values', () => {
    const spec = breakEvenChart(foundingComparison({ months: 1 }));
    assert.equal(rowsOf(spec, 'point').length, 2);
    assert.equal(rowsOf(breakEvenChart(foundingComparison()), 'point').length, 0);
  });

  it('stacks the labels of annotations close together in separate rows above the plot', () => {
    const spec = breakEvenChart(compare([exampleScenario('self-hosted-with-it-hire.json'), cheaperProvider(), cheaperProvider('Another provider')], { months: 36 }), { revisit: '2010-03' });
    const placed = rowsOf(spec, 'text').filter((row) => typeof row['labelY'] === 'number');
    assert.equal(placed.length, 5);
    assert.ok(new Set(placed.map((row) => row['labelY'])).size >= 3, JSON.stringify(placed));
    for (const row of placed) assert.ok((row['labelY'] as number) < 0, 'above the plot');
  });
});
