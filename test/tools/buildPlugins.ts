/**
 * The esbuild plugins and vendored files of `npm run build` (test/tools/build.ts) that keep
 * start-up short:
 *
 *   vegaSingleFile   import('vega'), import('vega-lite') ─▶ dist/chunks/vega.js, vega-lite.js
 *                    ─▶ the packages' published single-file builds, compiled with a V8 code
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
 * draw the same bytes. Every output file is one folder below dist/ (dist/bin, dist/chunks,
 * dist/lib), so one relative path serves them all.
 */
export const vegaSingleFile: Plugin = {
  name: 'vega-single-file',
  setup(build) {
    build.onResolve({ filter: /^vega(-lite)?$/ }, ({ path }) => ({ path: `../chunks/${path}.js`, external: true }));
  },
};

/**
 * Writes dist/chunks/vega.cjs and vega-lite.cjs, the packages' published single-file (UMD)
 * builds, and beside each an ES module (vega.js, vega-lite.js) that loads it and exports every
 * name it has, so the bundles' `import('vega')` gets the namespace the package gives. Both
 * load through vendorScript.js, which compiles a file with the V8 code cache written beside it
 * ({@link writeVegaCodeCache}); vega-lite's `require("vega")` gets that very vega.
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
  writeFileSync(join(chunks, 'vendorScript.js'), VENDOR_SCRIPT);
  const loaded: Record<string, unknown> = {};
  for (const name of ['vega', 'vega-lite']) {
    // The files carry no licence of their own: their package's goes beside them, as esbuild's legal comments do.
    copyFileSync(join(dirname(require.resolve(name)), '..', 'LICENSE'), join(chunks, `${name}.cjs.LEGAL.txt`));
    const library = new Function('exports', 'require', 'module', readFileSync(join(chunks, `${name}.cjs`), 'utf8')) as (e: object, r: (name: string) => unknown, m: object) => void;
    const module = { exports: {} as Record<string, unknown> };
    library(module.exports, (dependency) => loaded[dependency], module);
    loaded[name] = module.exports;
    const names = Object.keys(module.exports).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
    const dependency = name === 'vega-lite' ? "import vega from './vega.js';\n" : '';
    writeFileSync(
      join(chunks, `${name}.js`),
      `import { loadScript } from './vendorScript.js';\n${dependency}const library = loadScript('${name}.cjs'${dependency === '' ? '' : ', { vega }'});\nexport default library;\nexport const { ${names.join(', ')} } = library;\n`,
    );
  }
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
 * The loader of the single-file builds, as it ships. Compiling their 770 KB took longer than
 * drawing a chart, so each is compiled with the V8 code cache the build wrote beside it
 * (`vega.cjs.cache`): the functions a chart runs are then neither parsed nor compiled again.
 * A cache another Node version wrote is rejected by V8, one made from another text (V8 checks
 * only the length) by its stamp (codeCachedScript.js), and the file is compiled as usual.
 */
const VENDOR_SCRIPT = `import { compileWithCodeCache, stampedCodeCache } from './codeCachedScript.js';

const scripts = new Map();

/** Runs a CommonJS file of this folder with its code cache, if any (and made from this very text); require() gives only the modules named. */
export function loadScript(file, modules = {}) {
  const { script, source } = compileWithCodeCache(new URL(file, import.meta.url), 'vendor');
  scripts.set(file, { script, source });
  const module = { exports: {} };
  const require = (name) => {
    if (!Object.hasOwn(modules, name)) throw new Error(\`\${file} requires \${name}, which costmodel does not give it\`);
    return modules[name];
  };
  script.runInThisContext()(module.exports, require, module);
  return module.exports;
}

/** The code caches of the files loaded so far, stamped with their text, by the name of the cache file: what the build writes. */
export function codeCaches() {
  return [...scripts].map(([file, { script, source }]) => [\`\${file}.cache\`, stampedCodeCache(source, script.createCachedData())]);
}
`;

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
const { codeCaches } = await import(\`\${root}dist/chunks/vendorScript.js\`);
for (const [file, cache] of codeCaches()) writeFileSync(\`\${root}dist/chunks/\${file}\`, cache);
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
