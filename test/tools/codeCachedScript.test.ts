import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../support/fixtures.js';

const loader = join(projectRoot, 'test/tools/codeCachedScript.cjs');

/** Runs `script` (a file's text) as the binary's script, in a process of its own: with a code cache written by a first run, then from it. */
function runTwice(script: string | Buffer): { first: string; second: string; rejected: string } {
  const dir = mkdtempSync(join(tmpdir(), 'costmodel-cache-'));
  try {
    const file = join(dir, 'script.cjs');
    writeFileSync(file, script);
    const url = JSON.stringify(pathToFileURL(file).href);
    const run = (how: string) =>
      execFileSync(process.execPath, ['-e', `const l = require(${JSON.stringify(loader)}); process.stdout.write(JSON.stringify(l.${how}(new URL(${url}))));`], { encoding: 'utf8' });
    const first = run('runWritingCodeCache');
    const second = run('runCodeCachedScript');
    const rejected = run('codeCacheRejected');
    return { first, second, rejected };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('codeCachedScript.cjs', () => {
  it('reads an ASCII script and one with other characters alike, as UTF-8 text, and takes the cache the first run wrote', () => {
    const ascii = runTwice("module.exports = 'plain text, \\u00e9 escaped';\n");
    assert.deepEqual(ascii, { first: '"plain text, é escaped"', second: '"plain text, é escaped"', rejected: 'false' });
    const utf8 = runTwice("module.exports = 'Café ☃ — 𝔸';\n");
    assert.deepEqual(utf8, { first: '"Café ☃ — 𝔸"', second: '"Café ☃ — 𝔸"', rejected: 'false' });
  });

  it('stamps a cache with the CRC-32 of the file it was made from: the same bytes, the same stamp', () => {
    const dir = mkdtempSync(join(tmpdir(), 'costmodel-cache-'));
    try {
      const file = join(dir, 'script.cjs');
      const text = "module.exports = 'stamped';\n";
      writeFileSync(file, text);
      execFileSync(process.execPath, ['-e', `require(${JSON.stringify(loader)}).runWritingCodeCache(new URL(${JSON.stringify(pathToFileURL(file).href)}))`]);
      const stamp = readFileSync(`${file}.cache`).readUInt32BE(0);
      // CRC-32 of "module.exports = 'stamped';\n", worked out apart from zlib: the reflected polynomial 0xEDB88320, bit by bit.
      let crc = 0xffffffff;
      for (const byte of Buffer.from(text)) {
        crc ^= byte;
        for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
      }
      assert.equal(stamp, (crc ^ 0xffffffff) >>> 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs a file changed in place, to a text as long, from its text, not from the cache made before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'costmodel-cache-'));
    try {
      const file = join(dir, 'script.cjs');
      const url = JSON.stringify(pathToFileURL(file).href);
      const run = (how: string) => execFileSync(process.execPath, ['-e', `const l = require(${JSON.stringify(loader)}); process.stdout.write(JSON.stringify(l.${how}(new URL(${url}))));`], { encoding: 'utf8' });
      writeFileSync(file, "module.exports = 'before';\n");
      assert.equal(run('runWritingCodeCache'), '"before"');
      // One letter changed: the same length, another text; V8 alone would take the old cache.
      writeFileSync(file, "module.exports = 'bEfore';\n");
      assert.deepEqual([run('codeCacheRejected'), run('runCodeCachedScript')], ['true', '"bEfore"']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

