/**
 * The explore page in Chromium, for the browser tests: pages written to a temporary folder
 * and opened from there (file: URLs, so that the fragment and downloads behave as they do
 * for people), with every request, console message of concern, page error and dialog kept.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import { readExploreAssets } from '../../lib/io/readExploreAssets.js';
import { explorePage, type ExplorePageOptions } from '../../lib/render/explore/explorePage.js';
import type { Scenario } from '../../lib/scenario/scenario.js';
import { launchChromium } from '../support/chromium.js';
import { projectRoot } from '../support/fixtures.js';

/** The founding example's files. */
export const FOUNDING_FILES = ['self-hosted.json', 'managed-provider.json'].map((file) => `${projectRoot}scenarios/${file}`);

/** Everything a page did that it must not do. */
export type PageLog = { requests: string[]; errors: string[]; dialogs: string[] };

/** What the page says of itself (window.costmodelExplore). */
export type ExploreStatus = { state: 'busy' | 'ready' | 'invalid'; generation: number; tableMs: number; redrawMs: number; readyMs: number; svg: string; ignored: string[] };

/** A browser, a folder for pages and downloads, and a way to open a page in it. */
export class ExploreBrowser {
  readonly dir = mkdtempSync(join(tmpdir(), 'costmodel-explore-'));
  private browser: Browser | undefined;

  async start(): Promise<void> {
    this.browser = await launchChromium();
  }

  async close(): Promise<void> {
    await this.browser?.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Writes the page of `scenarios` as `name` in the folder; returns its path. */
  async write(name: string, scenarios: readonly Scenario[], options: Omit<ExplorePageOptions, 'assets'> = {}): Promise<string> {
    const path = join(this.dir, name);
    writeFileSync(path, explorePage(scenarios, { ...options, assets: await readExploreAssets() }));
    return path;
  }

  /** Opens a page (with `fragment`) in a fresh context and waits until it has drawn. */
  async open(path: string, fragment = '', viewport = { width: 1280, height: 900 }): Promise<{ page: Page; context: BrowserContext; log: PageLog; navigationMs: number }> {
    if (this.browser === undefined) throw new Error('start the browser first');
    const context = await this.browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    const log: PageLog = { requests: [], errors: [], dialogs: [] };
    const url = pathToFileURL(path).href;
    page.on('request', (request) => {
      const requested = request.url();
      if (!requested.startsWith('data:') && !requested.startsWith('blob:') && requested.split('#')[0] !== url) log.requests.push(`${request.method()} ${requested}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') log.errors.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => log.errors.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // Any request that is not the page itself fails, should one be made.
    await context.route(/^(?!file:|data:|blob:)/, (route) => {
      log.requests.push(`routed: ${route.request().url()}`);
      return route.abort();
    });
    const started = Date.now();
    await page.goto(url + fragment);
    await settled(page, 0);
    return { page, context, log, navigationMs: Date.now() - started };
  }
}

/** The founding example's scenarios, read from scenarios/. */
export function foundingScenarios(): Promise<Scenario[]> {
  return loadScenarios(FOUNDING_FILES);
}

/** The page's own account of itself. */
export function status(page: Page): Promise<ExploreStatus> {
  return page.evaluate('window.costmodelExplore') as Promise<ExploreStatus>;
}

/** Waits until the page has finished a redraw after `generation` (drawn, or found the inputs invalid). */
export async function settled(page: Page, generation: number): Promise<ExploreStatus> {
  await page.waitForFunction(`window.costmodelExplore !== undefined && window.costmodelExplore.generation > ${generation} && window.costmodelExplore.state !== 'busy'`);
  return status(page);
}

/** Types `text` into the control labelled `label` and waits for the redraw. */
export async function change(page: Page, label: string, text: string): Promise<ExploreStatus> {
  const before = (await status(page)).generation;
  await page.getByLabel(label, { exact: true }).fill(text);
  return settled(page, before);
}

/** What the page shows of the comparison: the heading line, the table's rows, the sentences under it. */
export async function shownComparison(page: Page): Promise<{ heading: string; rows: string[][]; sentences: string[] }> {
  return (await page.evaluate(`({
    heading: document.getElementById('heading').textContent,
    rows: [...document.querySelectorAll('#comparison tr')].map((row) => [...row.cells].map((cell) => cell.textContent)),
    sentences: [...document.querySelectorAll('#sentences li')].map((item) => item.textContent),
  })`)) as { heading: string; rows: string[][]; sentences: string[] };
}

/** The same parts of `costmodel compare --format markdown`'s output. */
export function markdownComparison(markdown: string): { heading: string; rows: string[][]; sentences: string[] } {
  const lines = markdown.split('\n');
  const rows = lines.filter((line) => line.startsWith('| ') && !/^\| :?-/.test(line)).map((line) => line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
  return { heading: lines[2] ?? '', rows, sentences: lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2)) };
}
