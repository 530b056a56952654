import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { currencyAffixes } from '../../lib/money/currencyAffixes.js';
import { isKnownCurrency, minorUnitDigits, useRecordedCurrencies } from '../../lib/money/minorUnitDigits.js';
import { recordCurrencies } from '../../lib/money/recordCurrencies.js';

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

describe('recordCurrencies', () => {
  it('records what Intl.NumberFormat gives for every currency the platform knows, with the versions given', () => {
    const record = recordCurrencies({ icu: '74.2', cldr: '44.1' });
    assert.equal(record.icu, '74.2');
    assert.equal(record.cldr, '44.1');
    assert.deepEqual(Object.keys(record.digits), Intl.supportedValuesOf('currency'));
    assert.deepEqual(Object.keys(record.affixes ?? {}), Intl.supportedValuesOf('currency'));
    assert.equal(record.digits.USD, 2);
    assert.equal(record.digits.JPY, 0);
    assert.equal(record.digits.KWD, 3);
    assert.deepEqual(record.affixes?.USD, ['$', '']);
    assert.deepEqual(record.affixes?.CHF, ['CHF ', '']);
    for (const [code, digits] of Object.entries(record.digits)) {
      const format = new Intl.NumberFormat('en', { style: 'currency', currency: code });
      assert.equal(digits, format.resolvedOptions().maximumFractionDigits, code);
      const [prefix, suffix]: readonly (string | undefined)[] = record.affixes?.[code] ?? [];
      // The affixes are what Intl writes around the amount (a no-break space read as a space).
      assert.equal(`${prefix}1${digits === 0 ? '' : `.${'0'.repeat(digits)}`}${suffix}`, format.format(1).replace(/\u00a0/g, ' '), code);
    }
  });
});

describe('useRecordedCurrencies', () => {
  // A record that differs from Intl (USD with 4 digits) shows which of the two answered.
  const record = { icu: '74.2', cldr: '44.1', digits: { USD: 4 }, affixes: { USD: ['US$ ', ' dollars'] as const } };
  afterEach(() => useRecordedCurrencies(undefined, {}));

  it('answers from the record when it was made with the ICU and CLDR versions running', () => {
    assert.equal(useRecordedCurrencies(record, { icu: '74.2', cldr: '44.1' }), true);
    assert.equal(minorUnitDigits('USD'), 4);
  });

  it('gives the recorded affixes of a currency when the versions match, and those of Intl otherwise', () => {
    // currencyAffixes keeps what it first answered for a currency: each case asks a currency afresh.
    useRecordedCurrencies({ ...record, affixes: { XAU: ['gold ', ' oz'] } }, { icu: '74.2', cldr: '44.1' });
    assert.deepEqual(currencyAffixes('XAU'), { prefix: 'gold ', suffix: ' oz' });
    useRecordedCurrencies({ ...record, affixes: { XAG: ['silver ', ''] } }, { icu: '74.1', cldr: '44.1' });
    assert.deepEqual(currencyAffixes('XAG'), { prefix: 'XAG ', suffix: '' });
  });

  it('asks Intl for a currency the record lacks', () => {
    useRecordedCurrencies(record, { icu: '74.2', cldr: '44.1' });
    assert.equal(minorUnitDigits('JPY'), 0);
  });

  it('ignores a record made with another ICU or another CLDR, and asks Intl', () => {
    for (const running of [{ icu: '74.1', cldr: '44.1' }, { icu: '74.2', cldr: '44.0' }, {}]) {
      assert.equal(useRecordedCurrencies(record, running), false, JSON.stringify(running));
      assert.equal(minorUnitDigits('USD'), 2);
    }
  });

  it('ignores a record that does not say which versions made it', () => {
    assert.equal(useRecordedCurrencies({ digits: { USD: 4 } }, {}), false);
    assert.equal(minorUnitDigits('USD'), 2);
  });

  it('forgets the record when given none', () => {
    useRecordedCurrencies(record, { icu: '74.2', cldr: '44.1' });
    useRecordedCurrencies(undefined, { icu: '74.2', cldr: '44.1' });
    assert.equal(minorUnitDigits('USD'), 2);
  });

  it('does not take an inherited name for a currency', () => {
    useRecordedCurrencies(record, { icu: '74.2', cldr: '44.1' });
    assert.throws(() => minorUnitDigits('toString'), RangeError);
  });
});

describe('currencyAffixes', () => {
  it('puts the symbol English documents use before the amount', () => {
    assert.deepEqual(['USD', 'EUR', 'GBP', 'JPY', 'CAD'].map((c) => currencyAffixes(c).prefix), ['$', '€', '£', '¥', 'CA$']);
  });

  it('writes a currency with no symbol as its code and a space', () => {
    assert.deepEqual(currencyAffixes('CHF'), { prefix: 'CHF ', suffix: '' });
  });
});
