import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeValue } from '../../lib/issues/describeValue.js';

describe('describeValue', () => {
  it('quotes strings as JSON', () => {
    assert.equal(describeValue('2009-5'), '"2009-5"');
    assert.equal(describeValue('say "hi"'), '"say \\"hi\\""');
  });

  it('cuts strings longer than 60 characters to 57 and an ellipsis', () => {
    assert.equal(describeValue('x'.repeat(61)), `"${'x'.repeat(57)}..."`);
    assert.equal(describeValue('x'.repeat(60)), `"${'x'.repeat(60)}"`);
  });

  it('names arrays, objects, null and nothing', () => {
    assert.equal(describeValue([1, 2]), 'an array');
    assert.equal(describeValue({ a: 1 }), 'an object');
    assert.equal(describeValue(null), 'null');
    assert.equal(describeValue(undefined), 'nothing');
  });

  it('writes numbers and booleans as they are', () => {
    assert.equal(describeValue(-5), '-5');
    assert.equal(describeValue(2.5), '2.5');
    assert.equal(describeValue(true), 'true');
  });
});
