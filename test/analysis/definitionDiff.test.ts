import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DefinitionDiff } from '../../lib/analysis/definitionDiff.js';
import { definitionInputs } from '../../lib/scenario/thresholdInputs.js';

/** The diff of two definitions of a scenario named "Provider", its numeric inputs left out as recordChanges leaves them. */
function diff(before: Record<string, unknown>, after: Record<string, unknown>): DefinitionDiff {
  const result = new DefinitionDiff('Provider', definitionInputs('Provider', before), definitionInputs('Provider', after));
  result.compare(before, after);
  return result;
}

const hosting = { name: 'Hosting', kind: 'recurring', amount: '40000', every: 'month', source: 'Quote 2009' };
const setup = { name: 'Setup', kind: 'one-time', amount: '45000' };

describe('DefinitionDiff', () => {
  it('lists each other value that differs at its JSON Pointer in today\'s definition', () => {
    const result = diff({ description: 'Quote 2009', costs: [hosting] }, { description: 'Quote 2010', costs: [{ ...hosting, source: 'Quote 2010' }] });
    assert.deepEqual(result.texts, [
      { scenario: 'Provider', path: '/description', before: 'Quote 2009', after: 'Quote 2010' },
      { scenario: 'Provider', path: '/costs/0/source', before: 'Quote 2009', after: 'Quote 2010' },
    ]);
    assert.deepEqual(result.items, []);
  });

  it('leaves out the numeric inputs: they are input changes', () => {
    assert.deepEqual(diff({ costs: [hosting] }, { costs: [{ ...hosting, amount: '38000' }] }).texts, []);
  });

  it('matches cost items by name wherever they moved; items added or removed are listed as items', () => {
    const result = diff({ costs: [setup, hosting] }, { costs: [{ ...hosting, note: 'new' }, { name: 'Support', kind: 'recurring', amount: '1000' }] });
    assert.deepEqual(result.items, [
      { scenario: 'Provider', item: 'Support', status: 'added', path: '/costs/1' },
      { scenario: 'Provider', item: 'Setup', status: 'removed', path: '/costs/0' },
    ]);
    assert.deepEqual(result.texts, [{ scenario: 'Provider', path: '/costs/0/note', before: null, after: 'new' }]);
  });

  it('a key added or removed with an object in it: one entry per value, a removed one at its pointer in the record', () => {
    const result = diff({ overlap: { months: 2, scenario: 'Self-hosted' } }, { tags: ['a'] });
    assert.deepEqual(result.texts, [
      { scenario: 'Provider', path: '/tags/0', before: null, after: 'a' },
      { scenario: 'Provider', path: '/overlap/months', before: '2', after: null },
      { scenario: 'Provider', path: '/overlap/scenario', before: 'Self-hosted', after: null },
    ]);
  });

  it('escapes keys in pointers (RFC 6901)', () => {
    assert.deepEqual(diff({ 'a/b': 1 }, { 'a/b': 2 }).texts, [{ scenario: 'Provider', path: '/a~1b', before: '1', after: '2' }]);
  });
});
