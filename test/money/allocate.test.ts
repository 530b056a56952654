import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allocate } from '../../lib/money/allocate.js';
import { Money } from '../../lib/money/decimal.js';
import { fixed, times } from '../support/fixtures.js';

describe('allocate', () => {
  it('splits 80000 over 12 months so the parts sum exactly', () => {
    // 8,000,000 cents / 12 = 666,666 rest 8: the first 8 parts get one cent more
    const parts = allocate('80000', 12, 2);
    assert.deepEqual(fixed(parts), [...times(8, '6666.67'), ...times(4, '6666.66')]);
    assert.equal(parts.reduce((sum, part) => sum.plus(part), new Money(0)).toFixed(2), '80000.00');
  });

  it('splits 1 into thirds as 0.34, 0.33, 0.33', () => {
    assert.deepEqual(fixed(allocate('1', 3, 2)), ['0.34', '0.33', '0.33']);
  });

  it('splits 48000 over 12 months into 4000.00 each', () => {
    assert.deepEqual(fixed(allocate(48000, 12, 2)), times(12, '4000.00'));
  });

  it('splits 10000 over a quarter as 3333.34, 3333.33, 3333.33', () => {
    assert.deepEqual(fixed(allocate('10000', 3, 2)), ['3333.34', '3333.33', '3333.33']);
  });

  it('gives the leftover minor units of a negative amount to the first parts too', () => {
    assert.deepEqual(fixed(allocate('-1', 3, 2)), ['-0.34', '-0.33', '-0.33']);
  });

  it('uses whole units for a currency without minor units (JPY)', () => {
    // 100 yen / 3 = 33 rest 1
    assert.deepEqual(fixed(allocate('100', 3, 0), 0), ['34', '33', '33']);
  });

  it('uses thousandths for a currency with three digits (KWD)', () => {
    // 1000 fils / 3 = 333 rest 1
    assert.deepEqual(fixed(allocate('1', 3, 3), 3), ['0.334', '0.333', '0.333']);
  });

  it('rounds the amount to the minor unit half away from zero before splitting', () => {
    // 0.005 → 0.01, then one cent over two parts
    assert.deepEqual(fixed(allocate('0.005', 2, 2)), ['0.01', '0.00']);
  });

  it('returns the whole amount for one part', () => {
    assert.deepEqual(fixed(allocate('123.45', 1, 2)), ['123.45']);
  });

  it('returns zeros for zero', () => {
    assert.deepEqual(fixed(allocate('0', 4, 2)), times(4, '0.00'));
  });

  it('throws for zero, negative or fractional part counts', () => {
    assert.throws(() => allocate('100', 0, 2), RangeError);
    assert.throws(() => allocate('100', -1, 2), RangeError);
    assert.throws(() => allocate('100', 2.5, 2), RangeError);
    // the part count is checked first, whatever else is wrong
    assert.throws(() => allocate('abc', 0, 2), RangeError);
    assert.throws(() => allocate(Number.NaN, 0, 2), RangeError);
    assert.throws(() => allocate('100', 0, -1), RangeError);
  });

  it('sums exactly to the rounded amount, with parts at most one minor unit apart, for any amount and count', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 1, max: 1200 }), (cents, parts) => {
        const amount = new Money(cents.toString()).dividedBy(100);
        const result = allocate(amount, parts, 2);
        assert.equal(result.length, parts);
        const sum = result.reduce((total, part) => total.plus(part), new Money(0));
        assert.ok(sum.equals(amount), `${sum.toString()} ≠ ${amount.toString()}`);
        for (const part of result) {
          assert.ok(part.decimalPlaces() <= 2);
          assert.ok(part.minus(result[result.length - 1] ?? part).abs().lessThanOrEqualTo('0.01'));
        }
        // the larger parts come first
        for (let i = 1; i < result.length; i++) assert.ok((result[i] as typeof amount).abs().lessThanOrEqualTo((result[i - 1] as typeof amount).abs()));
      }),
      { numRuns: 300 },
    );
  });
});
