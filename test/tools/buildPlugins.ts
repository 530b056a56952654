/**
 * The esbuild plugins and vendored files of `npm run build` (test/tools/build.ts) that keep
 * start-up short:
 *
 *   vegaSingleFile   import('vega'), import('vega-lite') ─▶ dist/chunks/vega.cjs, vega-lite.cjs:
 *                    the packages' published single-file builds, compiled with a V8 code
 *                    cache the build writes after drawing every chart (vendorVega,
 *                    WRITE_VEGA_CODE_CACHE)
 *                    with vega's continuous colour schemes built on first use (lazyColorSchemes)
 *   resvgBinding     import('@resvg/resvg-js') ─▶ lib/io/resvgBinding.ts: the same binding,
 *                    found without the package's process report
 *   lazyTextWidth    string-width (yargs' help layout) builds its Intl.Segmenter and its
 *                    emoji regular expression on first use instead of at load
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

/**
 * vega and vega-lite as the 42 ES modules of 31 packages their `exports` name took twice as
 * long to load as to draw a chart; their published single files load in half the time and
 * draw the same bytes. A script's `import('vega')` becomes `import("../chunks/vega.cjs")`,
 * which its loader (codeCachedScript.cjs, vendorLibrary) runs as a CommonJS script with its
 * code cache. Every output file is one folder below dist/ (dist/bin, dist/chunks, dist/lib),
 * so one relative path serves them all.
 */
export const vegaSingleFile: Plugin = {
  name: 'vega-single-file',
  setup(build) {
    build.onResolve({ filter: /^vega(-lite)?$/ }, ({ path }) => ({ path: `../chunks/${path}.cjs`, external: true }));
  },
};

/**
 * Writes dist/chunks/vega.cjs and vega-lite.cjs, the packages' published single-file (UMD)
 * builds, each with its package's licence beside it. The loader (codeCachedScript.cjs,
 * vendorLibrary) compiles each with the V8 code cache the build writes beside it after drawing
 * every chart ({@link WRITE_VEGA_CODE_CACHE}): compiling their 770 KB took longer than drawing
 * a chart.
 */
export function vendorVega(dist: string): void {
  const require = createRequire(import.meta.url);
  const chunks = join(dist, 'chunks');
  mkdirSync(chunks, { recursive: true });
  const packageFile = (name: string, file: string) => join(dirname(require.resolve(name)), file);
  const vegaLite = readFileSync(packageFile('vega-lite', 'vega-lite.min.js'), 'utf8');
  if (vegaLite.split('require("vega")').length !== 2) throw new Error('vega-lite.min.js no longer requires vega once: update test/tools/buildPlugins.ts');
  writeFileSync(join(chunks, 'vega.cjs'), lazyColorSchemes(readFileSync(packageFile('vega', 'vega.min.js'), 'utf8')));
  writeFileSync(join(chunks, 'vega-lite.cjs'), vegaLite);
  // The files carry no licence of their own: their package's goes beside them, as esbuild's legal comments do.
  for (const name of ['vega', 'vega-lite']) copyFileSync(join(dirname(require.resolve(name)), '..', 'LICENSE'), join(chunks, `${name}.cjs.LEGAL.txt`));
}

/**
 * vega registers its 53 continuous colour schemes (blues … viridis) as it loads, parsing 792
 * colours into interpolators: some 8 ms of every chart drawn, and costmodel's charts name
 * their own colours. Each scheme's interpolator is built by the same function on first use
 * instead, so a chart that uses one draws the same.
 */
export function lazyColorSchemes(vega: string): string {
  const registration = /(\w+\(\{blues:"[0-9a-f]+"[^}]*\},\((\w+)=>)(\w+\(\w+\(\2\)\))\)\)/g;
  if ([...vega.matchAll(registration)].length !== 1) throw new Error('vega.min.js no longer registers its continuous colour schemes as costmodel expects: update test/tools/buildPlugins.ts');
  return vega.replace(registration, (_match, head: string, _palette: string, build: string) => `${head}{let costmodelBuilt;return (costmodelValue)=>(costmodelBuilt??=${build})(costmodelValue)}))`);
}

