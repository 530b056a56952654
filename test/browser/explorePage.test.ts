/**
 * The explore page in a real browser (Debian's Chromium, driven by playwright-core): what it
 * shows after a change is what the command line prints for files with that change, string
 * for string.
 *
 *   costmodel explore (the founding example) ─▶ Chromium, every request but the page failed
 *   ─▶ change a control ─▶ the page's heading, table, sentences and chart SVG
 *      = costmodel compare --format markdown / chart --format svg of a file with the change
 *   ─▶ a link with the what-if opens in that state; the downloaded files validate and give
 *      the page's figures; the CSV is costmodel schedule's; Reset returns to the files
 *   ─▶ no request, console error or dialog; hostile names stay text; labels, focus order,
 *      a narrow window, print on A4 and Letter
 *
 * Skipped without /usr/bin/chromium unless REQUIRE_BROWSER_TESTS=1 (see test/support/chromium.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Scenario } from '../../lib/scenario/scenario.js';
import { cli, writeFile } from '../cli/cliHarness.js';
import { BROWSER_SKIPPED, CHROMIUM, CHROMIUM_MISSING_BUT_REQUIRED } from '../support/chromium.js';
import { change, ExploreBrowser, FOUNDING_FILES, foundingScenarios, markdownComparison, settled, shownComparison, status } from './exploreHarness.js';

if (CHROMIUM_MISSING_BUT_REQUIRED) {
  it(`needs Chromium at ${CHROMIUM}`, () => assert.fail(`Chromium is not installed at ${CHROMIUM}: install it with \`apt-get install -y chromium\`. REQUIRE_BROWSER_TESTS=1 makes its absence a failure.`));
}
// A skipped suite counts no test in the summary: one skipped test says it was.
if (BROWSER_SKIPPED !== false) it('checks the explore page in Chromium', { skip: BROWSER_SKIPPED }, () => undefined);

/** `costmodel compare … --format markdown` of files, as the page shows it. */
async function cliComparison(files: readonly string[], ...options: string[]) {
  const run = await cli('compare', ...files, ...options, '--format', 'markdown');
  assert.equal(run.code, 0, run.stderr);
  return markdownComparison(run.stdout);
}

