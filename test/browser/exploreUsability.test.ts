/**
 * The explore page for people, in Chromium: names typed by anyone stay text; every control
 * has a label and the keyboard reaches them in the order of the files; the headline and each
 * control's threshold follow the inputs; a narrow window shows one column; printing gives the
 * results alone, within A4 and Letter.
 *
 * Skipped without /usr/bin/chromium unless REQUIRE_BROWSER_TESTS=1 (see test/support/chromium.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Scenario } from '../../lib/scenario/scenario.js';
import { BROWSER_SKIPPED } from '../support/chromium.js';
import { scenarioOf } from '../support/fixtures.js';
import { change, ExploreBrowser, foundingScenarios } from './exploreHarness.js';

const SCRIPT = '<script>alert(1)</script>';
/** Would set the flag if it ever ran: as an item name, a source and a note. */
const IMG = '<img src=x onerror="window.__xss=1">';

/** CSS pixels per millimetre, and the printable width of each paper with the page's 15 mm margins. */
const PX_PER_MM = 96 / 25.4;
const PRINTABLE_WIDTH_PX = { A4: Math.floor((210 - 30) * PX_PER_MM), Letter: Math.floor((215.9 - 30) * PX_PER_MM) } as const;

if (BROWSER_SKIPPED !== false) it('checks the explore page for people in Chromium', { skip: BROWSER_SKIPPED }, () => undefined);

