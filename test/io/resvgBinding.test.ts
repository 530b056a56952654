import assert from 'node:assert/strict';
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { readChartFonts } from '../../lib/io/readChartFonts.js';
import { linuxLibcOfExecutable, Resvg } from '../../lib/io/resvgBinding.js';

/**
 * The first bytes of a 64-bit little-endian ELF executable: the file header, `count` program
 * headers at offset 64, and the interpreter path after them when one header is PT_INTERP (3).
 */
function elfHead(options: { interpreter?: string; types?: number[]; bigEndian?: boolean; truncate?: number } = {}): Uint8Array {
  const types = options.types ?? [6, 3, 1];
  const pathAt = 64 + 56 * types.length;
  const path = new TextEncoder().encode(`${options.interpreter ?? ''}\0`);
  const head = new Uint8Array(pathAt + path.length);
  const view = new DataView(head.buffer);
  head.set([0x7f, 0x45, 0x4c, 0x46, 2, options.bigEndian === true ? 2 : 1, 1]);
  view.setBigUint64(32, 64n, true); // e_phoff
  view.setUint16(54, 56, true); // e_phentsize
  view.setUint16(56, types.length, true); // e_phnum
  types.forEach((type, index) => {
    const at = 64 + 56 * index;
    view.setUint32(at, type, true);
    if (type === 3) {
      view.setBigUint64(at + 8, BigInt(pathAt), true); // p_offset
      view.setBigUint64(at + 32, BigInt(path.length), true); // p_filesz
    }
  });
  head.set(path, pathAt);
  return head.subarray(0, options.truncate ?? head.length);
}

describe('linuxLibcOfExecutable', () => {
  it("tells glibc by its loader's name, on x86-64 and on ARM", () => {
    assert.equal(linuxLibcOfExecutable(elfHead({ interpreter: '/lib64/ld-linux-x86-64.so.2' })), 'glibc');
    assert.equal(linuxLibcOfExecutable(elfHead({ interpreter: '/lib/ld-linux-aarch64.so.1' })), 'glibc');
  });

  it("tells musl by its loader's name", () => {
    assert.equal(linuxLibcOfExecutable(elfHead({ interpreter: '/lib/ld-musl-x86_64.so.1' })), 'musl');
    assert.equal(linuxLibcOfExecutable(elfHead({ interpreter: '/lib/ld-musl-aarch64.so.1' })), 'musl');
  });

  it('cannot tell from another loader, a static executable, a big-endian file, a cut-off header or a file that is no ELF', () => {
    assert.equal(linuxLibcOfExecutable(elfHead({ interpreter: '/usr/libexec/ld.so' })), undefined);
    assert.equal(linuxLibcOfExecutable(elfHead({ types: [6, 1, 1] })), undefined);
    assert.equal(linuxLibcOfExecutable(elfHead({ interpreter: '/lib64/ld-linux-x86-64.so.2', bigEndian: true })), undefined);
    assert.equal(linuxLibcOfExecutable(elfHead({ interpreter: '/lib64/ld-linux-x86-64.so.2', truncate: 64 + 56 * 3 + 4 })), undefined);
    assert.equal(linuxLibcOfExecutable(elfHead({ interpreter: '/lib64/ld-linux-x86-64.so.2', truncate: 100 })), undefined);
    assert.equal(linuxLibcOfExecutable(new TextEncoder().encode('#!/bin/sh\necho not an executable\n'.padEnd(80))), undefined);
  });

  it("agrees with Node's own report on the Node running the tests", { skip: process.platform !== 'linux' }, () => {
    const descriptor = openSync(process.execPath, 'r');
    const head = new Uint8Array(2048);
    const read = readSync(descriptor, head, 0, head.length, 0);
    closeSync(descriptor);
    const header = process.report.getReport() as { header: { glibcVersionRuntime?: string } };
    assert.equal(linuxLibcOfExecutable(head.subarray(0, read)), header.header.glibcVersionRuntime === undefined ? 'musl' : 'glibc');
  });
});

describe('Resvg of lib/io/resvgBinding', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text x="4" y="20" font-size="14">$1,485,000</text><text x="70" y="20" font-weight="bold">Bold</text></svg>';

  it("draws the bytes the package's own Resvg draws, text included", async () => {
    const fonts = await readChartFonts({ woff2: false });
    const options: ResvgRenderOptions = { font: { loadSystemFonts: false, fontFiles: [fonts.ttfFiles.regular, fonts.ttfFiles.bold], defaultFontFamily: 'Source Sans 3' }, fitTo: { mode: 'zoom', value: 2 }, background: 'white' };
    const { Resvg: PackageResvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
    const ours = new Resvg(svg, options).render();
    const theirs = new PackageResvg(svg, options).render();
    assert.deepEqual([ours.width, ours.height], [240, 60]);
    assert.ok(Buffer.from(ours.asPng()).equals(Buffer.from(theirs.asPng())));
    // The text is drawn: the image is not blank white.
    assert.ok(ours.pixels.some((channel) => channel < 128));
  });

  it("is the platform binding's class on Linux x64 or ARM64, found without the package's loader", { skip: process.platform !== 'linux' || !['x64', 'arm64'].includes(process.arch) }, () => {
    const load = createRequire(createRequire(import.meta.url).resolve('@resvg/resvg-js'));
    const header = process.report.getReport() as { header: { glibcVersionRuntime?: string } };
    const binding = load(`@resvg/resvg-js-linux-${process.arch}-${header.header.glibcVersionRuntime === undefined ? 'musl' : 'gnu'}`) as { Resvg: unknown };
    assert.equal(Object.getPrototypeOf(Resvg), binding.Resvg);
  });
});
