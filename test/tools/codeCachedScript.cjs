// dist/chunks/codeCachedScript.cjs, as it ships (test/tools/codeCachedScripts.ts): runs the
// binary's and the library's script, and the single-file builds of vega and vega-lite beside
// it, compiled with the V8 code cache the build wrote. CommonJS, like the binary's launcher, so
// that the binary starts Node's ES module loader only in simulate's worker threads (it took
// a chart some 15 ms).
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const nodeModule = require('node:module');
const { fileURLToPath, pathToFileURL } = require('node:url');
const { Script } = require('node:vm');
const { crc32 } = require('node:zlib');
const { isAscii } = require('node:buffer');

// The wrappers must stay the same between the build's warm-up and every later run, or V8 rejects the cache.
const WRAPPERS = {
  // the binary's and the library's script
  script: '(function (exports, require, module, __costmodelModuleUrl, __costmodelImport) {',
  // a CommonJS file of costmodel's own that a script requires (the generated validators)
  commonjs: '(function (exports, require, module, __filename, __dirname) {',
  // a published single-file build (vega, vega-lite), loaded by vendorLibrary
  vendor: '(function (exports, require, module) {',
};

/**
 * A code cache file as the build writes it: the CRC-32 of the file the cache was made from
 * (its bytes, without the wrapper, which is the same in every run), then V8's data. V8 checks
 * only that a text is as long as the one its cache was made from, so a file changed in place
 * (patched by hand, half rebuilt) would run the old code of every function the cache holds:
 * the stamp tells.
 */
function stampedCodeCache(bytes, data) {
  const stamp = Buffer.alloc(4);
  stamp.writeUInt32BE(crc32(bytes));
  return Buffer.concat([stamp, data]);
}

/** V8's data of a code cache file for this very file, or undefined: none, or made from another file. */
function codeCacheFor(bytes, file) {
  if (file === undefined || file.length < 4 || file.readUInt32BE(0) !== crc32(bytes)) return undefined;
  return file.subarray(4);
}

/**
 * A file's text from its bytes: the binary's and the library's scripts are ASCII (esbuild
 * escapes the rest), which reads as Latin-1 without the work of decoding UTF-8; anything else
 * (vega's single-file builds) is decoded as UTF-8.
 */
