/**
 * The explore page as one self-contained HTML file: nothing is fetched, everything is in it.
 *
 *   <style>     the page's layout (two columns, one in a narrow window; print: results only)
 *               and the charts' font as data: URLs
 *   <script type="application/json" id="explore-data">   ExploreData, every "<" escaped
 *   <script>    vega and vega-lite, as their packages publish them in one file each
 *   <script>    costmodel's pure core compiled for the browser, with the page's code
 *               (bin/browser/explore/), which builds every element from the data with
 *               textContent: a scenario's text is never read as markup
 *
 * A Content-Security-Policy forbids every request but data: and blob: URLs, so the page
 * cannot reach the network even if something in it tried to.
 */
import type { ChartFonts } from '../charts/chartFonts.js';
import { CHART_FONT } from '../charts/chartTheme.js';
import { htmlHead } from '../htmlHead.js';
import { fontFaceCss } from '../renderChartHtml.js';
import type { ExploreData } from './exploreState.js';

/**
 * What the page is built of besides its data: the scripts it runs and the font it is set in.
 * {@link readExploreAssets} reads them from where costmodel is installed.
 *
 * @example
 * const assets: ExploreAssets = await readExploreAssets();
 * [assets.vegaLite.length > 100_000, assets.fonts?.woff2?.regular.length !== undefined]; // [true, true]
 */
export type ExploreAssets = {
  /** costmodel's page script, compiled for the browser (an IIFE). */
  readonly script: string;
  /** vega's single-file build (`vega.min.js`). */
  readonly vega: string;
  /** vega-lite's single-file build (`vega-lite.min.js`). */
  readonly vegaLite: string;
  /** The charts' fonts, embedded so the page and its chart look as designed anywhere. */
  readonly fonts?: Pick<ChartFonts, 'woff2'>;
};

/** The id of the element that holds the page's data. */
export const EXPLORE_DATA_ID = 'explore-data';

