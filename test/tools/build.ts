/**
 * `npm run build`: the JavaScript that ships.
 *
 *   tsc (tsconfig.build.json) ─▶ dist/**\/*.d.ts       types for TypeScript users
 *   esbuild ─▶ dist/bin/costmodel.js + dist/chunks/*.js, dist/lib/index.js (one file)
 *
 * esbuild bundles the binary with code splitting: loading ~120 small modules cost
 * `costmodel compare` more than running it, while every dynamic `import()` stays a separate
 * chunk loaded only when needed (each output format, the charts). The library is one file. vega, vega-lite, the PNG renderer and the font package stay external: they
 * load only when a chart is drawn, from node_modules.
 *
 * The scenario validator ajv generates (lib/scenario/generated/*.cjs) is not bundled: the
 * code that loads it on first use requires it beside itself, so it is copied beside every
 * output file that does.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
rmSync(`${root}dist`, { recursive: true, force: true });
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`, '--emitDeclarationOnly'], { stdio: 'inherit' });
const common: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['vega', 'vega-lite', '@resvg/resvg-js', 'source-sans'],
  // Bundled CommonJS dependencies (yargs' helpers) call require(): give ES modules one.
  banner: { js: "import { createRequire as __costmodelCreateRequire } from 'node:module'; const require = __costmodelCreateRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
};
// The binary: split, so that each command loads only what it needs.
await build({ ...common, entryPoints: ['bin/costmodel.ts'], outdir: 'dist', outbase: '.', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
// The library: one file. Loading a few dozen shared chunks cost `import 'costmodel'` more
// than the code in them; its heavy parts (vega, the PNG renderer, csv packages, the scenario
// validator) load on first use from node_modules or beside it anyway.
await build({ ...common, entryPoints: ['lib/index.ts'], outfile: 'dist/lib/index.js' });

const VALIDATOR = 'generated/validateScenarioSchema.cjs';
const outputs = readdirSync(`${root}dist`, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
const loaders = outputs.filter((file) => readFileSync(join(root, 'dist', file), 'utf8').includes(`./${VALIDATOR}`));
if (loaders.length === 0) throw new Error(`no output file loads ./${VALIDATOR}: update test/tools/build.ts`);
for (const directory of new Set(loaders.map((file) => dirname(join(root, 'dist', file))))) {
  mkdirSync(join(directory, 'generated'), { recursive: true });
  copyFileSync(join(root, 'lib/scenario', VALIDATOR), join(directory, VALIDATOR));
}
