import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { didYouMean, didYouMeanSuffix } from '../../lib/issues/didYouMean.js';

describe('didYouMean', () => {
  it('suggests the known word one letter away', () => {
    assert.equal(didYouMean('amonut', ['name', 'amount', 'kind']), 'amount');
    assert.equal(didYouMean('curency', ['name', 'currency', 'start']), 'currency');
    assert.equal(didYouMean('recuring', ['one-time', 'recurring']), 'recurring');
    assert.equal(didYouMean('montly', ['upfront', 'monthly']), 'monthly');
  });

  it('ignores case', () => {
    assert.equal(didYouMean('Amount', ['amount']), 'amount');
    assert.equal(didYouMean('self hosted', ['Self-hosted', 'Managed provider']), 'Self-hosted');
  });

  it('suggests nothing when no word is close', () => {
    assert.equal(didYouMean('colour', ['name', 'amount']), undefined);
    assert.equal(didYouMean('week', ['month', 'quarter', 'year']), undefined);
  });

  it('counts two swapped neighbouring letters as one slip, so short words still get a suggestion', () => {
    assert.equal(didYouMean('mnoth', ['month', 'quarter', 'year']), 'month');
    assert.equal(didYouMean('yaer', ['month', 'quarter', 'year']), 'year');
    assert.equal(didYouMean('mtnoh', ['month', 'quarter', 'year']), undefined);
  });

  it('suggests nothing when there are no known words', () => {
    assert.equal(didYouMean('amount', []), undefined);
  });
});

describe('didYouMeanSuffix', () => {
  it('writes the suggestion in parentheses, or nothing', () => {
    assert.equal(didYouMeanSuffix('amonut', ['amount']), ' (did you mean "amount"?)');
    assert.equal(didYouMeanSuffix('colour', ['amount']), '');
  });
});
