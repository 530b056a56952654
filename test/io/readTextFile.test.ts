import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readTextFile, readTextFileSync } from '../../lib/io/readTextFile.js';

const folder = mkdtempSync(join(tmpdir(), 'costmodel-read-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/** Text of `length` characters, each line numbered so that a lost or repeated chunk shows. */
function numberedText(length: number): string {
  let text = '';
  for (let line = 0; text.length < length; line++) text += `line ${line} ${'é'.repeat(line % 7)}\n`;
  return text.slice(0, length);
}

describe('readTextFile', () => {
  // Around the smallest chunk (4,096 bytes), the size the file had plus one, and 1 MB chunks:
  // a regular file read in one call when it fits, in several when it does not, whole either way.
  const lengths = [0, 1, 4094, 4095, 4096, 4097, 300_000, 1024 * 1024 - 1, 1024 * 1024, 1024 * 1024 + 1, 2_500_000];
  for (const length of lengths) {
    it(`reads a file of ${length.toLocaleString('en-US')} characters whole, at once and synchronously`, async () => {
      const text = numberedText(length).replace(/é/g, 'e');
      const path = join(folder, `file-${length}.json`);
      writeFileSync(path, text);
      assert.deepEqual(await readTextFile(path, 'file', 'json'), { ok: true, value: text });
      assert.deepEqual(readTextFileSync(path, 'file', 'json'), { ok: true, value: text });
    });
  }

  it('reads a file that says it is empty whole: a file of /proc, read in short pieces', { skip: !existsSync('/proc/self/maps') && 'no /proc here' }, async () => {
    // The mappings of this process take many lines (every module loaded), well past 4,096 bytes.
    const read = readTextFileSync('/proc/self/maps', 'file');
    assert.ok(read.ok);
    const lines = read.value.split('\n');
    assert.ok(read.value.length > 8192, `read ${read.value.length} characters`);
    assert.equal(lines.at(-1), '', 'ends with a whole line');
    assert.ok(lines.slice(0, -1).every((line) => /^[0-9a-f]+-[0-9a-f]+ /.test(line)), 'every line a mapping');
    assert.ok((await readTextFile('/proc/self/maps', 'file')).ok);
  });

  it('reads characters of several bytes across the chunks whole', async () => {
    const text = numberedText(1_500_000);
    const path = join(folder, 'accents.csv');
    writeFileSync(path, text);
    assert.deepEqual(await readTextFile(path, 'file'), { ok: true, value: text });
  });
});
