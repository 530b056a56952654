/**
 * The explore page's script: browser/explore/main.ts and the parts of costmodel's pure core
 * it uses, compiled by esbuild into one minified IIFE for the browser.
 *
 *   main.ts ─▶ lib/ (parse, validate, what-if report, renderers, renderSvg)
 *     node:module  ─▶ browser/shims/nodeModule.mjs: the modules lib/ loads with createRequire
 *                     (the scenario validator, csv-stringify, fastest-levenshtein), bundled instead
 *     vega, vega-lite ─▶ browser/shims/*.cjs: the globals their single-file builds define in the page
 *
 * platform 'browser' makes any other Node built-in a build error: the page cannot depend on one.
 * `npm run build` (test/tools/build.ts) writes it beside the bundles; run from the sources,
 * readExploreAssets compiles it on first use. esbuild is a development dependency: it is
 * imported only here, only then.
 */
import { fileURLToPath } from 'node:url';

/** The project's root, where browser/ is: two folders up from lib/io/. */
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Modules the page takes from elsewhere than node_modules. */
const SHIMS: Readonly<Record<string, string>> = {
  'node:module': `${root}browser/shims/nodeModule.mjs`,
  vega: `${root}browser/shims/vegaGlobal.cjs`,
  'vega-lite': `${root}browser/shims/vegaLiteGlobal.cjs`,
};

/**
 * The compiled script, as text.
 *
 * @example
 * (await compileExploreScript()).startsWith('"use strict";(()=>{'); // true
 */
export async function compileExploreScript(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['browser/explore/main.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'inline',
    // lib/ passes import.meta.url to createRequire, which the shim does not need.
    define: { 'import.meta.url': '"costmodel:explore"' },
    plugins: [
      {
        name: 'costmodel-explore-shims',
        setup(bundler) {
          bundler.onResolve({ filter: /^(node:module|vega|vega-lite)$/ }, (args) => ({ path: SHIMS[args.path] as string }));
        },
      },
    ],
    logLevel: 'warning',
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild wrote no explore script');
  return output.text;
}
