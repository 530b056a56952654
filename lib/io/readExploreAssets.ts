/**
 * What the explore page is built of besides its data, read from where costmodel is
 * installed: the page's script (costmodel's pure core compiled for the browser), vega's and
 * vega-lite's single-file builds (each after its licence, which the page passes on), and the
 * charts' fonts.
 *
 *   installed (dist/): the script the build wrote beside this module's bundle
 *   from the sources (lib/io/*.ts, in tests and development): compiled now with esbuild, a
 *   development dependency, once per process, so the page never runs a stale script
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ExploreAssets } from '../render/explore/renderExplorePage.js';
import { readChartFonts } from './readChartFonts.js';

/** The page's script as the build writes it, beside every bundle that reads it. */
const EXPLORE_SCRIPT = './costmodel-explore.js';

let compiled: Promise<string> | undefined;

/**
 * The scripts and fonts of the explore page, for {@link explorePage}.
 *
 * @example
 * const assets = await readExploreAssets();
 * [assets.script.length > 100_000, assets.vega.includes('vega'), assets.fonts?.woff2 !== undefined]; // [true, true, true]
 */
export async function readExploreAssets(): Promise<ExploreAssets> {
  const require = createRequire(import.meta.url);
  // Each build with its package's licence before it: the page passes them on.
  const build = async (pkg: string, file: string) => {
    const folder = join(dirname(require.resolve(pkg)), '..');
    const [code, licence] = await Promise.all([readFile(join(folder, 'build', file), 'utf8'), readFile(join(folder, 'LICENSE'), 'utf8')]);
    return `/*! ${pkg}: ${licence.trim().replace(/\*\//g, '* /')} */\n${code}`;
  };
  const [script, vega, vegaLite, fonts] = await Promise.all([exploreScript(), build('vega', 'vega.min.js'), build('vega-lite', 'vega-lite.min.js'), readChartFonts()]);
  return { script, vega, vegaLite, fonts };
}

function exploreScript(): Promise<string> {
  if (!import.meta.url.endsWith('.ts')) return readFile(new URL(EXPLORE_SCRIPT, import.meta.url), 'utf8');
  compiled ??= import('./compileExploreScript.js').then((module) => module.compileExploreScript());
  return compiled;
}
