/**
 * The binary and the library as scripts that start from a V8 code cache (test/tools/build.ts):
 *
 *   bin/costmodel.ts ─▶ esbuild, CommonJS, one file ─▶ dist/bin/costmodel.script.cjs
 *   lib/index.ts     ─▶ esbuild, CommonJS, one file ─▶ dist/lib/index.script.cjs
 *        each run by a small launcher in its place (dist/bin/costmodel.js, CommonJS by the
 *        package.json beside it, so that the binary starts Node's ES module loader only in
 *        simulate's worker threads; dist/lib/index.js, an ES module that exports the
 *        library's names) through dist/chunks/codeCachedScript.cjs, which compiles it with
 *        the code cache the build wrote after a warm-up run (`<script>.cache`)
 *
 * Node 20 compiles an ES module anew on every run, and has no cache for modules: compiling
 * the binary's bundle and its chunks took longer than `costmodel compare` took to compare. A
 * script (vm.Script) can be compiled from a code cache instead, so the functions a run
 * needs are neither parsed nor compiled again; the functions a warm-up did not run are
 * compiled when first called, as in a module. A Node whose V8 rejects the cache compiles the
 * script as usual.
 *
 * A script has no `import.meta` and no `import()` of its own (V8 loses the host options
 * `import()` needs when a script comes from a code cache): the script gets the URL of its
 * file in place of `import.meta.url`, and a function that imports relative to it in place of
 * each `import()` of a file or package left outside the bundle.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, buildSync, type BuildOptions } from 'esbuild';

/** Where the loader goes: dist/chunks, one folder below dist/ like every launcher. */
const LOADER = 'chunks/codeCachedScript.cjs';

type ScriptBuild = {
  /** The entry point, e.g. `bin/costmodel.ts`. */
  readonly entry: string;
  /** The launcher, relative to dist/, e.g. `bin/costmodel.js`: it takes the place of the file the entry would be built to. */
  readonly launcher: string;
  /**
   * The launcher's kind of module. A CommonJS launcher keeps Node's ES module loader from ever
   * starting (the binary's: `npx costmodel` links to its path, so the path stays as it was);
   * the build makes its folder CommonJS with a package.json, so every other JavaScript file
   * there must be named .mjs. An ES module launcher can export names (the library's).
   */
  readonly format: 'commonjs' | 'module';
  /** The names the launcher exports from the script (the library's public API); none for the binary. */
  readonly exports: readonly string[];
};

/** The script beside a launcher: `bin/costmodel.js` ─▶ `bin/costmodel.script.cjs`. */
export function scriptOf(launcher: string): string {
  return launcher.replace(/\.js$/, '.script.cjs');
}

/**
 * Builds an entry point into one CommonJS script beside its launcher, and writes the launcher
 * and the loader. `options` are those of the ES module bundles; their banner (an ES module
 * `import`) is left out, since the script is given a `require`.
 */
