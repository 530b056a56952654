import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv, type CsvRecord } from '../../lib/csv/parseCsv.js';

function records(text: string): CsvRecord[] {
  const result = parseCsv(text);
  if (!result.ok) assert.fail(`expected records, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

const UNCLOSED = 'invalid CSV: a quote opened in this row is never closed; end every quoted cell with a quote (write "" for a quote inside it)';
const TEXT_AFTER_QUOTE = 'invalid CSV: a quoted cell has text after its closing quote; write "" for a quote inside a quoted cell';

describe('parseCsv', () => {
  it('gives each row its cells and the line it is on', () => {
    assert.deepEqual(records('month,customers\n2009-05,200\n2009-06,210\n'), [
      { line: 1, cells: ['month', 'customers'] },
      { line: 2, cells: ['2009-05', '200'] },
      { line: 3, cells: ['2009-06', '210'] },
    ]);
  });

  it('reads the last row without a final line end', () => {
    assert.deepEqual(records('a,b\n1,2'), [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });

  it('drops a byte order mark and counts CRLF and CR line ends as an editor does', () => {
    const expected = [
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['1', '2'] },
    ];
    assert.deepEqual(records('\uFEFFa,b\r\n\r\n1,2\r\n'), expected);
    assert.deepEqual(records('a,b\r\r1,2\r'), expected);
    // a file whose lines end both ways, as one edited in two editors
    assert.deepEqual(records('a,b\n\r\n1,2\n'), expected);
  });

  it('skips blank lines and lines of spaces, and numbers a row by its first line', () => {
    const text = ['', 'a,b', '   ', '', '"x', 'y",2', '3,4'].join('\n');
    assert.deepEqual(records(text), [
      { line: 2, cells: ['a', 'b'] },
      { line: 5, cells: ['x\ny', '2'] },
      { line: 7, cells: ['3', '4'] },
    ]);
  });

  it('keeps a row of empty cells and rows of any length, for the reader to judge', () => {
    assert.deepEqual(records('a,b\n,\n1,2,3\n4\n'), [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['', ''] },
      { line: 3, cells: ['1', '2', '3'] },
      { line: 4, cells: ['4'] },
    ]);
  });

  it('trims cells, inside quotes too, and reads quoted cells holding commas and quotes', () => {
    assert.deepEqual(records(' a , "b, ""c""" ," 4000 ",\u00A0x\u00A0\n'), [{ line: 1, cells: ['a', 'b, "c"', '4000', 'x'] }]);
  });

  it('gives nothing for an empty file', () => {
    assert.deepEqual(records(''), []);
    assert.deepEqual(records('\uFEFF\r\n\r\n'), []);
  });

  it('reports a quote never closed at the row where it was opened, not at the end of the file', () => {
    assert.deepEqual(parseCsv('a,b\n1,2\n\n3,"4\n5,6\n7,8\n'), { ok: false, issues: [{ code: 'invalid-csv', line: 4, message: UNCLOSED }] });
  });

  it('reports text after a closing quote at its line', () => {
    assert.deepEqual(parseCsv('a,b\n"1"x,2\n'), { ok: false, issues: [{ code: 'invalid-csv', line: 2, message: TEXT_AFTER_QUOTE }] });
  });
});
