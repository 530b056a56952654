import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inputChanges } from '../../lib/analysis/inputChanges.js';
import { definitionInputs } from '../../lib/scenario/thresholdInputs.js';

describe('inputChanges', () => {
  it('gives the factor of a change beside its relative change, for "×" when an input more than doubles', () => {
    const before = definitionInputs('Provider', { costs: [{ name: 'Hosting', kind: 'recurring', amount: '4000' }, { name: 'Setup', kind: 'one-time', amount: '0' }] });
    const after = definitionInputs('Provider', { costs: [{ name: 'Hosting', kind: 'recurring', amount: '41250' }, { name: 'Setup', kind: 'one-time', amount: '500' }] });
    assert.deepEqual(
      inputChanges(before, after).map((c) => [c.item, c.change, c.relative, c.factor]),
      [
        ['Hosting', '37250', '9.3125', '10.3125'],
        ['Setup', '500', null, null],
      ],
    );
  });
});
