import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { duplicateKeyIssues } from '../../lib/scenario/duplicateKeyIssues.js';
import { parseJsonText } from '../../lib/scenario/parseJsonText.js';

const places = (text: string) => duplicateKeyIssues(text, 'a.json').map((issue) => [issue.line, issue.column, issue.message.match(/first on line (\d+)/)?.[1]]);

describe('duplicateKeyIssues', () => {
  it('finds a key given twice, at the second, with the line of the first', () => {
    assert.deepEqual(places('{\n  "months": 12,\n  "name": "x",\n    "months": 24\n}'), [[4, 5, '2']]);
  });

  it('finds every repeat, in nested objects too, and names the file', () => {
    const text = '{"a": 1, "b": {"c": 1, "c": 2}, "a": [ {"d": 1, "d": 1} ]}';
    assert.deepEqual(places(text), [[1, 24, '1'], [1, 33, '1'], [1, 49, '1']]);
    assert.equal(duplicateKeyIssues(text, 'a.json')[0]?.file, 'a.json');
  });

  it('does not take values, array items or keys of sibling objects for repeats', () => {
    assert.deepEqual(places('{"name": "name", "list": ["name", "name"], "x": {"name": 1}, "y": {"name": 2}}'), []);
  });

  it('reads brackets, commas, quotes and backslashes inside strings as text', () => {
    assert.deepEqual(places('{"a": "}{,\\"\\\\", "b\\"": "[", "c": "\\\\", "c": 1}'), [[1, 41, '1']]);
  });

  it('compares keys as JSON reads them: "\\u006donths" is "months"', () => {
    assert.deepEqual(places('{"months": 1,\n"\\u006donths": 2}'), [[2, 1, '1']]);
  });

  it('finds nothing in any JSON that JSON.stringify writes', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => duplicateKeyIssues(JSON.stringify(value, null, 2)).length === 0), { numRuns: 300 });
  });

  it('finds a key written again at the end of any object, on the line where it is written', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.nat(), (object, pick) => {
        const keys = Object.keys(object);
        const key = keys[pick % keys.length] as string;
        const body = JSON.stringify(object, null, 2);
        const text = `${body.slice(0, -2)},\n  ${JSON.stringify(key)}: null\n}`;
        const lines = text.split('\n');
        const firstLine = JSON.stringify(object, null, 2).split('\n').findIndex((line) => line.startsWith(`  ${JSON.stringify(key)}: `)) + 1;
        assert.deepEqual(places(text), [[lines.length - 1, 3, String(firstLine)]]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseJsonText and keys given twice', () => {
  it('reports a key given twice however the strings around it read: colons, quotes and backslashes in them', () => {
    const result = parseJsonText('{"a": "x: y", "b\\":": "\\\\", "c": {"d": ":", "d": 1}}', 'a.json');
    assert.deepEqual(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.line, issue.column]), [['duplicate-key', 1, 45]]);
  });

  it('reads any JSON that JSON.stringify writes as it is, and finds a key written again in any object of it', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.nat(), (object, pick) => {
        const text = JSON.stringify([object]);
        const parsed = parseJsonText(text);
        assert.deepEqual(parsed, { ok: true, value: JSON.parse(text) });
        const key = Object.keys(object)[pick % Object.keys(object).length] as string;
        const repeated = parseJsonText(`${text.slice(0, -2)},${JSON.stringify(key)}:0}]`);
        assert.equal(repeated.ok ? 'none' : repeated.issues[0]?.code, 'duplicate-key');
      }),
      { numRuns: 300 },
    );
  });
});
