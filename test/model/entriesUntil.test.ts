import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entriesUntil } from '../../lib/model/entriesUntil.js';
import { Money } from '../../lib/money/decimal.js';
import { fixed, month } from '../support/fixtures.js';

describe('entriesUntil', () => {
  const amounts = () => [new Money(1), new Money(2), undefined, new Money(4)];

  it('drops every entry from the month `until` on', () => {
    assert.deepEqual(fixed(entriesUntil(amounts(), month('2009-06'), { first: month('2009-05'), count: 4 }), 0), ['1', undefined, undefined, undefined]);
  });

  it('drops all of them when `until` is before the range, none when it is after it or absent', () => {
    const range = { first: month('2009-05'), count: 4 };
    assert.deepEqual(fixed(entriesUntil(amounts(), month('2009-01'), range), 0), [undefined, undefined, undefined, undefined]);
    assert.deepEqual(fixed(entriesUntil(amounts(), month('2010-01'), range), 0), ['1', '2', undefined, '4']);
    assert.deepEqual(fixed(entriesUntil(amounts(), undefined, range), 0), ['1', '2', undefined, '4']);
  });
});
