import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Money } from '../../lib/money/decimal.js';
import { oneTimeEntries } from '../../lib/model/oneTimeEntries.js';
import type { OneTimeItem } from '../../lib/scenario/scenario.js';
import { fixed, month, times } from '../support/fixtures.js';

function setupFee(amount: string, paidIn: string): OneTimeItem {
  return { name: 'Setup', kind: 'one-time', category: 'migration', amount: new Money(amount), month: month(paidIn) };
}

const may2009 = month('2009-05');

describe('oneTimeEntries', () => {
  it('pays the whole amount in its month when that is the first month of the range', () => {
    assert.deepEqual(fixed(oneTimeEntries(setupFee('45000', '2009-05'), { first: may2009, count: 3 }, 2)), ['45000.00', undefined, undefined]);
  });

  it('pays in a later month of the range (a custom month)', () => {
    // 2009-07 is the third month from 2009-05
    assert.deepEqual(fixed(oneTimeEntries(setupFee('45000', '2009-07'), { first: may2009, count: 4 }, 2)), [undefined, undefined, '45000.00', undefined]);
  });

  it('pays in the last month of the range', () => {
    assert.deepEqual(fixed(oneTimeEntries(setupFee('100', '2009-07'), { first: may2009, count: 3 }, 2)), [undefined, undefined, '100.00']);
  });

  it('pays nothing in the range when it falls before the range', () => {
    assert.deepEqual(fixed(oneTimeEntries(setupFee('45000', '2009-04'), { first: may2009, count: 3 }, 2)), times(3, undefined));
  });

  it('pays nothing in the range when it falls after the range', () => {
    // the range is 2009-05 … 2009-07
    assert.deepEqual(fixed(oneTimeEntries(setupFee('45000', '2009-08'), { first: may2009, count: 3 }, 2)), times(3, undefined));
  });

  it('rounds the amount to the minor unit, half away from zero', () => {
    assert.deepEqual(fixed(oneTimeEntries(setupFee('0.005', '2009-05'), { first: may2009, count: 1 }, 2)), ['0.01']);
    assert.deepEqual(fixed(oneTimeEntries(setupFee('1000.5', '2009-05'), { first: may2009, count: 1 }, 0), 0), ['1001']);
  });

  it('keeps a zero amount as a zero entry', () => {
    assert.deepEqual(fixed(oneTimeEntries(setupFee('0', '2009-05'), { first: may2009, count: 1 }, 2)), ['0.00']);
  });
});
