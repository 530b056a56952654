import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stringifyCsv } from '../../lib/render/stringifyCsv.js';

describe('stringifyCsv', () => {
  it('separates cells with commas and ends every record with CRLF', () => {
    assert.equal(stringifyCsv([['scenario', 'total'], ['Self-hosted', '144000.00']]), 'scenario,total\r\nSelf-hosted,144000.00\r\n');
  });

  it('quotes cells with commas, quotes and line breaks as RFC 4180 says, doubling quotes', () => {
    assert.equal(stringifyCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\r']]), '"a,b","say ""hi""","two\nlines","cr\r"\r\n');
  });

  it('also quotes cells with semicolons or tabs, which some spreadsheets take as separators', () => {
    assert.equal(stringifyCsv([['a;=b', 'c\t=d', 'plain']]), '"a;=b","c\t=d",plain\r\n');
  });

  it('writes empty cells as nothing', () => {
    assert.equal(stringifyCsv([['x', '', '']]), 'x,,\r\n');
  });
});
