import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fixedPointOf, toFixedPoint } from '../../lib/money/fixedPoint.js';
import { Money, type Decimal } from '../../lib/money/decimal.js';
import { toMinorUnits } from '../../lib/money/minorUnits.js';

/** The fixed point as the value's text gives it, worked out here by hand: every digit written out, then the places counted. */
function fromText(value: Decimal): { units: bigint; scale: number } {
  const text = value.toFixed();
  const point = text.indexOf('.');
  return point < 0 ? { units: BigInt(text), scale: 0 } : { units: BigInt(text.slice(0, point) + text.slice(point + 1)), scale: text.length - point - 1 };
}

/** Decimals of any sign with up to 40 significant digits, the point anywhere from 10^-30 to 10^30. */
const decimals = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9][0-9]{0,39}$/), fc.integer({ min: -30, max: 30 }))
  .map(([negative, digits, exponent]) => new Money(`${negative ? '-' : ''}${digits}e${exponent}`));

describe('fixedPointOf', () => {
  it('keeps no trailing zeros, and gives zero as 0 at scale 0', () => {
    for (const [text, units, scale] of [
      ['40000.50', 400005n, 1],
      ['1200', 1200n, 0],
      ['120000000', 120000000n, 0],
      ['1.2e10', 12000000000n, 0],
      ['-0.05', -5n, 2],
      ['1e-8', 1n, 8],
      ['12345678.1234567', 123456781234567n, 7],
      ['0', 0n, 0],
      ['-0', 0n, 0],
    ] as const) {
      assert.deepEqual(fixedPointOf(new Money(text)), { units, scale }, text);
      assert.deepEqual(toFixedPoint(new Money(text)), { units, scale }, text);
    }
  });
});

describe('toMinorUnits', () => {
  it('writes an amount of at most as many places as the currency has in its minor units, and refuses one of more', () => {
    fc.assert(
      fc.property(decimals, fc.integer({ min: 0, max: 4 }), (value, digits) => {
        const { units, scale } = fromText(value);
        if (scale > digits) assert.throws(() => toMinorUnits(value, digits), /is not a whole number of minor units/);
        else assert.equal(toMinorUnits(value, digits), units * 10n ** BigInt(digits - scale));
      }),
      { numRuns: 5000 },
    );
  });
});
