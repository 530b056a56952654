import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minorUnitDigits } from '../../lib/money/minorUnitDigits.js';
import { roundMoney } from '../../lib/money/roundMoney.js';

describe('roundMoney', () => {
  it('rounds 2.345 up to 2.35 (half away from zero, like ROUND())', () => {
    assert.equal(roundMoney('2.345', 2).toFixed(2), '2.35');
  });

  it('rounds -2.345 to -2.35, away from zero, not towards +infinity', () => {
    assert.equal(roundMoney('-2.345', 2).toFixed(2), '-2.35');
  });

  it('rounds 2.344 down to 2.34', () => {
    assert.equal(roundMoney('2.344', 2).toFixed(2), '2.34');
  });

  it('rounds 0.125 to 0.13, not to the even 0.12 (no banker\'s rounding)', () => {
    assert.equal(roundMoney('0.125', 2).toFixed(2), '0.13');
  });

  it('rounds a number input exactly as written: 1.005 → 1.01 (the binary double is 1.00499…)', () => {
    assert.equal(roundMoney(1.005, 2).toFixed(2), '1.01');
  });

  it('rounds to whole yen for JPY (0 digits)', () => {
    const digits = minorUnitDigits('JPY');
    assert.equal(roundMoney('1234.5', digits).toFixed(digits), '1235');
    assert.equal(roundMoney('-1234.5', digits).toFixed(digits), '-1235');
    assert.equal(roundMoney('1234.49', digits).toFixed(digits), '1234');
  });

  it('rounds to fils for KWD (3 digits)', () => {
    const digits = minorUnitDigits('KWD');
    assert.equal(roundMoney('1.2345', digits).toFixed(digits), '1.235');
    assert.equal(roundMoney('1.2344', digits).toFixed(digits), '1.234');
  });

  it('leaves an amount that already fits unchanged', () => {
    assert.equal(roundMoney('40000', 2).toString(), '40000');
  });
});
