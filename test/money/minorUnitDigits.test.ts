import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { isKnownCurrency, minorUnitDigits, recordMinorUnitDigits, useRecordedMinorUnitDigits } from '../../lib/money/minorUnitDigits.js';

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

describe('recordMinorUnitDigits', () => {
  it('records what Intl.NumberFormat gives for every currency the platform knows, with the versions given', () => {
    const record = recordMinorUnitDigits({ icu: '74.2', cldr: '44.1' });
    assert.equal(record.icu, '74.2');
    assert.equal(record.cldr, '44.1');
    assert.deepEqual(Object.keys(record.digits), Intl.supportedValuesOf('currency'));
    assert.equal(record.digits.USD, 2);
    assert.equal(record.digits.JPY, 0);
    assert.equal(record.digits.KWD, 3);
    for (const [code, digits] of Object.entries(record.digits)) {
      assert.equal(digits, new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits, code);
    }
  });
});

describe('useRecordedMinorUnitDigits', () => {
  // A record that differs from Intl (USD with 4 digits) shows which of the two answered.
  const record = { icu: '74.2', cldr: '44.1', digits: { USD: 4 } };
  afterEach(() => useRecordedMinorUnitDigits(undefined, {}));

  it('answers from the record when it was made with the ICU and CLDR versions running', () => {
    assert.equal(useRecordedMinorUnitDigits(record, { icu: '74.2', cldr: '44.1' }), true);
    assert.equal(minorUnitDigits('USD'), 4);
  });

  it('asks Intl for a currency the record lacks', () => {
    useRecordedMinorUnitDigits(record, { icu: '74.2', cldr: '44.1' });
    assert.equal(minorUnitDigits('JPY'), 0);
  });

  it('ignores a record made with another ICU or another CLDR, and asks Intl', () => {
    for (const running of [{ icu: '74.1', cldr: '44.1' }, { icu: '74.2', cldr: '44.0' }, {}]) {
      assert.equal(useRecordedMinorUnitDigits(record, running), false, JSON.stringify(running));
      assert.equal(minorUnitDigits('USD'), 2);
    }
  });

  it('ignores a record that does not say which versions made it', () => {
    assert.equal(useRecordedMinorUnitDigits({ digits: { USD: 4 } }, {}), false);
    assert.equal(minorUnitDigits('USD'), 2);
  });

  it('forgets the record when given none', () => {
    useRecordedMinorUnitDigits(record, { icu: '74.2', cldr: '44.1' });
    useRecordedMinorUnitDigits(undefined, { icu: '74.2', cldr: '44.1' });
    assert.equal(minorUnitDigits('USD'), 2);
  });

  it('does not take an inherited name for a currency', () => {
    useRecordedMinorUnitDigits(record, { icu: '74.2', cldr: '44.1' });
    assert.throws(() => minorUnitDigits('toString'), RangeError);
  });
});
