/**
 * The esbuild plugins and vendored files of `npm run build` (test/tools/build.ts) that keep
 * start-up short:
 *
 *   vegaSingleFile   import('vega'), import('vega-lite') ─▶ dist/chunks/vega.js, vega-lite.js
 *                    ─▶ require the packages' published single-file builds (vendorVega)
 *   lazyTextWidth    string-width (yargs' help layout) builds its Intl.Segmenter and its
 *                    emoji regular expression on first use instead of at load
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
 * builds — vega-lite's made to require that very vega — and beside each an ES module
 * (vega.js, vega-lite.js) that requires it and exports every name it has, so the bundles'
 * `import('vega')` gets the namespace the package gives.
 */
export function vendorVega(dist: string): void {
  const require = createRequire(import.meta.url);
  const chunks = join(dist, 'chunks');
  mkdirSync(chunks, { recursive: true });
  const singleFile = (name: string, file: string) => readFileSync(join(dirname(require.resolve(name)), file), 'utf8');
  const vegaLite = singleFile('vega-lite', 'vega-lite.min.js');
  const requiresVega = 'require("vega")';
  if (vegaLite.split(requiresVega).length !== 2) throw new Error(`vega-lite.min.js no longer has one ${requiresVega}: update test/tools/buildPlugins.ts`);
  writeFileSync(join(chunks, 'vega.cjs'), singleFile('vega', 'vega.min.js'));
  writeFileSync(join(chunks, 'vega-lite.cjs'), vegaLite.replace(requiresVega, 'require("./vega.cjs")'));
  for (const name of ['vega', 'vega-lite']) {
    // The files carry no licence of their own: their package's goes beside them, as esbuild's legal comments do.
    copyFileSync(join(dirname(require.resolve(name)), '..', 'LICENSE'), join(chunks, `${name}.cjs.LEGAL.txt`));
    const names = Object.keys(require(join(chunks, `${name}.cjs`)) as object).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
    writeFileSync(
      join(chunks, `${name}.js`),
      `import { createRequire } from 'node:module';\nconst library = createRequire(import.meta.url)('./${name}.cjs');\nexport default library;\nexport const { ${names.join(', ')} } = library;\n`,
    );
  }
}

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
