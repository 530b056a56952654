import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonTextHoldsNoUnsafeText, unsafeTextIssues, unsafeTextProblem } from '../../lib/issues/unsafeText.js';

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

test('jsonTextHoldsNoUnsafeText: a JSON text it accepts gives no unsafe text, and one without escapes is accepted unless its data has one', () => {
  const character = fc.oneof(
    fc.integer({ min: 0, max: 0x7f }),
    fc.constantFrom(0x85, 0x9f, 0xa0, 0x202a, 0x202e, 0x2066, 0x2069, 0x200f, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfeff, 0xfffd, 0xfffe, 0xffff),
  );
  const text = fc.array(character, { maxLength: 6 }).map((codes) => String.fromCharCode(...codes));
  // JSON.stringify escapes only '"', '\\', characters below U+0020 and halves of surrogate pairs: the rest it writes as they are.
  const data = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.constant(null), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(text, tie('value'), { maxKeys: 3 })),
  })).value;
  fc.assert(
    fc.property(data, fc.boolean(), (value, indented) => {
      const json = JSON.stringify(value, null, indented ? 2 : undefined);
      const safe = jsonTextHoldsNoUnsafeText(json);
      const unsafe = unsafeTextIssues(JSON.parse(json)).length > 0;
      if (safe) assert.equal(unsafe, false, json);
      if (!json.includes('\\')) assert.equal(safe, !unsafe, json);
    }),
    { numRuns: 3000 },
  );
});

test('jsonTextHoldsNoUnsafeText refuses every escape, which may spell an unsafe character, and what the walk would report written as it is', () => {
  for (const escape of ['\\u001b', '\\b', '\\f', '\\ud800', '\\u202e', '\\n', '\\"']) assert.equal(jsonTextHoldsNoUnsafeText(`{"name": "a${escape}"}`), false, escape);
  for (const raw of ['\u0085', '\u009b', '\u202e', '\u2066', '\ufffe', '\uffff', '\udc00']) assert.equal(jsonTextHoldsNoUnsafeText(`{"name": "a${raw}"}`), false, raw);
  assert.equal(jsonTextHoldsNoUnsafeText(`{"k\u202e": 1}`), false);
  // Tabs and line breaks between the tokens, a byte order mark, right-to-left text and emoji are all safe.
  assert.equal(jsonTextHoldsNoUnsafeText('\ufeff{\r\n\t"name": "مستضاف ذاتيا 🚀", "costs": [1, 2.5e3, true, null]\n}\n'), true);
});
