import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Decimal as GlobalDecimal } from 'decimal.js';
import fc from 'fast-check';
import { allocate } from '../../lib/money/allocate.js';
import { Money, sameDecimal, ZERO } from '../../lib/money/decimal.js';
import { formatMoney } from '../../lib/money/formatMoney.js';
import { fixed, times } from '../support/fixtures.js';

/** Decimal strings with up to 6 decimals and up to 15 integer digits, either sign. */
const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 21n), max: 10n ** 21n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) => new Money(units.toString()).dividedBy(new Money(10).pow(scale)).toFixed(scale));

describe('Money', () => {
  it('adds 0.1 and 0.2 to exactly 0.3', () => {
    assert.equal(new Money('0.1').plus('0.2').toString(), '0.3');
  });

  it('writes large and small values without exponents', () => {
    assert.equal(new Money('1e21').toString(), '1000000000000000000000');
    assert.equal(new Money('1e-7').toString(), '0.0000001');
  });

  it('rounds half away from zero by default', () => {
    assert.equal(new Money('2.345').toFixed(2), '2.35');
    assert.equal(new Money('-2.345').toFixed(2), '-2.35');
  });

  it('has an exact zero', () => {
    assert.equal(ZERO.toString(), '0');
  });

  it('add is commutative and associative, exactly', () => {
    fc.assert(
      fc.property(decimalText, decimalText, decimalText, (a, b, c) => {
        const [x, y, z] = [new Money(a), new Money(b), new Money(c)];
        assert.ok(x.plus(y).equals(y.plus(x)));
        assert.ok(x.plus(y).plus(z).equals(x.plus(y.plus(z))));
      }),
      { numRuns: 300 },
    );
  });

  it('subtracting what was added gives back exactly the start (no floating-point drift)', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        assert.equal(new Money(a).plus(b).minus(b).toFixed(6), new Money(a).toFixed(6));
      }),
      { numRuns: 300 },
    );
  });

  it('does not change when a host sets the global decimal.js precision (private clone)', () => {
    GlobalDecimal.set({ precision: 5, rounding: GlobalDecimal.ROUND_DOWN });
    try {
      // the global constructor really is changed…
      assert.equal(new GlobalDecimal('123456.789').plus('0.001').toString(), '123450');
      // …but Money is not
      assert.equal(new Money('123456.789').plus('0.001').toString(), '123456.79');
      assert.equal(new Money('2.345').toFixed(2), '2.35');
      assert.equal(formatMoney(new Money('1485000').plus('0.01'), { digits: 2, grouping: true }), '1,485,000.01');
      assert.deepEqual(fixed(allocate('80000', 12, 2)), [...times(8, '6666.67'), ...times(4, '6666.66')]);
    } finally {
      GlobalDecimal.set({ defaults: true });
    }
  });
});

describe('Money, loaded after a host changed the global decimal.js settings', () => {
  it('still uses its own settings, not the host\'s maxE, minE or modulo', async () => {
    GlobalDecimal.set({ maxE: 3, minE: -3, modulo: GlobalDecimal.EUCLID, precision: 5 });
    try {
      // a distinct URL loads a fresh copy of the module, as if costmodel were imported now
      const url = new URL('../../lib/money/decimal.js?loaded-after-host-settings', import.meta.url).href;
      const fresh = (await import(url)) as typeof import('../../lib/money/decimal.js');
      assert.equal(new fresh.Money('12345').plus('1').toString(), '12346');
      assert.equal(new fresh.Money('0.00001').toString(), '0.00001');
      assert.equal(new fresh.Money('123456.789').plus('0.001').toString(), '123456.79');
      assert.equal(new fresh.Money('-7').mod(3).toString(), '-1'); // truncated modulo, the default
    } finally {
      GlobalDecimal.set({ defaults: true });
    }
  });
});

it('sameDecimal says what equals says, for values written, computed and rounded every way', () => {
  // Written with trailing zeros or without: "12.5", "12.500", "-0.0", "7."
  const written = fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 3 })).map(([units, places, zeros]) => {
    const digits = (units < 0n ? -units : units).toString().padStart(places + 1, '0');
    const whole = digits.slice(0, digits.length - places);
    const fraction = digits.slice(digits.length - places) + '0'.repeat(zeros);
    return new Money(`${units < 0n ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`);
  });
  const value = fc.oneof(
    written,
    fc.tuple(written, written).map(([a, b]) => a.plus(b)),
    fc.tuple(written, written).map(([a, b]) => a.times(b)),
    fc.tuple(written, fc.integer({ min: 1, max: 7 })).map(([a, n]) => a.dividedBy(n)),
    fc.constantFrom(new Money(0), new Money('-0'), new Money('0.000'), new Money(NaN), new Money(Infinity), new Money(-Infinity)),
  );
  fc.assert(
    fc.property(value, value, (a, b) => {
      assert.equal(sameDecimal(a, b), a.equals(b), `${a.toString()} and ${b.toString()}`);
      assert.equal(sameDecimal(a, new Money(a.toString())), !a.isNaN());
      assert.equal(sameDecimal(a, a.negated()), a.equals(a.negated()));
    }),
    { numRuns: 3000 },
  );
});