describe('the explore page in Chromium', { skip: BROWSER_SKIPPED }, () => {
  const browser = new ExploreBrowser();
  let founding: Scenario[];
  let pagePath: string;
  /** The managed provider's file with its fee or its commitment changed, as the page changes it. */
  let provider: (change: (file: Record<string, unknown>) => void) => string;

  before(async () => {
    await browser.start();
    founding = await foundingScenarios();
    pagePath = await browser.write('explore.html', founding);
    provider = (edit) => {
      const file = JSON.parse(readFileSync(FOUNDING_FILES[1] as string, 'utf8')) as Record<string, unknown>;
      edit(file);
      return writeFile(browser.dir, `provider-${Math.random().toString(36).slice(2)}.json`, file);
    };
  });
  after(() => browser.close());

  it('opens with the figures of costmodel compare, without a request, a console error or a dialog', async () => {
    const { page, context, log } = await browser.open(pagePath);
    try {
      assert.deepEqual(await shownComparison(page), await cliComparison(FOUNDING_FILES));
      assert.equal(await page.locator('#summary strong').textContent(), 'Keep Self-hosted; look again in May 2010.');
      await page.waitForTimeout(200);
      assert.deepEqual(log, { requests: [], errors: [], dialogs: [] });
    } finally {
      await context.close();
    }
  });

  it('moving Managed hosting to 2,750.00 a month changes the break-even text and the chart to what the command line prints for that file', async () => {
    const { page, context, log } = await browser.open(pagePath);
    try {
      const before = await status(page);
      await change(page, 'Managed hosting', '2750.00');
      const file = provider((json) => ((json['costs'] as Record<string, unknown>[])[1]!['amount'] = '2750.00'));
      const expected = await cliComparison([FOUNDING_FILES[0] as string, file]);
      const shown = await shownComparison(page);
      assert.deepEqual(shown, expected);
      assert.equal(shown.sentences[0], 'Managed provider breaks even against Self-hosted in month 36 (2012-04).');
      const chart = await cli('chart', FOUNDING_FILES[0] as string, file, '--type', 'breakeven', '--revisit', '2010-05', '--format', 'svg');
      const after = await status(page);
      assert.equal(after.svg, chart.stdout);
      assert.notEqual(after.svg, before.svg);
      assert.equal(await page.locator('#chart-svg svg').count(), 1);
      assert.deepEqual(log, { requests: [], errors: [], dialogs: [] });
    } finally {
      await context.close();
    }
  });

  it('changing the commitment from 24 to 12 months changes the committed minimum to the command line’s figure', async () => {
    const { page, context } = await browser.open(pagePath);
    try {
      await change(page, 'Commitment length', '12');
      const file = provider((json) => ((json['commitment'] as Record<string, unknown>)['months'] = 12));
      const shown = await shownComparison(page);
      assert.deepEqual(shown, await cliComparison([FOUNDING_FILES[0] as string, file]));
      // 45,000 + 12 × 40,000 = 525,000.00; leaving after the first month: the 11 payments still due, 440,000.00
      assert.equal(shown.sentences[1], 'Managed provider commits you to 525,000.00 over 12 months (2009-05 to 2010-04); leaving after the first month (end of 2009-05) costs 440,000.00.');
      // What signing commits you to, as the report's table has it.
      const report = await cli('report', FOUNDING_FILES[0] as string, file, '--date', '2009-05-04');
      const row = report.stdout.split('\n').find((line) => line.startsWith('| Committed minimum'));
      assert.deepEqual(row?.split('|').slice(1, -1).map((cell) => cell.trim()), ['Committed minimum (12 months, May 2009 to April 2010)', '525,000.00']);
      const shownRow = await page.locator('#sections tr', { hasText: 'Committed minimum' }).locator('th, td').allTextContents();
      assert.deepEqual(shownRow, ['Committed minimum (12 months, May 2009 to April 2010)', '525,000.00']);
    } finally {
      await context.close();
    }
  });

  it('the horizon and discount-rate controls give what compare --months and --discount-rate print', async () => {
    const { page, context } = await browser.open(pagePath);
    try {
      await change(page, 'Horizon', '60');
      await change(page, 'Discount rate', '8%');
      await change(page, 'Managed hosting', '39000');
      const file = provider((json) => ((json['costs'] as Record<string, unknown>[])[1]!['amount'] = '39000'));
      assert.deepEqual(await shownComparison(page), await cliComparison([FOUNDING_FILES[0] as string, file], '--months', '60', '--discount-rate', '8%'));
      assert.equal(new URL(page.url()).hash, '#months=60&discount-rate=8%25&s2/costs/1/amount=39000');
    } finally {
      await context.close();
    }
  });

  it('the baseline and the commitment’s slider give what compare --baseline prints for the changed file', async () => {
    const { page, context } = await browser.open(pagePath);
    try {
      let before = (await status(page)).generation;
      await page.getByLabel('Baseline', { exact: true }).selectOption('Managed provider');
      await settled(page, before);
      // One step of the slider down, from the keyboard: a 23-month commitment.
      before = (await status(page)).generation;
      await page.getByLabel('Commitment length: drag to change').press('ArrowLeft');
      await settled(page, before);
      assert.equal(await page.getByLabel('Commitment length', { exact: true }).inputValue(), '23');
      const file = provider((json) => ((json['commitment'] as Record<string, unknown>)['months'] = 23));
      assert.deepEqual(await shownComparison(page), await cliComparison([FOUNDING_FILES[0] as string, file], '--baseline', 'Managed provider'));
    } finally {
      await context.close();
    }
  });

  it('a link with a what-if opens in that state, and its downloaded files validate and give the page’s figures', async () => {
    const fragment = '#months=24&s2/costs/1/amount=2750&s2/commitment/months=12&colour=red';
    const { page, context, log } = await browser.open(pagePath, fragment);
    try {
      assert.equal(await page.getByLabel('Managed hosting', { exact: true }).inputValue(), '2750');
      assert.equal(await page.getByLabel('Horizon', { exact: true }).inputValue(), '24');
      assert.deepEqual(await page.locator('#changes li').allTextContents(), [
        'Horizon: 24 (given: 36)',
        'Managed provider: Managed hosting: 2750 (in the file: 40000)',
        'Managed provider: Commitment length: 12 (in the file: 24)',
      ]);
      assert.equal(await page.locator('#changes .ignored').textContent(), 'Not applied: the link names "colour", which this page has no control for.');
      const shown = await shownComparison(page);
      const files = [await save(page, '#download-scenario-1'), await save(page, '#download-scenario-2')];
      assert.deepEqual(files.map((file) => file.split('/').pop()), ['self-hosted.json', 'managed-provider.json']);
      const validated = await cli('validate', ...files);
      assert.equal(validated.code, 0, validated.stderr);
      assert.deepEqual(shown, await cliComparison(files, '--months', '24'));
      const csv = readFileSync(await save(page, '#download-csv'), 'utf8');
      const schedule = await cli('schedule', ...files, '--months', '24', '--format', 'csv');
      assert.equal(csv, schedule.stdout);
      const svg = readFileSync(await save(page, '#download-svg'), 'utf8');
      const chart = await cli('chart', ...files, '--months', '24', '--type', 'breakeven', '--revisit', '2010-05', '--format', 'svg');
      assert.equal(svg, chart.stdout);
      assert.deepEqual(log, { requests: [], errors: [], dialogs: [] });
    } finally {
      await context.close();
    }
  });

  it('Reset returns to the files as given, and clears the link', async () => {
    const { page, context } = await browser.open(pagePath, '#s2%2Fcosts%2F1%2Famount=2750');
    try {
      const before = (await status(page)).generation;
      await page.getByRole('button', { name: 'Reset' }).click();
      await settled(page, before);
      assert.equal(new URL(page.url()).hash, '');
      assert.equal(await page.getByLabel('Managed hosting', { exact: true }).inputValue(), '40000');
      assert.deepEqual(await shownComparison(page), await cliComparison(FOUNDING_FILES));
    } finally {
      await context.close();
    }
  });

  it('names a value the format refuses, as the command line does, and offers no download until it is fixed', async () => {
    const { page, context } = await browser.open(pagePath);
    try {
      const invalid = await change(page, 'Managed hosting', '-5');
      assert.equal(invalid.state, 'invalid');
      const problems = (await page.locator('#problems li').allTextContents()).join('\n');
      assert.match(problems, /^managed-provider\.json: \/costs\/1\/amount: /);
      const field = page.getByLabel('Managed hosting', { exact: true });
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      // Said under the field too, and read out with it.
      const under = await page.locator('#control-s2_costs_1_amount-error').textContent();
      assert.equal(`managed-provider.json: /costs/1/amount: ${under}`, problems);
      assert.ok((await field.getAttribute('aria-describedby'))?.endsWith('control-s2_costs_1_amount-error'));
      assert.equal(await page.locator('#download-csv').isDisabled(), true);
      const fixed = await change(page, 'Managed hosting', '30000');
      assert.equal(fixed.state, 'ready');
      assert.equal(await page.locator('#problems').isHidden(), true);
      assert.equal(await page.locator('#control-s2_costs_1_amount-error').count(), 0);
    } finally {
      await context.close();
    }
  });
});

/** Clicks a download button and saves the file under its own name in a folder of its own; returns the path. */
async function save(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const folder = join(await download.path().then((path) => path.split('/').slice(0, -1).join('/')), 'saved');
  const path = join(folder, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}
