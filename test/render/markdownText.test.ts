import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownText } from '../../lib/render/markdownText.js';

describe('markdownText', () => {
  it('escapes pipes and emphasis', () => {
    assert.equal(markdownText('Cloud | *spot*'), 'Cloud \\| \\*spot\\*');
  });

  it('escapes what starts a list item or heading at the start only', () => {
    assert.equal(markdownText('1. Option'), '1\\. Option');
    assert.equal(markdownText('2) Option'), '2\\) Option');
    assert.equal(markdownText('- Option'), '\\- Option');
    assert.equal(markdownText('+ Option'), '\\+ Option');
    assert.equal(markdownText('# Option'), '\\# Option');
    assert.equal(markdownText('=cmd'), '\\=cmd');
    assert.equal(markdownText('Self-hosted #2, 3. option'), 'Self-hosted #2, 3. option');
  });

  it('escapes links, code, HTML, entities, strikethrough and math', () => {
    assert.equal(markdownText('[x](y) `z` <b> &amp; ~s~ $m$ \\'), '\\[x\\](y) \\`z\\` \\<b\\> \\&amp; \\~s\\~ \\$m\\$ \\\\');
  });

  it('turns line breaks into spaces, so a name stays in its table cell', () => {
    assert.equal(markdownText('two\nlines\r\nhere'), 'two lines here');
  });
});