const CSP = [
  "default-src 'none'",
  // vega compiles its expressions with Function(): 'unsafe-eval'. Nothing is loaded from anywhere.
  "script-src 'unsafe-inline' 'unsafe-eval'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The page: data, scripts and styles in one HTML string.
 *
 * @example
 * const html = renderExplorePage({ version: 1, scenarios: [], options: { months: 36 } }, { script: '', vega: '', vegaLite: '' }, 'What if: </title>');
 * [html.startsWith('<!doctype html>'), html.includes('<title>What if: &lt;/title&gt;</title>')]; // [true, true]
 */
export function renderExplorePage(data: ExploreData, assets: ExploreAssets, title: string): string {
  const fontFaces = assets.fonts?.woff2 === undefined ? '' : fontFaceCss(assets.fonts.woff2);
  return [
    ...htmlHead(title, `\n${fontFaces}${STYLE}`, CSP),
    '<noscript><p>This page recomputes the model as you change its inputs, in JavaScript: allow scripts to use it. <code>costmodel report</code> writes the same figures as a static page.</p></noscript>',
    `<script type="application/json" id="${EXPLORE_DATA_ID}">${jsonInScript(data)}</script>`,
    `<script>${scriptText(assets.vega)}</script>`,
    `<script>${scriptText(assets.vegaLite)}</script>`,
    `<script>${scriptText(assets.script)}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** JSON that cannot end its script element or open a comment: every "<" as \u003c (and the two line separators JSON allows but old parsers did not). */
function jsonInScript(data: ExploreData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * A script's text, which must not end its element early (`</script`) or open a comment
 * (`<!--`). The scripts are costmodel's own and vega's builds, which hold neither; rewriting
 * one could change what a template string or a regular expression means, so a script that
 * holds one is refused rather than changed.
 */
function scriptText(script: string): string {
  const unsafe = /<\/script|<!--/i.exec(script);
  if (unsafe !== null) throw new Error(`explorePage: a script of the page holds "${unsafe[0]}" at character ${unsafe.index}, which would end its element early; it cannot be inlined as it is`);
  return script;
}

const STYLE = `
:root { color-scheme: light; color: #111; background: #fff; font-family: ${CHART_FONT}; font-size: 16px; line-height: 1.45; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; }
header { padding: 1rem 1.25rem 0.5rem; border-bottom: 2px solid #000; }
h1 { font-size: 1.6rem; line-height: 1.2; margin: 0 0 0.25rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 1.5em 0 0.5em; padding-bottom: 0.2em; border-bottom: 1px solid #bbb; overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1.25em 0 0.5em; overflow-wrap: anywhere; }
p, li { overflow-wrap: anywhere; }
.intro { margin: 0 0 0.5rem; color: #444; }
.layout { display: grid; grid-template-columns: minmax(18rem, 26rem) minmax(0, 1fr); gap: 1.5rem; padding: 1rem 1.25rem 2rem; }
@media (max-width: 60rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
form { margin: 0; }
fieldset { border: 1px solid #bbb; border-radius: 4px; margin: 0 0 1rem; padding: 0.5rem 0.75rem 0.75rem; min-width: 0; }
legend { font-weight: 700; padding: 0 0.25rem; overflow-wrap: anywhere; }
.control { margin: 0.6rem 0 0; }
.control label { display: block; font-weight: 600; overflow-wrap: anywhere; }
.control .row { display: flex; gap: 0.5rem; align-items: center; }
.control input[type=text], .control input[type=month], .control select { font: inherit; font-variant-numeric: tabular-nums; padding: 0.2rem 0.4rem; border: 1px solid #767676; border-radius: 3px; width: 9rem; max-width: 100%; }
.control select { width: 100%; }
.control input[type=range] { flex: 1 1 auto; min-width: 0; }
.control input[aria-invalid=true] { border-color: #b00020; outline: 2px solid #b00020; }
.control .per, .control .hint { color: #444; font-size: 0.875rem; }
.control .threshold { font-size: 0.875rem; margin: 0.15rem 0 0; }
.control .error { font-size: 0.875rem; margin: 0.15rem 0 0; color: #b00020; font-weight: 600; }
.changed > label::after { content: " (changed)"; font-weight: 400; color: #444; }
:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0 0 1rem; }
button { font: inherit; padding: 0.3rem 0.75rem; border: 1px solid #444; border-radius: 3px; background: #f4f4f4; color: #000; cursor: pointer; }
button:hover { background: #e6e6e6; }
.problems { border: 2px solid #b00020; padding: 0.5rem 0.75rem; margin: 0 0 1rem; }
.problems[hidden] { display: none; }
.file { color: #444; font-size: 0.875rem; overflow-wrap: anywhere; }
.summary { font-size: 1.05rem; }
.stale { opacity: 0.45; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.25em; font-size: 0.875rem; font-variant-numeric: tabular-nums; }
th, td { padding: 0.3em 0.6em; text-align: left; vertical-align: top; border-bottom: 1px solid #d4d4d4; overflow-wrap: anywhere; }
tbody th { font-weight: 400; }
thead th { font-weight: 600; background: #f0f0f0; border-top: 1px solid #000; border-bottom: 1px solid #000; vertical-align: bottom; }
.num { text-align: right; white-space: nowrap; }
thead th.num { white-space: normal; }
.table-wrap { overflow-x: auto; }
figure { margin: 0 0 1.25em; }
figure svg { display: block; width: 100%; height: auto; }
@page { margin: 15mm; }
@media print {
  :root { color: #000; font-size: 10.5pt; }
  header { border-bottom-width: 1px; padding: 0 0 4mm; }
  .layout { display: block; padding: 0; }
  #controls, .actions, noscript { display: none; }
  #results { max-width: 180mm; }
  .table-wrap { overflow: visible; }
  thead th { background: none; }
  table { font-size: 9pt; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, figure, li { break-inside: avoid; page-break-inside: avoid; }
}
`;
