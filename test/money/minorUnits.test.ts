import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Money } from '../../lib/money/decimal.js';
import { formatMinorUnits, fromMinorUnits, parseMinorUnits, toMinorUnits } from '../../lib/money/minorUnits.js';

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

  it('counts any amount of at most `digits` places, of either sign, with or without trailing zeros', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), (units, digits, places) => {
        fc.pre(places <= digits);
        // units / 10^places, which is units × 10^(digits − places) minor units
        const text = places === 0 ? units.toString() : `${units < 0n ? '-' : ''}${(units < 0n ? -units : units).toString().padStart(places + 1, '0').replace(new RegExp(`(\\d{${places}})$`), '.$1')}`;
        assert.equal(toMinorUnits(new Money(text), digits), units * 10n ** BigInt(digits - places));
      }),
      { numRuns: 1000 },
    );
    assert.equal(toMinorUnits(new Money('-0'), 2), 0n);
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

describe('parseMinorUnits', () => {
  it('reads a result\'s decimal string in minor units', () => {
    assert.equal(parseMinorUnits('1485000.00', 2), 148500000n);
    assert.equal(parseMinorUnits('4310.5', 2), 431050n);
    assert.equal(parseMinorUnits('4000', 2), 400000n);
    assert.equal(parseMinorUnits('-0.05', 2), -5n);
    assert.equal(parseMinorUnits('8334', 0), 8334n);
    assert.equal(parseMinorUnits('0.334', 3), 334n);
  });

  it('does not count trailing zeros as decimals', () => {
    assert.equal(parseMinorUnits('4000.500', 2), 400050n);
    assert.equal(parseMinorUnits('7.000', 0), 7n);
  });

  it('is exact beyond 2^53', () => {
    assert.equal(parseMinorUnits('90071992547409.93', 2), 2n ** 53n + 1n);
  });

  it('refuses more decimals than the minor unit, and anything but a plain decimal string', () => {
    for (const text of ['1.001', '1,000', '.5', '5.', ' 1.00', '1.00 ', '+1', '--1', '1e3', '$1', '']) {
      assert.equal(parseMinorUnits(text, 2), undefined, JSON.stringify(text));
    }
    assert.equal(parseMinorUnits('0.5', 0), undefined);
  });

  it('reads back what formatMinorUnits writes', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 4 }), (units, digits) => {
        assert.equal(parseMinorUnits(formatMinorUnits(units, digits), digits), units);
      }),
    );
  });
});
