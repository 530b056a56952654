/**
 * The explore page's script: bin/browser/explore/main.ts and the parts of costmodel's pure core
 * it uses, compiled by esbuild into one minified IIFE for the browser.
 *
 *   main.ts ─▶ lib/ (parse, validate, what-if report, renderers, renderSvg)
 *     node:module  ─▶ bin/browser/shims/nodeModule.mjs: the modules lib/ loads with createRequire
 *                     (the scenario validator, csv-stringify, fastest-levenshtein), bundled instead
 *     vega, vega-lite ─▶ bin/browser/shims/*.cjs: the globals their single-file builds define in the page
 *
 * platform 'browser' makes any other Node built-in a build error: the page cannot depend on one.
 * `npm run build` (test/tools/build.ts) writes it beside the bundles; run from the sources,
 * readExploreAssets compiles it on first use. esbuild is a development dependency: it is
 * imported only here, only then.
 */
import { fileURLToPath } from 'node:url';

/** The project's root, where bin/browser/ is: two folders up from lib/io/. */
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Modules the page takes from elsewhere than node_modules. */
const SHIMS: Readonly<Record<string, string>> = {
  'node:module': `${root}bin/browser/shims/nodeModule.mjs`,
  vega: `${root}bin/browser/shims/vegaGlobal.cjs`,
  'vega-lite': `${root}bin/browser/shims/vegaLiteGlobal.cjs`,
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
    entryPoints: ['bin/browser/explore/main.ts'],
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
