/**
 * `npm run build`: the JavaScript that ships.
 *
 *   tsc (tsconfig.build.json) ─▶ dist/lib/**\/*.d.ts   the library's types, for TypeScript users
 *   esbuild ─▶ dist/bin/costmodel.script.cjs, dist/lib/index.script.cjs   one script each,
 *              run by dist/bin/costmodel.js, dist/lib/index.js from a V8 code cache
 *              (test/tools/codeCachedScripts.ts)
 *           ─▶ dist/bin/simulationWorker.mjs                                simulate's threads
 *
 * Node 20 compiles ES modules anew on every run: compiling the binary's modules cost
 * `costmodel compare` more than running it, so the binary and the library are each one
 * script compiled from a code cache the build writes after a warm-up run; the code behind
 * every dynamic `import()` still runs only when needed (each output format, the charts), and
 * V8 compiles a function only when it is first called. vega, vega-lite, the PNG renderer and
 * the font package stay external: they load only when a chart is drawn (vega and vega-lite
 * from dist/chunks, the others from node_modules).
 *
 * The validators ajv generates (lib/scenario/generated/*.cjs, lib/record/generated/*.cjs) are
 * not bundled: the code that loads one on first use requires it beside itself, so it is
 * copied beside every output file that does. vega and vega-lite load from their published
 * single-file builds, copied beside the chunks; yargs' text width is measured without building
 * anything at load (test/tools/buildPlugins.ts).
 *
 * The explore page's script (bin/browser/explore/, compiled for the browser by
 * lib/io/compileExploreScript.ts) is written beside every output file that reads it,
 * as costmodel-explore.js. esbuild itself stays external: only that compiler, run from the
 * sources, imports it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { compileExploreScript } from '../../lib/io/compileExploreScript.js';
import { lazyTextWidth, resvgBinding, vegaSingleFile, vendorVega, WRITE_VEGA_CODE_CACHE } from './buildPlugins.js';
import { recordedPlatformFacts } from './buildRecords.js';
import { buildCodeCachedScript, bundledValidator, writeCodeCache } from './codeCachedScripts.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
rmSync(`${root}dist`, { recursive: true, force: true });
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`, '--emitDeclarationOnly'], { stdio: 'inherit' });
const common: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['vega', 'vega-lite', '@resvg/resvg-js', 'source-sans', 'esbuild'],
  // Bundled CommonJS dependencies (yargs' helpers) call require(): give ES modules one.
  banner: { js: "import { createRequire as __costmodelCreateRequire } from 'node:module'; const require = __costmodelCreateRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
  // What Intl.NumberFormat says of every currency (minor-unit digits, English symbol), used where the same ICU and CLDR run (test/tools/buildRecords.ts).
  define: recordedPlatformFacts(),
};
// For the Node bundles only: vega from the single files beside them, yargs' text width built on first use.
const forNode: BuildOptions['plugins'] = [vegaSingleFile, lazyTextWidth, resvgBinding]; // resvg: lib/io/resvgBinding.ts
vendorVega(`${root}dist`);
// The worker of `simulate --threads`: split, so that it loads only what it needs. Named .mjs: the
// binary's launcher makes dist/bin CommonJS (test/tools/codeCachedScripts.ts).
await build({ ...common, plugins: forNode, entryPoints: ['bin/simulationWorker.ts'], outdir: 'dist', outbase: '.', outExtension: { '.js': '.mjs' }, splitting: true, chunkNames: 'chunks/[name]-[hash]' });
// The binary and the library: each one script, compiled from a V8 code cache (test/tools/codeCachedScripts.ts).
// Loading a few dozen shared chunks cost `import 'costmodel'` more than the code in them;
// the parts of a script a run does not call are not compiled, and its heavy parts (vega,
// the PNG renderer, csv packages, the validators) load on first use from node_modules or beside it.
const SCRIPTS = {
  binary: { entry: 'bin/costmodel.ts', launcher: 'bin/costmodel.js', format: 'commonjs', exports: [] },
  library: { entry: 'lib/index.ts', launcher: 'lib/index.js', format: 'module', exports: Object.keys(await import('../../lib/index.js')) },
} as const;
for (const script of Object.values(SCRIPTS)) await buildCodeCachedScript(`${root}dist`, { ...common, plugins: forNode }, script);

/** The validators ajv generates (`npm run generate`), each by the folder of lib/ whose module requires it. */
const VALIDATORS = [
  { folder: 'lib/scenario', file: 'generated/validateScenarioSchema.cjs' },
  { folder: 'lib/record', file: 'generated/validateDecisionRecordSchema.cjs' },
];
const outputs = readdirSync(`${root}dist`, { recursive: true, encoding: 'utf8' }).filter((file) => /\.m?js$/.test(file) || file.endsWith('.script.cjs'));
for (const { folder, file } of VALIDATORS) {
  const loaders = outputs.filter((output) => readFileSync(join(root, 'dist', output), 'utf8').includes(`./${file}`));
  if (loaders.length === 0) throw new Error(`no output file loads ./${file}: update test/tools/build.ts`);
  for (const directory of new Set(loaders.map((output) => dirname(join(root, 'dist', output))))) {
    mkdirSync(join(directory, 'generated'), { recursive: true });
    writeFileSync(join(directory, file), bundledValidator(join(root, folder, file)));
  }
}

/** The explore page's script, beside every output file that reads it (lib/io/readExploreAssets.ts). */
const EXPLORE_SCRIPT = 'costmodel-explore.js';
const exploreScript = await compileExploreScript();
const exploreLoaders = outputs.filter((output) => readFileSync(join(root, 'dist', output), 'utf8').includes(`./${EXPLORE_SCRIPT}`));
if (exploreLoaders.length === 0) throw new Error(`no output file loads ./${EXPLORE_SCRIPT}: update test/tools/build.ts`);
for (const directory of new Set(exploreLoaders.map((output) => dirname(join(root, 'dist', output))))) writeFileSync(join(directory, EXPLORE_SCRIPT), exploreScript);

// Last, with the library built: vega's and vega-lite's code caches, after drawing every chart.
execFileSync(process.execPath, ['--input-type=module', '-e', WRITE_VEGA_CODE_CACHE, root], { cwd: root, stdio: 'inherit' });
// And the code caches of the binary and the library, after the runs they start fastest for.
// Both read the founding example and the scenario that holds every key (its base file too),
// so that the caches hold the reading, validation and ledger of every kind of cost, driver
// and commitment: a run that meets a kind the warm-up did not compiles those functions from
// their text (some 10 ms of `compare` of 1,000 files of every kind). The binary writes a
// Markdown report of them with its PNG chart, which runs the comparison of compare and what
// the charts and reports run besides; the library imports, loads and compares them.
const warmUpFiles = ['scenarios/self-hosted.json', 'scenarios/managed-provider.json', 'docs/examples/every-key.json'];
const warmUpOutput = mkdtempSync(join(tmpdir(), 'costmodel-warm-up-'));
try {
  writeCodeCache(root, SCRIPTS.binary, { args: ['report', ...warmUpFiles, '--date', '2009-05-04', '-o', join(warmUpOutput, 'report.md')] });
} finally {
  rmSync(warmUpOutput, { recursive: true, force: true });
}
writeCodeCache(root, SCRIPTS.library, { program: `import { compare, loadScenarios } from './launcher.js';\ncompare(await loadScenarios(${JSON.stringify(warmUpFiles)}), { months: 36 });\n` });
