import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Money } from '../../lib/money/decimal.js';
import { oneTimeEntries, oneTimeMinorUnits } from '../../lib/model/oneTimeEntries.js';
import { minorUnitsOf } from '../../lib/model/minorUnitEntries.js';
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

  it('gives the ledger its payment in minor units, or leaves to the Decimal entries one that rounds to 0.00', () => {
    const range = { first: may2009, count: 3 };
    assert.deepEqual(minorUnitsOf(oneTimeMinorUnits(setupFee('45000', '2009-06'), range, 2)!), [0n, 4500000n, 0n]);
    // 0.005 rounds half away from zero to 0.01; -0.004 to -0.00
    assert.deepEqual(minorUnitsOf(oneTimeMinorUnits(setupFee('0.005', '2009-05'), range, 2)!), [1n, 0n, 0n]);
    assert.equal(oneTimeMinorUnits(setupFee('-0.004', '2009-05'), range, 2), undefined);
    assert.equal(oneTimeMinorUnits(setupFee('0', '2009-05'), range, 2), undefined);
    // Outside the range: nothing in any month
    assert.deepEqual(minorUnitsOf(oneTimeMinorUnits(setupFee('45000', '2010-06'), range, 2)!), [0n, 0n, 0n]);
    // Beyond 2^53 cents: left to the Decimal entries
    assert.equal(oneTimeMinorUnits(setupFee('90071992547409.93', '2009-05'), range, 2), undefined);
  });
});

