import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { duplicateKeyIssues } from '../../lib/scenario/duplicateKeyIssues.js';

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
