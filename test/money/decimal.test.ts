import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Decimal as GlobalDecimal } from 'decimal.js';
import fc from 'fast-check';
import { allocate } from '../../lib/money/allocate.js';
import { Money, ZERO } from '../../lib/money/decimal.js';
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
