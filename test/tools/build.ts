/**
 * `npm run build`: the JavaScript that ships.
 *
 *   tsc (tsconfig.build.json) ─▶ dist/**\/*.d.ts       types for TypeScript users
 *   esbuild ─▶ dist/bin/costmodel.js, dist/lib/index.js, dist/chunks/*.js
 *
 * esbuild bundles the two entry points with code splitting: loading ~120 small modules
 * cost `costmodel compare` and `import 'costmodel'` more than running them, while every
 * dynamic `import()` stays a separate chunk loaded only when needed (each output format,
 * the charts). vega, vega-lite, the PNG renderer and the font package stay external: they
 * load only when a chart is drawn, from node_modules.
 */
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
rmSync(`${root}dist`, { recursive: true, force: true });
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`, '--emitDeclarationOnly'], { stdio: 'inherit' });
await build({
  absWorkingDir: root,
  entryPoints: ['bin/costmodel.ts', 'lib/index.ts'],
  outdir: 'dist',
  outbase: '.',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  external: ['vega', 'vega-lite', '@resvg/resvg-js', 'source-sans'],
  // Bundled CommonJS dependencies (yargs' helpers) call require(): give ES modules one.
  banner: { js: "import { createRequire as __costmodelCreateRequire } from 'node:module'; const require = __costmodelCreateRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
});
