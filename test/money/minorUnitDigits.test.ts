import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isKnownCurrency, minorUnitDigits } from '../../lib/money/minorUnitDigits.js';

// ISO 4217: USD and EUR have cents, JPY has no minor unit, KWD and BHD have fils (1/1000).
describe('minorUnitDigits', () => {
  it('is 2 for USD and EUR', () => {
    assert.equal(minorUnitDigits('USD'), 2);
    assert.equal(minorUnitDigits('EUR'), 2);
  });

  it('is 0 for JPY', () => {
    assert.equal(minorUnitDigits('JPY'), 0);
  });

  it('is 3 for KWD and BHD', () => {
    assert.equal(minorUnitDigits('KWD'), 3);
    assert.equal(minorUnitDigits('BHD'), 3);
  });

  it('agrees with Intl.NumberFormat for every currency the platform knows (no hand-written table)', () => {
    for (const code of Intl.supportedValuesOf('currency')) {
      const expected = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits;
      assert.equal(minorUnitDigits(code), expected, code);
    }
  });
});

describe('isKnownCurrency', () => {
  it('knows ISO 4217 codes', () => {
    for (const code of ['USD', 'EUR', 'JPY', 'KWD', 'GBP', 'CHF']) assert.equal(isKnownCurrency(code), true, code);
  });

  it('rejects three capitals that are not a currency', () => {
    assert.equal(isKnownCurrency('XYZ'), false);
    assert.equal(isKnownCurrency('ABC'), false);
  });

  it('rejects codes in the wrong shape', () => {
    for (const code of ['usd', 'US', 'USDD', 'XYZ1', '', ' USD']) assert.equal(isKnownCurrency(code), false, code);
  });
});
