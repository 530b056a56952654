/**
 * The revisit report's HTML page in a real browser: Debian's Chromium, driven by
 * playwright-core, with the network cut off.
 *
 *   scenarios/ (+ a copy of the provider named `<script>alert(1)</script>`)
 *     ─▶ revisitReport ─▶ reportDocument ─▶ renderReportHtml, the break-even chart rendered
 *        with renderSvg
 *     ─▶ Chromium: no request but data: URIs, no console or page error, no dialog, no script
 *        ran; the chart decoded and drawn; hostile names shown as literal text
 *     ─▶ print: PDF on A4 and on Letter; at the printable width of each (paper − 2 × 15 mm)
 *        nothing is wider than the page
 *
 * Needs /usr/bin/chromium (`apt-get install chromium`). Without it the tests are skipped,
 * saying how to install it — except where REQUIRE_BROWSER_TESTS=1 (set by .ci/run, which
 * installs Chromium), where they fail. SKIP_BROWSER_TESTS=1 skips them anyway (see
 * test/support/chromium.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import { revisitReport } from '../../lib/report/revisitReport.js';
import { breakEvenChart } from '../../lib/render/charts/breakEvenChart.js';
import { renderSvg } from '../../lib/render/renderSvg.js';
import { renderReportHtml } from '../../lib/render/report/renderReportHtml.js';
import { reportDocument } from '../../lib/render/report/reportDocument.js';
import type { Scenario } from '../../lib/scenario/scenario.js';
import { BROWSER_SKIPPED, CHROMIUM, CHROMIUM_MISSING_BUT_REQUIRED, launchChromium } from '../support/chromium.js';
import { projectRoot, scenarioOf } from '../support/fixtures.js';

const SCRIPT = '<script>alert(1)</script>';
/** Would set the flag if it ever ran: as an item name, a source and the decision text. */
const IMG = '<img src=x onerror="window.__xss=1">';
const DECISION = `Not now; revisit in a year. <script>window.__xss=2</script> "quotes" & 'apostrophes'`;

/** One long word, as a pasted link would be: its table cell must still fit the printed page. */
const LONG_SOURCE = 'vendor.example/quotes/2009-04/managed-provider-migration-and-setup-quote-final.pdf';

/** CSS pixels per millimetre. */
const PX_PER_MM = 96 / 25.4;
/** The printable width of each paper size with the page's 15 mm margins, in CSS pixels. */
const PRINTABLE_WIDTH_PX = { A4: Math.floor((210 - 30) * PX_PER_MM), Letter: Math.floor((215.9 - 30) * PX_PER_MM) } as const;

/** Self-hosted, the managed provider, and a copy of the provider with hostile names, a long source and a lower fee. */
async function scenarios(): Promise<Scenario[]> {
  const [selfHosted, managed] = await loadScenarios([`${projectRoot}scenarios/self-hosted.json`, `${projectRoot}scenarios/managed-provider.json`]);
  assert.ok(selfHosted !== undefined && managed !== undefined);
  const hostile = scenarioOf({
    ...managed.definition,
    name: SCRIPT,
    costs: managed.definition.costs.map((item) =>
      item.kind === 'recurring' ? { ...item, name: `Hosting ${IMG}`, amount: '30000', source: IMG } : { ...item, note: SCRIPT, source: LONG_SOURCE },
    ),
  });
  return [selfHosted, managed, hostile];
}

/** The page under test: the report of the three scenarios, with its break-even chart. */
async function reportPage(): Promise<string> {
  const report = revisitReport(await scenarios(), { months: 36, revisit: '2010-05', decision: DECISION });
  const chartSvg = await renderSvg(breakEvenChart(report.comparison, { revisit: '2010-05' }));
  return renderReportHtml(reportDocument(report), { title: `Revisit report: ${SCRIPT}`, chartSvg });
}

if (CHROMIUM_MISSING_BUT_REQUIRED) {
  it(`needs Chromium at ${CHROMIUM}`, () => {
    assert.fail(
      `Chromium is not installed at ${CHROMIUM}, and this test checks the revisit report in a real browser. ` +
        'Install it with `apt-get install -y chromium` (Debian/Ubuntu; as root or with sudo). REQUIRE_BROWSER_TESTS=1 makes its absence a failure.',
    );
  });
}

const SKIPPED = BROWSER_SKIPPED;
// A skipped suite counts no test in the summary ("skipped 0"): one skipped test says it was.
if (SKIPPED !== false) it('checks the revisit report’s HTML page in Chromium', { skip: SKIPPED }, () => undefined);

