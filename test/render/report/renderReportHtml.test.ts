/**
 * The revisit report as an HTML page, checked as text (the browser test in
 * test/browser/reportHtml.test.ts checks it as a page):
 *
 *   every kind of block, with hostile strings in every place a user string can reach
 *     ─▶ escaped, no `<script` anywhere, nothing fetched (no http: or https: at all)
 *   the founding report (reportDocument) with a scenario named `<script>alert(1)</script>`
 *     ─▶ the same, plus the structure: one h1, every table with a thead, the chart a data: URI
 *   the report itself instead of its blocks ─▶ its document under its title (reportTitle)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { revisitReport } from '../../../lib/report/revisitReport.js';
import { renderReportHtml } from '../../../lib/render/report/renderReportHtml.js';
import type { ReportBlock } from '../../../lib/render/report/reportBlocks.js';
import { reportDocument, reportTitle } from '../../../lib/render/report/reportDocument.js';
import type { ScenarioFile } from '../../../lib/scenario/scenarioFile.js';
import { readExample, scenarioOf } from '../../support/fixtures.js';
import { plainReport } from './reportFixtures.js';

const SCRIPT = '<script>alert(1)</script>';
const QUOTES = `"quotes" & 'apostrophes'`;
const IMG = '<img src=x onerror=alert(2)>';
const SCRIPT_ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;';
const QUOTES_ESCAPED = '&quot;quotes&quot; &amp; &#39;apostrophes&#39;';
const IMG_ESCAPED = '&lt;img src=x onerror=alert(2)&gt;';

/** A small SVG as renderSvg writes one: the namespace URL must not leak into the page as a URL. */
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" class="marks" width="800" height="600" viewBox="0 0 800 600"><text x="10" y="20">&lt;script&gt;</text></svg>';

/** One block of every kind, a hostile string in every text field. */
const HOSTILE_BLOCKS: readonly ReportBlock[] = [
  { type: 'heading', level: 1, text: `Revisit report: ${SCRIPT} or ${QUOTES}` },
  { type: 'paragraph', runs: [{ text: `Keep ${QUOTES}; `, strong: true }, { text: `${SCRIPT} costs more.` }] },
  { type: 'heading', level: 2, text: `Section ${IMG}` },
  { type: 'list', items: [[{ text: SCRIPT }], [{ text: 'bold ', strong: true }, { text: QUOTES }]] },
  { type: 'heading', level: 3, text: SCRIPT },
  {
    type: 'table',
    header: ['Scenario', `Total ${SCRIPT}`, 'Source'],
    align: ['left', 'right', 'left'],
    rows: [
      [SCRIPT, '1,485,000.00', IMG],
      [QUOTES, '144,000.00', `</td></tr></table>${SCRIPT}`],
    ],
    strongRows: [1],
  },
  { type: 'chart', alt: `Cumulative cost of ${SCRIPT} and ${QUOTES}` },
];

/** The founding example with the provider renamed `<script>alert(1)</script>`, self-hosting renamed with quotes, and hostile items, sources and notes. */
function hostileReport() {
  const selfHosted = readExample('self-hosted.json') as ScenarioFile;
  const managed = readExample('managed-provider.json') as ScenarioFile;
  const baseline = scenarioOf({ ...selfHosted, name: QUOTES, costs: selfHosted.costs.map((item) => ({ ...item, source: `${IMG} ${QUOTES}`, note: SCRIPT })) });
  const provider = scenarioOf({ ...managed, name: SCRIPT, costs: managed.costs.map((item) => ({ ...item, name: `${item.name} ${IMG}`, source: SCRIPT })) });
  return revisitReport([baseline, provider], { months: 36, revisit: '2010-05', decision: `Not now ${SCRIPT} & ${QUOTES}` });
}

/** Every URL the page would fetch or link to: src, href, srcset, url(), @import. */
function referencedUrls(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href|srcset|action|poster|data)\s*=\s*"([^"]*)"|url\(\s*['"]?([^'")]*)|@import\s+['"]([^'"]*)/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** Asserts the page has no script, fetches nothing and mentions no web address. */
function assertInert(html: string): void {
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<(link|iframe|object|embed|base|form|svg)\b/i);
  // Text is escaped, so every `<` starts a tag the renderer wrote: none may carry an event handler.
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, tag);
  assert.doesNotMatch(html, /https?:/i);
  assert.doesNotMatch(html, /javascript:/i);
  for (const url of referencedUrls(html)) assert.ok(url.startsWith('data:image/svg+xml;base64,'), url);
}

