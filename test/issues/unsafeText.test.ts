import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unsafeTextIssues, unsafeTextProblem } from '../../lib/issues/unsafeText.js';

test('unsafeTextIssues finds an unsafe text wherever it is, in a key or a value, and only those', () => {
  const data = {
    name: 'Self-hosted\t(2009)\n',
    'k\u001b': 'fine',
    costs: [{ name: 'مستضاف ذاتيا 🚀' }, [['deep\u202e']], { note: '\uFFFE', source: 'lone \uD800 half' }],
    escaped: JSON.parse('"back\\bspace"') as string,
  };
  assert.deepEqual(
    unsafeTextIssues(data, 'a.json').map((issue) => [issue.path, issue.file]),
    [
      ['/k\u001b', 'a.json'],
      ['/costs/1/0/0', 'a.json'],
      ['/costs/2/note', 'a.json'],
      ['/costs/2/source', 'a.json'],
      ['/escaped', 'a.json'],
    ],
  );
  assert.deepEqual(unsafeTextIssues({ name: 'Rack', costs: [1, null, true, { a: ['b', 'c'] }] }), []);
});

test('unsafeTextIssues reports a text if and only if unsafeTextProblem finds a problem in it', () => {
  const character = fc.oneof(
    fc.integer({ min: 0, max: 0x7f }),
    fc.constantFrom(0x85, 0x9f, 0xa0, 0x202a, 0x202e, 0x2066, 0x2069, 0x200f, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfffd, 0xfffe, 0xffff),
  );
  const text = fc.array(character, { maxLength: 6 }).map((codes) => String.fromCharCode(...codes));
  fc.assert(
    fc.property(text, text, (key, value) => {
      const expected = [key, value].filter((part) => unsafeTextProblem(part) !== undefined).length;
      assert.equal(unsafeTextIssues({ [key]: [value] }).length, expected);
    }),
    { numRuns: 2000 },
  );
});