describe('the revisit report’s HTML page in Chromium', { skip: SKIPPED }, () => {
  let browser: Browser | undefined;
  let page: Page;
  let html: string;
  /** Everything the page did that it must not do: requests, errors, dialogs. */
  const requests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];

  before(async () => {
    html = await reportPage();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, javaScriptEnabled: true, offline: true });
    page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push(`${request.method()} ${request.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.route('**', (route) => {
      requests.push(`routed: ${route.request().url()}`);
      return route.abort();
    });
    await page.setContent(html, { waitUntil: 'load' });
  });

  after(async () => {
    await browser?.close();
  });

  it('loads without a single request, console message of concern, page error or dialog', async () => {
    // Give anything the page might start after load a moment to show itself.
    await page.waitForTimeout(200);
    assert.deepEqual(requests, []);
    assert.deepEqual(errors, []);
    assert.deepEqual(dialogs, []);
  });

  it('runs no script: none in the DOM, no flag set by an injected handler', async () => {
    assert.equal(await page.locator('script').count(), 0);
    assert.equal(await page.evaluate('typeof window.__xss'), 'undefined');
    assert.equal(await page.locator('[onerror], [onload], [onclick]').count(), 0);
    assert.equal(await page.locator('img').count(), 1, 'the chart is the only image');
  });

  it('shows hostile names as the literal text people typed', async () => {
    await assert.doesNotReject(page.getByRole('heading', { level: 3, name: SCRIPT, exact: true }).waitFor({ state: 'visible', timeout: 5000 }));
    assert.ok((await page.getByText(SCRIPT, { exact: true }).count()) >= 2, 'the exposure heading and the table rows');
    const text = (await page.locator('main').textContent()) ?? '';
    for (const s of [SCRIPT, `Hosting ${IMG}`, DECISION, LONG_SOURCE]) assert.ok(text.includes(s), s);
    assert.equal(await page.title(), `Revisit report: ${SCRIPT}`);
  });

  it('draws the break-even chart from its data: URI, decoded and at a sensible size', async () => {
    const img = page.locator('figure img');
    await img.scrollIntoViewIfNeeded();
    assert.ok(await img.isVisible());
    assert.ok((await img.getAttribute('src'))?.startsWith('data:image/svg+xml;base64,'));
    assert.match((await img.getAttribute('alt')) ?? '', /^Cumulative cost of each option/);
    const decoded = (await page.evaluate(
      `(async () => { const img = document.querySelector('figure img'); await img.decode(); return { complete: img.complete, naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight }; })()`,
    )) as { complete: boolean; naturalWidth: number; naturalHeight: number };
    assert.ok(decoded.complete && decoded.naturalWidth > 0 && decoded.naturalHeight > 0, JSON.stringify(decoded));
    const box = await img.boundingBox();
    assert.ok(box !== null);
    const column = await page.locator('main').boundingBox();
    assert.ok(column !== null);
    // The column (48rem) less its padding, and the chart's own aspect ratio.
    assert.ok(box.width >= 600 && box.width <= column.width, `${box.width} px wide in a ${column.width} px column`);
    assert.ok(Math.abs(box.height / box.width - decoded.naturalHeight / decoded.naturalWidth) < 0.01, `${box.width} × ${box.height}`);
  });

  it('sets every table with a header row and numbers right-aligned in tabular figures', async () => {
    const tables = await page.locator('table').count();
    assert.ok(tables >= 3);
    assert.equal(await page.locator('table > thead > tr > th').first().isVisible(), true);
    assert.equal(await page.locator('table:not(:has(> thead))').count(), 0);
    const style = (await page.evaluate(
      `(() => { const cell = getComputedStyle(document.querySelector('td.num')); return [cell.textAlign, cell.fontVariantNumeric]; })()`,
    )) as string[];
    assert.deepEqual(style, ['right', 'tabular-nums']);
    assert.equal(await page.locator('h1').count(), 1);
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`prints on ${format}: nothing wider than the printable ${PRINTABLE_WIDTH_PX[format]} px, and a PDF`, async () => {
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: PRINTABLE_WIDTH_PX[format], height: 1000 });
      try {
        const layout = (await page.evaluate(`(() => {
          const root = document.documentElement;
          const wide = [...document.querySelectorAll('body *')]
            .filter((element) => { const r = element.getBoundingClientRect(); return r.right > root.clientWidth + 0.5 || r.left < -0.5; })
            .map((element) => element.tagName.toLowerCase() + ': ' + (element.textContent ?? '').slice(0, 60));
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide, color: getComputedStyle(document.body).color };
        })()`)) as { scrollWidth: number; clientWidth: number; wide: string[]; color: string };
        assert.deepEqual(layout.wide, []);
        assert.ok(layout.scrollWidth <= layout.clientWidth, `${layout.scrollWidth} > ${layout.clientWidth}`);
        assert.equal(layout.color, 'rgb(0, 0, 0)', 'black text on paper');

        const pdf = await page.pdf({ format });
        assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
        assert.ok(pages >= 2 && pages <= 8, `${pages} pages`);
        assert.deepEqual(requests, [], 'printing fetched nothing');
        assert.deepEqual(errors, []);
      } finally {
        await page.emulateMedia({ media: 'screen' });
        await page.setViewportSize({ width: 1024, height: 900 });
      }
    });
  }
});