/**
 * Draws every chart costmodel has with the built library, then writes the code cache of vega
 * and vega-lite as they are after it (dist/chunks/*.cjs.cache), so it holds the functions
 * drawing runs. Run in a fresh Node process, after the bundles are built.
 */
export const WRITE_VEGA_CODE_CACHE = `
import { writeFileSync } from 'node:fs';
const root = process.argv[1];
const library = await import(\`\${root}dist/lib/index.js\`);
const scenarios = await library.loadScenarios(['scenarios/self-hosted.json', 'scenarios/managed-provider.json'].map((file) => root + file));
const comparison = library.compare(scenarios, { months: 36 });
for (const type of library.CHART_TYPES) await library.renderSvg(library.chartSpec(type, comparison, { revisit: '2010-05' }));
const uncertain = await library.loadScenarios(['scenarios/uncertain/self-hosted.json', 'scenarios/uncertain/managed-provider.json'].map((file) => root + file));
const simulation = library.simulate(uncertain, { trials: 200 });
for (const type of library.SIMULATION_CHART_TYPES) await library.renderSvg(library.simulationChartSpec(type, simulation));
const { vendorCodeCaches } = await import(\`\${root}dist/chunks/codeCachedScript.cjs\`);
const caches = vendorCodeCaches();
if (caches.length !== 2) throw new Error(\`drawing every chart loaded \${caches.length} of vega and vega-lite through the build's loader: update test/tools/buildPlugins.ts\`);
for (const [file, cache] of caches) writeFileSync(\`\${root}dist/chunks/\${file}\`, cache);
`;

/**
 * `@resvg/resvg-js` checks which C library Linux has with `process.report.getReport()` as it
 * loads (5–8 ms); lib/io/resvgBinding.ts loads the same binding after a 2 KB read of the Node
 * executable, and falls back to the package's loader where it cannot tell. The bundles import it instead.
 */
export const resvgBinding: Plugin = {
  name: 'resvg-binding',
  setup(build) {
    const loader = fileURLToPath(new URL('../../lib/io/resvgBinding.ts', import.meta.url));
    // The loader itself requires the package at run time (createRequire), which esbuild leaves alone.
    build.onResolve({ filter: /^@resvg\/resvg-js$/ }, () => ({ path: loader }));
  },
};

/**
 * yargs lays out its help with string-width, whose module builds an `Intl.Segmenter` (loading
 * ICU's break rules) and a `\p{RGI_Emoji}` regular expression when it loads: some 20 ms on
 * every run, for help text costmodel rarely prints. Each is built on first use instead.
 */
export const lazyTextWidth: Plugin = {
  name: 'lazy-text-width',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/](.+[\\/])?string-width[\\/]index\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const lazy = source
        .replace(/^const (\w+) = new Intl\.Segmenter\(\);$/m, (_line, name: string) => `let ${name}Built;\nconst ${name} = { segment: (text) => (${name}Built ??= new Intl.Segmenter()).segment(text) };`)
        .replace(/^const (\w+) = \/\^\\p\{RGI_Emoji\}\$\/v;$/m, (_line, name: string) => `let ${name}Built;\nconst ${name} = { test: (text) => (${name}Built ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(text) };`);
      if (!lazy.includes('Built ??= new Intl.Segmenter()')) throw new Error(`${path} no longer builds its Intl.Segmenter as costmodel expects: update test/tools/buildPlugins.ts`);
      const uses = [...lazy.matchAll(/\b(\w+)Built\b/g)].map(([, name]) => name as string);
      for (const name of new Set(uses)) {
        const used = [...lazy.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))].map(([, method]) => method);
        if (used.some((method) => method !== 'segment' && method !== 'test')) throw new Error(`${path} uses ${name} other than by .segment or .test: update test/tools/buildPlugins.ts`);
      }
      return { contents: lazy, loader: 'js' };
    });
  },
};