describe('the explore page for people, in Chromium', { skip: BROWSER_SKIPPED }, () => {
  const browser = new ExploreBrowser();
  let founding: Scenario[];
  let pagePath: string;

  before(async () => {
    await browser.start();
    founding = await foundingScenarios();
    pagePath = await browser.write('explore.html', founding);
  });
  after(() => browser.close());

  it('shows hostile names as the literal text people typed, and runs none of it', async () => {
    const [, managed] = founding;
    assert.ok(managed !== undefined);
    const hostile = scenarioOf(
      {
        ...managed.definition,
        name: SCRIPT,
        costs: managed.definition.costs.map((item) => ({ ...item, name: `${item.name} ${IMG}`, source: IMG, note: SCRIPT })),
      },
      `${IMG}.json`,
    );
    const path = await browser.write('hostile.html', [...founding, hostile]);
    const { page, context, log } = await browser.open(path);
    try {
      assert.equal(await page.locator('legend', { hasText: SCRIPT }).textContent(), SCRIPT);
      assert.equal(await page.getByRole('rowheader', { name: SCRIPT, exact: true }).first().textContent(), SCRIPT);
      assert.equal(await page.getByLabel(`Managed hosting ${IMG}`, { exact: true }).inputValue(), '40000');
      assert.equal(await page.locator('h1').textContent(), `What if: Self-hosted, Managed provider or ${SCRIPT}`);
      assert.ok((await page.locator('#chart-svg').textContent())?.includes(SCRIPT), 'the chart’s legend names it as text');
      await change(page, `Managed hosting ${IMG}`, '1000');
      assert.ok((await page.locator('#summary strong').textContent())?.startsWith(`Switch to ${SCRIPT};`));
      assert.equal(await page.evaluate('typeof window.__xss'), 'undefined');
      // The page's own four script elements (data, vega, vega-lite, costmodel), and nothing with a handler.
      assert.equal(await page.locator('script').count(), 4);
      assert.equal(await page.locator('img, [onerror], [onload], [onclick]').count(), 0);
      assert.deepEqual(log, { requests: [], errors: [], dialogs: [] });
    } finally {
      await context.close();
    }
  });

  it('says where each input changes the decision, and the headline follows when one crosses it', async () => {
    const { page, context } = await browser.open(pagePath);
    try {
      const threshold = page.locator('#control-s2_costs_1_amount-threshold');
      assert.equal(await threshold.textContent(), 'Below 2,750.00 a month, Self-hosted is no longer the cheapest: Managed provider is.');
      assert.equal(await page.getByLabel('Managed hosting', { exact: true }).getAttribute('aria-describedby'), 'control-s2_costs_1_amount-per control-s2_costs_1_amount-threshold');
      // At 2,750.00 the totals tie (45,000 + 36 × 2,750 = 144,000 = 36 × 4,000) and the baseline stays.
      await change(page, 'Managed hosting', '2750');
      assert.equal(await page.locator('#summary strong').textContent(), 'Keep Self-hosted; look again in May 2010.');
      await change(page, 'Managed hosting', '2749.99');
      assert.equal(await page.locator('#summary strong').textContent(), 'Switch to Managed provider; look again in May 2010.');
      // Now 45,000 + 36 × 2,749.99 = 143,999.64 against three years of self-hosting: at 47,999.89 a
      // year (143,999.67) the provider stays cheapest; at 47,999.88 (143,999.64) they tie and the baseline wins.
      assert.equal(await page.locator('#control-s1_costs_0_amount-threshold').textContent(), 'Below 47,999.89 a year, Managed provider is no longer the cheapest: Self-hosted is.');
    } finally {
      await context.close();
    }
  });

  it('labels every control, and the keyboard reaches them in the order of the page', async () => {
    const { page, context } = await browser.open(pagePath);
    try {
      const unlabelled = await page.evaluate(`[...document.querySelectorAll('input, select, button')].filter((field) => {
        const label = field.labels?.[0]?.textContent ?? field.getAttribute('aria-label') ?? (field.tagName === 'BUTTON' ? field.textContent : '');
        return (label ?? '').trim() === '';
      }).map((field) => field.id)`);
      assert.deepEqual(unlabelled, []);
      const inOrder = (await page.evaluate(`[...document.querySelectorAll('input, select, button')].map((field) => field.id)`)) as string[];
      // A month field takes a Tab for its month and one for its year: each field is counted once.
      const reached: string[] = [];
      for (let presses = 0; reached.length < inOrder.length && presses < 3 * inOrder.length; presses++) {
        await page.keyboard.press('Tab');
        const id = (await page.evaluate('document.activeElement.id')) as string;
        if (reached.at(-1) !== id) reached.push(id);
      }
      assert.deepEqual(reached, inOrder);
      assert.deepEqual(inOrder.slice(0, 3), ['reset', 'download-scenario-1', 'download-scenario-2']);
    } finally {
      await context.close();
    }
  });

  it('works in a narrow window: one column, the inputs first, nothing wider than the screen', async () => {
    const { page, context } = await browser.open(pagePath, '', { width: 375, height: 800 });
    try {
      const layout = (await page.evaluate(`(() => {
        const root = document.documentElement;
        const controls = document.getElementById('controls').getBoundingClientRect();
        const results = document.getElementById('results').getBoundingClientRect();
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, stacked: results.top >= controls.bottom };
      })()`)) as { scrollWidth: number; clientWidth: number; stacked: boolean };
      assert.ok(layout.scrollWidth <= layout.clientWidth, `${layout.scrollWidth} > ${layout.clientWidth}`);
      assert.equal(layout.stacked, true);
      await change(page, 'Managed hosting', '30000');
    } finally {
      await context.close();
    }
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`prints the results alone on ${format}: nothing wider than the printable ${PRINTABLE_WIDTH_PX[format]} px`, async () => {
      const { page, context, log } = await browser.open(pagePath, '#s2%2Fcosts%2F1%2Famount=2750');
      try {
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: PRINTABLE_WIDTH_PX[format], height: 1000 });
        const layout = (await page.evaluate(`(() => {
          const root = document.documentElement;
          const wide = [...document.querySelectorAll('body *')]
            .filter((element) => { const r = element.getBoundingClientRect(); return r.width > 0 && (r.right > root.clientWidth + 0.5 || r.left < -0.5); })
            .map((element) => element.tagName.toLowerCase() + ': ' + (element.textContent ?? '').slice(0, 60));
          return { wide, controls: getComputedStyle(document.getElementById('controls')).display, color: getComputedStyle(document.body).color };
        })()`)) as { wide: string[]; controls: string; color: string };
        assert.deepEqual(layout.wide, []);
        assert.equal(layout.controls, 'none');
        const pdf = await page.pdf({ format });
        assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
        assert.ok(pages >= 2 && pages <= 6, `${pages} pages`);
        assert.deepEqual(await page.locator('#changes li').allTextContents(), ['Managed provider: Managed hosting: 2750 (in the file: 40000)']);
        assert.deepEqual(log, { requests: [], errors: [], dialogs: [] });
      } finally {
        await context.close();
      }
    });
  }
});
