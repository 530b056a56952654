import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { compare } from '../../../lib/report/compare.js';
import { breakEvenChart } from '../../../lib/render/charts/breakEvenChart.js';
import { monthlyCostChart } from '../../../lib/render/charts/monthlyCostChart.js';
import { totalsChart } from '../../../lib/render/charts/totalsChart.js';
import { renderSvg } from '../../../lib/render/renderSvg.js';
import { expectGolden } from '../../golden/golden.js';
import { projectRoot } from '../../support/fixtures.js';
import { exampleScenario, monthlyScenario } from '../fixtures.js';
import { cheaperProvider, foundingComparison } from './chartFixtures.js';

/** The text the SVG draws, entity-decoded, in document order. */
function textsOf(svg: string): string[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map((m) => decode(m[1] as string));
}

describe('renderSvg', () => {
  describe('the break-even chart of the founding example', async () => {
    const svg = await renderSvg(breakEvenChart(foundingComparison(), { revisit: '2010-05' }));
    const texts = textsOf(svg);

    it('names both scenarios', () => {
      for (const name of ['Self-hosted', 'Managed provider']) assert.ok(texts.includes(name), name);
    });

    it('titles both axes', () => {
      assert.ok(texts.includes('Cumulative cost (USD)'));
      assert.ok(texts.includes('Month'));
    });

    it('says there is no break-even, and labels the commitment end and the revisit date', () => {
      assert.ok(texts.includes('Managed provider never breaks even with Self-hosted within 36 months: by Apr 2012 it costs $1,341,000 more.'), texts.join('\n'));
      assert.ok(texts.includes('No break-even within 36 months:'));
      assert.ok(texts.includes('Commitment ends: Apr 2011'));
      assert.ok(texts.includes('Revisit: May 2010'));
    });

    it('labels the money axis in dollars and the month axis in calendar months', () => {
      for (const label of ['$0', '$400K', '$1M', '$1.4M', 'Jul 2009', 'Oct', 'Jan 2010']) assert.ok(texts.includes(label), label);
    });

    it('sets every piece of text in Source Sans 3', () => {
      const families = new Set([...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]));
      assert.deepEqual([...families], ['&quot;Source Sans 3&quot;, &quot;Source Sans Pro&quot;, &quot;Helvetica Neue&quot;, Arial, sans-serif']);
    });

    it('shows each line’s total on hover, as an SVG title', () => {
      assert.ok(svg.includes('<title>Managed provider: $1,485,000.00 by Apr 2012</title>'));
    });

    it('matches the golden file (UPDATE_GOLDEN=1 to refresh after an intended change)', () => {
      expectGolden('chart.breakeven.svg', svg);
    });
  });

  it('writes a character XML does not allow, in a comparison built in code, as �', async () => {
    const comparison = foundingComparison();
    const named = { ...comparison, scenarios: comparison.scenarios.map((scenario, index) => (index === 0 ? { ...scenario, name: 'Self\u0000hosted\ud800' } : scenario)) };
    const svg = await renderSvg(breakEvenChart(named));
    assert.ok(!/[\u0000\ud800]/.test(svg.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')));
    assert.ok(textsOf(svg).includes('Self\ufffdhosted\ufffd'), textsOf(svg).join(' | '));
  });

  it('labels a break-even where there is one', async () => {
    const svg = await renderSvg(breakEvenChart(compare([exampleScenario('self-hosted.json'), cheaperProvider()], { months: 36 })));
    assert.ok(textsOf(svg).includes('Break-even: Jul 2010'));
  });

  it('renders the monthly chart of the founding example as in the golden file', async () => {
    const svg = await renderSvg(monthlyCostChart(foundingComparison()));
    for (const text of ['Self-hosted', 'Managed provider', 'USD per month', 'Month', 'hosting', 'migration']) assert.ok(textsOf(svg).includes(text), text);
    expectGolden('chart.monthly.svg', svg);
  });

  it('renders the totals chart of the founding example, discounted at 8%, as in the golden file', async () => {
    const svg = await renderSvg(totalsChart(foundingComparison({ discountRate: '8%' })));
    for (const text of ['Self-hosted', 'Managed provider', 'USD per year', 'Year of the horizon', '$1,485,000', '$1,334,980']) assert.ok(textsOf(svg).includes(text), text);
    expectGolden('chart.totals.svg', svg);
  });

  it('gives the same bytes for the same spec, in any time zone', async () => {
    const specs = [breakEvenChart(foundingComparison(), { revisit: '2010-05' }), monthlyCostChart(foundingComparison({ months: 12 })), totalsChart(foundingComparison())];
    const here = (await Promise.all(specs.map((spec) => renderSvg(spec)))).join('\n');
    assert.equal((await Promise.all(specs.map((spec) => renderSvg(spec)))).join('\n'), here);
    const script = `import { renderSvg } from './lib/render/renderSvg.ts'; const specs = ${JSON.stringify(specs)}; process.stdout.write((await Promise.all(specs.map((spec) => renderSvg(spec)))).join('\\n'));`;
    for (const timeZone of ['America/Los_Angeles', 'Asia/Kolkata']) {
      // A clean environment: under `node --test`, NODE_TEST_CONTEXT would make the child report to the runner.
      const env = { PATH: process.env['PATH'] ?? '', TZ: timeZone };
      const elsewhere = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectRoot, env, maxBuffer: 1 << 24 }).toString();
      assert.ok(elsewhere === here, `${timeZone}: ${elsewhere.length} characters against ${here.length}, first difference at ${[...here].findIndex((c, k) => c !== elsewhere[k])}: ${elsewhere.slice(0, 200)}`);
    }
  });

  it('escapes scenario names: markup in a name is text, never markup', async () => {
    const name = '<script>alert("x")</script> & Co';
    const svg = await renderSvg(breakEvenChart(compare([monthlyScenario('Base', '4000'), monthlyScenario(name, '5000')], { months: 12 })));
    assert.ok(!svg.includes('<script'));
    assert.ok(textsOf(svg).includes(name));
  });

  it('hands vega-lite’s warnings to onWarning instead of printing them', async (t) => {
    const printed = t.mock.method(console, 'warn');
    const warnings: string[] = [];
    // A bar has no shape: vega-lite drops the channel and warns.
    await renderSvg({ data: { values: [{ a: 1, b: 'x' }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'b', type: 'nominal' } } }, { onWarning: (m) => warnings.push(m) });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /shape/);
    assert.equal(printed.mock.callCount(), 0);
  });
});