export async function buildCodeCachedScript(dist: string, options: BuildOptions, { entry, launcher, format, exports }: ScriptBuild): Promise<void> {
  const { banner: _esmOnly, ...scriptOptions } = options;
  const outfile = join(dist, scriptOf(launcher));
  const result = await build({
    ...scriptOptions,
    format: 'cjs',
    entryPoints: [entry],
    outfile,
    metafile: true,
    define: { ...scriptOptions.define, 'import.meta.url': '__costmodelModuleUrl' },
  });
  const output = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith(scriptOf(launcher)))?.[1];
  if (output === undefined) throw new Error(`esbuild wrote no ${scriptOf(launcher)}: update test/tools/codeCachedScripts.ts`);
  let code = readFileSync(outfile, 'utf8').replace(/^#!.*\n/, '');
  for (const path of new Set(output.imports.filter((imported) => imported.kind === 'dynamic-import' && imported.external).map((imported) => imported.path))) {
    const call = `import(${JSON.stringify(path)})`;
    if (!code.includes(call)) throw new Error(`${scriptOf(launcher)} does not import ${path} as ${call}: update test/tools/codeCachedScripts.ts`);
    code = code.replaceAll(call, `__costmodelImport(${JSON.stringify(path)})`);
  }
  writeFileSync(outfile, asciiOnly(code));
  copyFileSync(fileURLToPath(new URL('./codeCachedScript.cjs', import.meta.url)), join(dist, LOADER));
  if (format === 'commonjs') writeFileSync(join(dist, dirname(launcher), 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
  // The binary's launcher is what `npx costmodel` and package managers' bin links run: executable, like esbuild's own output.
  writeFileSync(join(dist, launcher), launcherSource({ launcher, format, exports }, 'runCodeCachedScript'), { mode: launcher.startsWith('bin/') ? 0o755 : 0o644 });
}

/**
 * JavaScript text with every character outside ASCII written as a `\\u` escape. esbuild
 * escapes them in strings, but not in comments or regular expressions; one of them left
 * makes Node read the whole file into a string of two bytes a character, which took
 * longer than reading the file. An escape means the same in a comment, a string, a regular
 * expression and a name.
 */
export function asciiOnly(code: string): string {
  return code.replace(/[^\0-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A generated validator as it ships: bundled with the one function of ajv's runtime it
 * requires (ucs2length), so that loading it does not start Node's CommonJS resolution through
 * node_modules for twenty lines, and in ASCII.
 */
export function bundledValidator(file: string): string {
  const result = buildSync({ entryPoints: [file], bundle: true, format: 'cjs', platform: 'node', target: 'node20', write: false, legalComments: 'inline', logLevel: 'warning' });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`esbuild wrote nothing for ${file}`);
  // A call of require(), not the text of one in a string (ajv keeps 'require("ajv/dist/runtime/ucs2length")' as the function's code).
  if (/(^|[^.\w'"$])require\(/m.test(output.text)) throw new Error(`${file} still requires a module once bundled: update test/tools/codeCachedScripts.ts`);
  return asciiOnly(output.text);
}

function launcherSource({ launcher, format, exports }: Omit<ScriptBuild, 'entry'>, run: 'runCodeCachedScript' | 'runWritingCodeCache'): string {
  const script = scriptOf(launcher).split('/').at(-1) as string;
  if (format === 'commonjs') {
    if (exports.length > 0) throw new Error(`${launcher}: a CommonJS launcher exports nothing; give the library an ES module launcher`);
    return `${launcher.startsWith('bin/') ? '#!/usr/bin/env node\n' : ''}'use strict';\nrequire('../${LOADER}').${run}(require('node:url').pathToFileURL(\`\${__dirname}/${script}\`));\n`;
  }
  // required, not imported: importing a CommonJS file makes Node parse it for its names first.
  const lines = [
    "import { createRequire } from 'node:module';",
    `const { ${run} } = createRequire(import.meta.url)('../${LOADER}');`,
    exports.length === 0 ? `${run}(new URL('./${script}', import.meta.url));` : `const library = ${run}(new URL('./${script}', import.meta.url));`,
  ];
  if (exports.length > 0) lines.push(`export const { ${exports.join(', ')} } = library;`);
  return `${launcher.startsWith('bin/') ? '#!/usr/bin/env node\n' : ''}${lines.join('\n')}\n`;
}

/**
 * Writes the code caches of a script, and of the validators it requires, after a warm-up run
 * in a fresh Node in the project root: for the binary, the arguments it runs with
 * (`warmUp.args`); for the library, a program (an ES module's text, `warmUp.program`) that
 * imports its names from `./launcher.js`.
 */
export function writeCodeCache(root: string, scriptBuild: Omit<ScriptBuild, 'entry'>, warmUp: { readonly args?: readonly string[]; readonly program?: string }): void {
  const dist = join(root, 'dist');
  const { launcher } = scriptBuild;
  const warmLauncher = join(dist, launcher.replace(/\.js$/, '.warm-up.js'));
  writeFileSync(warmLauncher, launcherSource(scriptBuild, 'runWritingCodeCache'));
  try {
    if (warmUp.program === undefined) {
      execFileSync(process.execPath, [warmLauncher, ...(warmUp.args ?? [])], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    } else {
      const program = join(dist, launcher.replace(/\.js$/, '.warm-up-program.mjs'));
      writeFileSync(program, warmUp.program.replaceAll('./launcher.js', `./${warmLauncher.split('/').at(-1)}`));
      try {
        execFileSync(process.execPath, [program], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
      } finally {
        rmSync(program, { force: true });
      }
    }
  } finally {
    rmSync(warmLauncher, { force: true });
  }
}
