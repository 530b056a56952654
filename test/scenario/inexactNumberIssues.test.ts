/**
 * A JSON number with more digits than a JSON reader keeps is read as another number: costmodel
 * refuses it at its line and column, where a spreadsheet or a script would silently compute
 * with the other number. The numbers read back as written (checked beside each case with
 * Number() and String(), an independent reading) pass; digits inside strings are never numbers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inexactNumberIssues } from '../../lib/scenario/inexactNumberIssues.js';
import { parseJsonText } from '../../lib/scenario/parseJsonText.js';

/** The place and message of each issue, as [line, column, message]. */
function found(text: string): [number | undefined, number | undefined, string][] {
  return inexactNumberIssues(text, 'x.json').map((issue) => {
    assert.equal(issue.code, 'inexact-number');
    assert.equal(issue.file, 'x.json');
    return [issue.line, issue.column, issue.message];
  });
}

describe('inexactNumberIssues', () => {
  it('2^53 + 1, which a double reads as 2^53', () => {
    assert.deepEqual(found('{"amount": 9007199254740993}'), [
      [1, 12, 'the number 9007199254740993 has more digits than a JSON number keeps: it would be read as 9007199254740992; write it as a string, "9007199254740993"'],
    ]);
  });

  it('every such number, each at its own line and column', () => {
    const text = '{\n  "costs": [\n    { "amount": 45000.000000000001 },\n    { "amount": "45000.000000000001" },\n    { "amount": 1234567890123456.7, "x": 99999999999999.999 }\n  ]\n}';
    assert.deepEqual(found(text), [
      [3, 17, 'the number 45000.000000000001 has more digits than a JSON number keeps: it would be read as 45000; write it as a string, "45000.000000000001"'],
      [5, 17, 'the number 1234567890123456.7 has more digits than a JSON number keeps: it would be read as 1234567890123456.8; write it as a string, "1234567890123456.7"'],
      [5, 42, 'the number 99999999999999.999 has more digits than a JSON number keeps: it would be read as 100000000000000; write it as a string, "99999999999999.999"'],
    ]);
  });

  it('an exponent below what a double holds; one above it (Infinity) is left to the reader of its key', () => {
    // Near zero, a double keeps fewer digits: 1.234567e-320 reads back as 1.2347e-320, while 2.5e-320 reads back as written.
    assert.deepEqual(found('[1e400, -1e-400, 2.5e-320, 1.234567e-320]'), [
      [1, 9, 'the number -1e-400 has more digits than a JSON number keeps: it would be read as 0; write it as a string of digits'],
      [1, 28, 'the number 1.234567e-320 has more digits than a JSON number keeps: it would be read as 1.2347e-320; write it as a string of digits'],
    ]);
  });

  it('an exponent below what decimal.js holds, which a comparison of decimals would take for 0 as well', () => {
    assert.deepEqual(found('[123e-400000000000000000000, 0e-400000000000000000000]'), [
      [1, 2, 'the number 123e-400000000000000000000 has more digits than a JSON number keeps: it would be read as 0; write it as a string of digits'],
    ]);
  });

  it('numbers read back as written pass, however many digits they show', () => {
    // String(Number(text)) gives back the same value for each.
    assert.deepEqual(found('[9007199254740992, 1234567890.1234567, 123456789012345.67, 0.30000000000000004, 0.10000000000000000000, -0, 1e5, 2.5E-3, 0]'), []);
  });

  it('digits in strings, in keys and after escaped quotes are not numbers', () => {
    assert.deepEqual(found('{"12345678901234567890": "9007199254740993", "note": "a \\" 1e400 \\\\", "n": 1}'), []);
  });

  it('parseJsonText refuses the file, after the syntax and the keys', () => {
    const result = parseJsonText('{"name": "x", "amount": 12345678901234567890}', 'x.json');
    assert.deepEqual(result.ok ? [] : result.issues, [
      {
        code: 'inexact-number',
        file: 'x.json',
        line: 1,
        column: 25,
        message: 'the number 12345678901234567890 has more digits than a JSON number keeps: it would be read as 12345678901234567000; write it as a string, "12345678901234567890"',
      },
    ]);
    const repeated = parseJsonText('{"amount": 12345678901234567890, "amount": 1}', 'x.json');
    assert.deepEqual(repeated.ok ? [] : repeated.issues.map((issue) => issue.code), ['duplicate-key']);
  });
});
