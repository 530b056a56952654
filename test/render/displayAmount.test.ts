import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayAmount } from '../../lib/render/displayAmount.js';

describe('displayAmount', () => {
  it('groups thousands for people', () => {
    assert.equal(displayAmount('1485000.00', 2), '1,485,000.00');
  });

  it('signs differences when asked, minus for a saving', () => {
    assert.equal(displayAmount('1341000.00', 2, { signed: true }), '+1,341,000.00');
    assert.equal(displayAmount('-25500.00', 2, { signed: true }), '-25,500.00');
    assert.equal(displayAmount('0.00', 2, { signed: true }), '0.00');
  });

  it('writes the currency\'s minor-unit digits', () => {
    assert.equal(displayAmount('1500000', 0), '1,500,000');
  });
});
