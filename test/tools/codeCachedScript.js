// dist/chunks/codeCachedScript.js, as it ships (test/tools/codeCachedScripts.ts): runs the
// binary's and the library's script, compiled with the V8 code cache the build wrote.
import { readFileSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

// The wrappers must stay the same between the build's warm-up and every later run, or V8 rejects the cache.
const WRAPPERS = {
  // the binary's and the library's script
  script: '(function (exports, require, module, __costmodelModuleUrl, __costmodelImport) {',
  // a CommonJS file of costmodel's own that a script requires (the generated validators)
  commonjs: '(function (exports, require, module, __filename, __dirname) {',
  // a published single-file build (vega, vega-lite), loaded by vendorScript.js
  vendor: '(function (exports, require, module) {',
};

/**
 * A code cache file as the build writes it: the CRC-32 of the text the cache was made from,
 * then V8's data. V8 checks only that a text is as long as the one its cache was made from, so
 * a file changed in place (patched by hand, half rebuilt) would run the old code of every
 * function the cache holds: the stamp tells.
 */
export function stampedCodeCache(source, data) {
  const stamp = Buffer.alloc(4);
  stamp.writeUInt32BE(crc32(source));
  return Buffer.concat([stamp, data]);
}

/** V8's data of a code cache file for this very text, or undefined: none, or made from another text. */
export function codeCacheFor(source, file) {
  if (file === undefined || file.length < 4 || file.readUInt32BE(0) !== crc32(source)) return undefined;
  return file.subarray(4);
}

function compile(url, head, file) {
  const source = `${head}${readFileSync(url, 'utf8')}\n})`;
  const cachedData = codeCacheFor(source, file);
  return { source, script: new Script(source, { filename: fileURLToPath(url), ...(cachedData === undefined ? {} : { cachedData }) }), stale: file !== undefined && cachedData === undefined };
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
  const { source, script } = compile(url, head, undefined);
  process.on('exit', () => writeFileSync(new URL(`${url.href}.cache`), stampedCodeCache(source, script.createCachedData())));
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
  // The script's import(): a relative path from its folder, a package as this module (in a sibling folder) finds it.
  const importOfScript = (specifier) => import(specifier.startsWith('.') ? new URL(specifier, url).href : specifier);
  script.runInThisContext()(module.exports, requireOfScript, module, url.href, importOfScript);
  return module.exports;
}

/** Runs the script at url (a CommonJS bundle of the build), compiled with its code cache if V8 accepts it; returns its exports. */
export function runCodeCachedScript(url) {
  return run(url, false);
}

/** For the build: runs the script without a cache, and writes the caches of what the run compiled when the process ends. */
export function runWritingCodeCache(url) {
  return run(url, true);
}

/**
 * A file of `kind` compiled with the code cache beside it, if V8 accepts it and it was made from
 * this very text: `source` as compiled, and `stale` when the cache was made from another text.
 */
export function compileWithCodeCache(url, kind) {
  return compile(url, WRAPPERS[kind], cacheOf(url));
}

/**
 * Whether the code cache beside a script at url, beside a CommonJS file a script requires
 * ('commonjs') or beside a single-file build ('vendor'), goes unused: made from another text,
 * or rejected by V8; undefined: there is none.
 */
export function codeCacheRejected(url, kind = 'script') {
  const file = cacheOf(url);
  if (file === undefined) return undefined;
  const { script, stale } = compile(url, WRAPPERS[kind], file);
  return stale || script.cachedDataRejected;
}
