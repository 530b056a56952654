import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../../lib/report/compare.js';
import { breakEvenChart } from '../../../lib/render/charts/breakEvenChart.js';
import { readChartFonts } from '../../../lib/io/readChartFonts.js';
import { escapeHtml } from '../../../lib/render/escapeHtml.js';
import { renderChartHtml } from '../../../lib/render/renderChartHtml.js';
import { monthlyScenario } from '../fixtures.js';
import { foundingComparison } from './chartFixtures.js';

describe('renderChartHtml', () => {
  describe('the break-even chart of the founding example', async () => {
    const html = await renderChartHtml(breakEvenChart(foundingComparison(), { revisit: '2010-05' }), { fonts: await readChartFonts() });

    it('is one HTML document with the SVG inline', () => {
      assert.ok(html.startsWith('<!doctype html>\n<html lang="en">'));
      assert.equal(html.match(/<svg /g)?.length, 1);
      assert.ok(html.includes('<title>Cumulative cost over 36 months: Self-hosted vs Managed provider</title>'));
    });

    it('needs no network: no scripts, stylesheets, images or fonts fetched from anywhere', () => {
      assert.ok(!/<script|<link|<img|<iframe|@import/i.test(html));
      const urls = [...html.matchAll(/url\(([^)]*)\)|(?:src|href)="([^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
      for (const url of urls) assert.ok(url.startsWith('data:') || url.startsWith('#'), url);
    });

    it('embeds the charts’ font it is given, Regular and Bold', () => {
      assert.equal(html.match(/@font-face \{ font-family: "Source Sans 3"; font-weight: (400|700);/g)?.length, 2);
      assert.ok(html.includes('src: url(data:font/woff2;base64,d09GMg'));
    });

    it('puts the numbers beneath the chart as a table, numbers right-aligned', () => {
      assert.ok(html.indexOf('<table>') > html.indexOf('</svg>'));
      assert.ok(html.includes('<caption>Cumulative cost in USD at the end of each month, not discounted</caption>'));
      assert.ok(html.includes('<thead><tr><th class="num" scope="col">Month</th><th scope="col">Calendar month</th><th class="num" scope="col">Self-hosted</th><th class="num" scope="col">Managed provider</th></tr></thead>'));
      assert.ok(html.includes('<tr><th class="num" scope="row">36</th><td>Apr 2012</td><td class="num">144,000.00</td><td class="num">1,485,000.00</td></tr>'));
      assert.equal(html.match(/<tr>/g)?.length, 37);
    });
  });

  it('escapes every user string: names in the title, the table and the picture', async () => {
    const name = '<img src=x onerror=alert(1)> & "R&D"';
    const html = await renderChartHtml(breakEvenChart(compare([monthlyScenario('Base', '4000'), monthlyScenario(name, '5000')], { months: 3 })));
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('<th class="num" scope="col">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;R&amp;D&quot;</th>'));
  });

  it('leaves the font out when asked, for a small file', async () => {
    const html = await renderChartHtml(breakEvenChart(foundingComparison()));
    assert.ok(!html.includes('@font-face'));
    assert.ok(html.length < 60_000, `${html.length} characters`);
  });

  it('tabulates the inline data of a spec made elsewhere', async () => {
    const html = await renderChartHtml({ data: { values: [{ scenario: 'Self-hosted', total: 144000 }] }, mark: 'bar', encoding: { x: { field: 'total', type: 'quantitative' }, y: { field: 'scenario', type: 'nominal' } } });
    assert.ok(html.includes('<tr><th scope="row">Self-hosted</th><td class="num">144000</td></tr>'));
    assert.ok(html.includes('<title>Chart</title>'));
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in HTML text and attributes', () => {
    assert.equal(escapeHtml(`<a href="x">Tom's & Co</a>`), '&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Co&lt;/a&gt;');
  });

  it('embeds no font when it is given none: the page names the font and falls back to sans-serif', async () => {
    const html = await renderChartHtml(breakEvenChart(foundingComparison()));
    assert.ok(!html.includes('@font-face'));
    assert.ok(html.includes('font-family: "Source Sans 3"'));
  });
});
