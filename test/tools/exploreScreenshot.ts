/**
 * docs/images/explore.png: the explore page of the founding example as a browser shows it,
 * 1280 px wide, the top of the page (the controls, the decision and the chart).
 *
 *   npx tsx test/tools/exploreScreenshot.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import { readExploreAssets } from '../../lib/io/readExploreAssets.js';
import { explorePage } from '../../lib/render/explore/explorePage.js';
import { launchChromium } from '../support/chromium.js';
import { projectRoot } from '../support/fixtures.js';

const scenarios = await loadScenarios(['self-hosted.json', 'managed-provider.json'].map((file) => `${projectRoot}scenarios/${file}`));
const dir = mkdtempSync(join(tmpdir(), 'costmodel-explore-'));
const file = join(dir, 'explore.html');
writeFileSync(file, explorePage(scenarios, { months: 36, assets: await readExploreAssets() }));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1100 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction('window.costmodelExplore?.state === "ready"');
  await page.screenshot({ path: `${projectRoot}docs/images/explore.png` });
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
