import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Money } from '../../lib/money/decimal.js';
import { formatMinorUnits, fromMinorUnits, toMinorUnits } from '../../lib/money/minorUnits.js';

describe('toMinorUnits', () => {
  it('counts cents for 2 digits, yen for 0, fils for 3', () => {
    assert.equal(toMinorUnits(new Money('4000.00'), 2), 400000n);
    assert.equal(toMinorUnits(new Money('0.01'), 2), 1n);
    assert.equal(toMinorUnits(new Money('-6666.67'), 2), -666667n);
    assert.equal(toMinorUnits(new Money('8334'), 0), 8334n);
    assert.equal(toMinorUnits(new Money('0.334'), 3), 334n);
  });

  it('is exact beyond 2^53', () => {
    // 90,071,992,547,409.93 = 9,007,199,254,740,993 cents = 2^53 + 1
    assert.equal(toMinorUnits(new Money('90071992547409.93'), 2), 2n ** 53n + 1n);
  });

  it('refuses an amount that is not a whole number of minor units', () => {
    assert.throws(() => toMinorUnits(new Money('0.005'), 2));
  });
});

describe('formatMinorUnits', () => {
  it('writes a plain decimal string with the currency\'s digits', () => {
    assert.equal(formatMinorUnits(148500000n, 2), '1485000.00');
    assert.equal(formatMinorUnits(5n, 2), '0.05');
    assert.equal(formatMinorUnits(-5n, 2), '-0.05');
    assert.equal(formatMinorUnits(0n, 2), '0.00');
    assert.equal(formatMinorUnits(100000n, 0), '100000');
    assert.equal(formatMinorUnits(-7n, 0), '-7');
    assert.equal(formatMinorUnits(334n, 3), '0.334');
  });
});

describe('fromMinorUnits', () => {
  it('gives the Decimal value', () => {
    assert.equal(fromMinorUnits(148500000n, 2).toFixed(2), '1485000.00');
    assert.equal(fromMinorUnits(-1n, 3).toString(), '-0.001');
  });

  it('round-trips with toMinorUnits and agrees with Decimal.toFixed for any amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 4 }), (units, digits) => {
        const amount = fromMinorUnits(units, digits);
        assert.equal(toMinorUnits(new Money(amount.toString()), digits), units);
        assert.equal(formatMinorUnits(units, digits), new Money(units.toString()).dividedBy(new Money(10).pow(digits)).toFixed(digits));
      }),
    );
  });
});