/** The text of a page between its tags, entities decoded: what a reader sees. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('renderReportHtml', () => {
  describe('every kind of block, hostile strings everywhere', () => {
    const html = renderReportHtml(HOSTILE_BLOCKS, { title: `${SCRIPT} ${QUOTES}`, chartSvg: SVG });

    it('escapes headings, paragraphs, lists, table headers and cells, the chart’s alt text and the title', () => {
      assert.ok(html.includes(`<title>${SCRIPT_ESCAPED} ${QUOTES_ESCAPED}</title>`));
      assert.ok(html.includes(`<h1>Revisit report: ${SCRIPT_ESCAPED} or ${QUOTES_ESCAPED}</h1>`));
      assert.ok(html.includes(`<p><strong>Keep ${QUOTES_ESCAPED}; </strong>${SCRIPT_ESCAPED} costs more.</p>`));
      assert.ok(html.includes(`<h2>Section ${IMG_ESCAPED}</h2>`));
      assert.ok(html.includes(`<li>${SCRIPT_ESCAPED}</li>\n<li><strong>bold </strong>${QUOTES_ESCAPED}</li>`));
      assert.ok(html.includes(`<h3>${SCRIPT_ESCAPED}</h3>`));
      assert.ok(html.includes(`<th scope="col" class="num">Total ${SCRIPT_ESCAPED}</th>`));
      // `<script>alert(1)</script>` is one 25-character word: its cell may break anywhere (class="long").
      assert.ok(html.includes(`<tr><th scope="row" class="long">${SCRIPT_ESCAPED}</th><td class="num">1,485,000.00</td><td>${IMG_ESCAPED}</td></tr>`));
      assert.ok(html.includes(`<td class="long">&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;${SCRIPT_ESCAPED}</td>`));
      assert.ok(html.includes(`alt="Cumulative cost of ${SCRIPT_ESCAPED} and ${QUOTES_ESCAPED}"`));
    });

    it('has no script, no event handler, no element a string could have injected, and fetches nothing', () => {
      assertInert(html);
      assert.equal(html.match(/<img\b/g)?.length, 1, 'the chart is the only image');
      assert.equal(html.match(/<table>/g)?.length, 1);
    });

    it('shows every string as the reader wrote it', () => {
      const text = visibleText(html);
      for (const s of [SCRIPT, QUOTES, IMG, `</td></tr></table>${SCRIPT}`]) assert.ok(text.includes(s), s);
    });

    it('sets strong runs and strong table rows in bold, numbers right-aligned', () => {
      assert.ok(html.includes(`<tr class="strong"><th scope="row">${QUOTES_ESCAPED}</th><td class="num">144,000.00</td>`));
      assert.match(html, /tr\.strong > \* \{[^}]*font-weight: 700/);
      assert.match(html, /\.num \{[^}]*text-align: right/);
      assert.match(html, /table \{[^}]*font-variant-numeric: tabular-nums/);
    });
  });

  it('lets a table cell break inside a word only when it holds one too long for a column', () => {
    const html = renderReportHtml(
      [{ type: 'table', header: ['Item', 'Source'], align: ['left', 'left'], rows: [['Hosting', 'vendor.example/quotes/2009-04/managed-hosting.pdf'], ['Setup', 'Vendor quote, 2009-04']] }],
      { title: 'Report' },
    );
    assert.ok(html.includes('<tr><th scope="row">Hosting</th><td class="long">vendor.example/quotes/2009-04/managed-hosting.pdf</td></tr>'));
    assert.ok(html.includes('<tr><th scope="row">Setup</th><td>Vendor quote, 2009-04</td></tr>'));
    assert.match(html, /\.long \{ overflow-wrap: anywhere; \}/);
    assert.match(html, /th, td \{[^}]*overflow-wrap: break-word;/);
  });

  describe('the chart', () => {
    it('is an <img> whose source is the SVG as a base64 data: URI, sized by the SVG, scaled to the column', () => {
      const html = renderReportHtml([{ type: 'chart', alt: 'The chart' }], { title: 'Report', chartSvg: SVG });
      const img = /<img src="data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)" alt="The chart" width="800" height="600">/.exec(html);
      assert.ok(img !== null, html);
      assert.equal(Buffer.from(img[1] as string, 'base64').toString('utf8'), SVG);
      assert.ok(html.includes('<figure><img '));
      assert.match(html, /figure img \{[^}]*width: 100%; height: auto;/);
    });

    it('leaves out width and height when the SVG declares no pixel size', () => {
      const html = renderReportHtml([{ type: 'chart', alt: 'The chart' }], { title: 'Report', chartSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>' });
      assert.match(html, /<img src="data:image\/svg\+xml;base64,[^"]+" alt="The chart">/);
    });

    it('without an SVG, shows the chart’s description as text', () => {
      const html = renderReportHtml([{ type: 'chart', alt: `Chart of ${SCRIPT}` }], { title: 'Report' });
      assert.ok(html.includes(`<p class="chart-text">Chart of ${SCRIPT_ESCAPED}</p>`));
      assert.doesNotMatch(html, /<img/);
    });
  });

  describe('the page', () => {
    const html = renderReportHtml(HOSTILE_BLOCKS, { title: 'Revisit report', chartSvg: SVG, lang: 'en-GB' });

    it('is a complete HTML5 document with one inline style sheet and a restrictive Content-Security-Policy', () => {
      assert.ok(html.startsWith('<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'));
      assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;">`));
      assert.ok(html.includes('<meta name="viewport" content="width=device-width, initial-scale=1">'));
      assert.equal(html.match(/<style>/g)?.length, 1);
      assert.equal(html.match(/<title>/g)?.length, 1);
      assert.ok(html.endsWith('</main>\n</body>\n</html>\n'));
    });

    it('uses the system fonts and fetches none', () => {
      assert.match(html, /font-family: system-ui, /);
      assert.doesNotMatch(html, /@font-face|@import/);
    });

    it('prints on the printer’s paper, A4 or Letter: 15 mm margins, no page size, content at most 180 mm wide', () => {
      assert.ok(html.includes('@page { margin: 15mm; }'));
      assert.doesNotMatch(html, /@page[^}]*size/);
      assert.match(html, /@media print \{[\s\S]*main \{ max-width: 180mm;/);
      assert.match(html, /thead \{ display: table-header-group; \}/);
      assert.match(html, /h1, h2, h3 \{ break-after: avoid;/);
      assert.match(html, /tr, figure, img, li \{ break-inside: avoid;/);
    });

    it('escapes the language tag', () => {
      assert.ok(renderReportHtml([], { title: 'R', lang: '"><script>' }).includes('<html lang="&quot;&gt;&lt;script&gt;">'));
    });

    it('makes the title the heading when the blocks have none', () => {
      const page = renderReportHtml([{ type: 'paragraph', runs: [{ text: 'Text' }] }], { title: `R&D ${SCRIPT}` });
      assert.ok(page.includes(`<main>\n<h1>R&amp;D ${SCRIPT_ESCAPED}</h1>\n<p>Text</p>`));
      assert.equal(page.match(/<h1>/g)?.length, 1);
    });
  });

  describe('the founding report, with a provider named <script>alert(1)</script>', () => {
    const blocks = reportDocument(hostileReport());
    const html = renderReportHtml(blocks, { title: `Revisit report: ${SCRIPT}`, chartSvg: SVG });

    it('escapes the names, items, sources, notes and decision text that reach the page', () => {
      assertInert(html);
      assert.ok(html.includes(`<h3>${SCRIPT_ESCAPED}</h3>`), 'the exposure section of the provider');
      assert.ok(html.includes(`<th scope="row" class="long">${SCRIPT_ESCAPED}</th>`), 'the comparison table');
      assert.ok(html.includes(`<strong>Decision recorded: </strong>Not now ${SCRIPT_ESCAPED} &amp; ${QUOTES_ESCAPED}`));
      assert.ok(html.includes(`<td>${IMG_ESCAPED} ${QUOTES_ESCAPED}</td>`), 'a source in the assumptions');
      assert.ok(html.includes(`<th scope="row">${QUOTES_ESCAPED}</th>`));
      const text = visibleText(html);
      for (const s of [SCRIPT, QUOTES, `Managed hosting ${IMG}`]) assert.ok(text.includes(s), s);
    });

    it('has one h1, every table with a header row, and the chart as a data: URI', () => {
      assert.equal(html.match(/<h1>/g)?.length, 1);
      const tables = blocks.filter((block) => block.type === 'table').length;
      assert.ok(tables >= 3, `${tables} tables`);
      assert.equal(html.match(/<table>/g)?.length, tables);
      assert.equal(html.match(/<table>\n<thead><tr>/g)?.length, tables);
      assert.equal(html.match(/<img src="data:image\/svg\+xml;base64,/g)?.length, 1);
    });
  });

  describe('given the report itself', () => {
    const report = plainReport();

    it('lays out the report’s document under the report’s title', () => {
      const html = renderReportHtml(report, { chartSvg: SVG });
      assert.ok(html.includes('<title>Revisit report: Self-hosted or Managed provider</title>'));
      assert.equal(html, renderReportHtml(reportDocument(report), { title: reportTitle(report), chartSvg: SVG }));
    });

    it('takes another title for the page when given one', () => {
      const html = renderReportHtml(report, { title: 'Hosting: the decision of May 2009' });
      assert.ok(html.includes('<title>Hosting: the decision of May 2009</title>'));
      assert.ok(html.includes('<h1>Revisit report: Self-hosted or Managed provider</h1>'));
    });

    it('without a chart, shows the chart’s description as text', () => {
      assert.ok(renderReportHtml(report).includes('<p class="chart-text">Cumulative cost of each option, month by month, from 2009-05 to 2012-04'));
    });

    it('escapes the names in the title it takes from the report', () => {
      const html = renderReportHtml(hostileReport(), { chartSvg: SVG });
      assert.ok(html.includes(`<title>Revisit report: ${QUOTES_ESCAPED} or ${SCRIPT_ESCAPED}</title>`));
      assertInert(html);
    });

    it('mentions no web address at all, as the founding report is written', () => {
      assertInert(renderReportHtml(report, { chartSvg: SVG }));
    });
  });
});