function textOf(bytes) {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

function compile(url, head, file) {
  const bytes = readFileSync(url);
  const source = `${head}${textOf(bytes)}\n})`;
  const cachedData = codeCacheFor(bytes, file);
  return { bytes, script: new Script(source, { filename: fileURLToPath(url), ...(cachedData === undefined ? {} : { cachedData }) }), stale: file !== undefined && cachedData === undefined };
}

function cacheOf(url) {
  try {
    return readFileSync(new URL(`${url.href}.cache`));
  } catch {
    return undefined;
  }
}

/** Compiles a file with its code cache, or, for the build (write), without one, writing the cache of what ran when the process ends. */
function compileCached(url, head, write) {
  if (!write) return compile(url, head, cacheOf(url)).script;
  const { bytes, script } = compile(url, head, undefined);
  process.on('exit', () => writeFileSync(new URL(`${url.href}.cache`), stampedCodeCache(bytes, script.createCachedData())));
  return script;
}

/**
 * node:module as a script sees it: the CommonJS files of costmodel's own that it requires on
 * first use with createRequire (the generated validators, beside it) are compiled from their
 * code cache too; anything else is required as usual.
 */
function moduleWithCachedRequire(write) {
  const loaded = new Map();
  const createRequire = (from) => {
    const require = nodeModule.createRequire(from);
    const requireOwnOrAny = (id) => {
      if (!(id.startsWith('./') && id.endsWith('.cjs'))) return require(id);
      const url = new URL(id, from);
      if (!loaded.has(url.href)) {
        const module = { exports: {} };
        compileCached(url, WRAPPERS.commonjs, write).runInThisContext()(module.exports, nodeModule.createRequire(url), module, fileURLToPath(url), fileURLToPath(new URL('.', url)));
        loaded.set(url.href, module.exports);
      }
      return loaded.get(url.href);
    };
    return Object.assign(requireOwnOrAny, { resolve: require.resolve, cache: require.cache });
  };
  return { ...nodeModule, createRequire };
}

function run(url, write) {
  const script = compileCached(url, WRAPPERS.script, write);
  const module = { exports: {} };
  const require = nodeModule.createRequire(url);
  const nodeModuleOfScript = moduleWithCachedRequire(write);
  const requireOfScript = (id) => (id === 'node:module' || id === 'module' ? nodeModuleOfScript : require(id));
  // The script's import(): vega and vega-lite from their single-file builds (vendorLibrary); any
  // other relative path from its folder, a package as this module (in a sibling folder) finds it.
  const importOfScript = (specifier) => {
    const vendor = VENDOR_IMPORT.exec(specifier)?.[1];
    if (vendor !== undefined) return Promise.resolve().then(() => vendorLibrary(vendor));
    return import(specifier.startsWith('.') ? new URL(specifier, url).href : specifier);
  };
  script.runInThisContext()(module.exports, requireOfScript, module, url.href, importOfScript);
  return module.exports;
}

/**
 * How a script imports a single-file build (test/tools/buildPlugins.ts): `import('vega')` is
 * built to `import("../chunks/vega.cjs")`, every script being one folder below dist/.
 */
const VENDOR_IMPORT = /^\.\.\/chunks\/(vega|vega-lite)\.cjs$/;
/** What each single-file build requires: vega-lite's `require("vega")` gets the very vega loaded here. */
const VENDOR_REQUIRES = { vega: [], 'vega-lite': ['vega'] };
const vendorScripts = new Map();

/** A single-file build beside this file by name ('vega', 'vega-lite'), loaded once with its code cache, if any. */
function vendorLibrary(name) {
  const loaded = vendorScripts.get(name);
  if (loaded !== undefined) return loaded.exports;
  const modules = Object.fromEntries(VENDOR_REQUIRES[name].map((dependency) => [dependency, vendorLibrary(dependency)]));
  const url = pathToFileURL(`${__dirname}/${name}.cjs`);
  const { script, bytes } = compile(url, WRAPPERS.vendor, cacheOf(url));
  const module = { exports: {} };
  const require = (dependency) => {
    if (!Object.hasOwn(modules, dependency)) throw new Error(`${name}.cjs requires ${dependency}, which costmodel does not give it`);
    return modules[dependency];
  };
  script.runInThisContext()(module.exports, require, module);
  vendorScripts.set(name, { script, bytes, exports: module.exports });
  return module.exports;
}

/** The code caches of the single-file builds loaded so far, stamped with their files' bytes, by the name of the cache file: what the build writes. */
function vendorCodeCaches() {
  return [...vendorScripts].map(([name, { script, bytes }]) => [`${name}.cjs.cache`, stampedCodeCache(bytes, script.createCachedData())]);
}

/** Runs the script at url (a CommonJS bundle of the build), compiled with its code cache if V8 accepts it; returns its exports. */
function runCodeCachedScript(url) {
  return run(url, false);
}

/** For the build: runs the script without a cache, and writes the caches of what the run compiled when the process ends. */
function runWritingCodeCache(url) {
  return run(url, true);
}

/**
 * Whether the code cache beside a script at url, beside a CommonJS file a script requires
 * ('commonjs') or beside a single-file build ('vendor'), goes unused: made from another text,
 * or rejected by V8; undefined: there is none.
 */
function codeCacheRejected(url, kind = 'script') {
  const file = cacheOf(url);
  if (file === undefined) return undefined;
  const { script, stale } = compile(url, WRAPPERS[kind], file);
  return stale || script.cachedDataRejected;
}

module.exports = { runCodeCachedScript, runWritingCodeCache, codeCacheRejected, vendorCodeCaches };
