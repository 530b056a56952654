/**
 * The amount cell of an accounts export, read exactly. Each expected value is the amount
 * in minor units worked out by hand: cents for USD and EUR (2 digits), yen for JPY (0),
 * fils for KWD (3).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AMOUNT_EXPORT_ADVICE, readAmount } from '../../lib/money/readAmount.js';

/** The minor units read from a cell, or the problem when the cell is refused. */
function units(cell: string, currency = 'USD', minorDigits?: number): bigint | string {
  const reading = readAmount(cell, minorDigits === undefined ? { currency } : { currency, minorDigits });
  return reading.ok ? reading.minorUnits : `refused: ${reading.message}`;
}

function problem(cell: string, currency = 'USD'): string {
  const reading = readAmount(cell, { currency });
  if (reading.ok) assert.fail(`expected ${JSON.stringify(cell)} to be refused, read ${reading.minorUnits}`);
  return reading.message;
}

describe('readAmount: what it reads', () => {
  it('reads plain numbers exactly, in the currency\'s minor unit', () => {
    assert.equal(units('4310.50'), 431050n);
    assert.equal(units('4310.5'), 431050n);
    assert.equal(units('4000'), 400000n);
    assert.equal(units('4000.'), 400000n);
    assert.equal(units('0'), 0n);
    assert.equal(units('.5'), 50n);
    assert.equal(units('0.01'), 1n);
    // trailing zeros add no precision: 4000.500 is 4000.50
    assert.equal(units('4000.500'), 400050n);
    // beyond 2^53: no JS number in between
    assert.equal(units('123456789012345678.99'), 12345678901234567899n);
  });

  it('reads negative amounts (refunds, credits), with a minus or in accounting parentheses', () => {
    assert.equal(units('-250.00'), -25000n);
    assert.equal(units('(250)'), -25000n);
    assert.equal(units('(1,234.56)'), -123456n);
    assert.equal(units('( 250.5 )'), -25050n);
    assert.equal(units('- 250'), -25000n);
    assert.equal(units('-0'), 0n);
  });

  it('reads the unambiguous English thousands separators', () => {
    assert.equal(units('1,234,567.89'), 123456789n);
    assert.equal(units('4,000.00'), 400000n);
    assert.equal(units('4,000'), 400000n);
    assert.equal(units('999,999.9'), 99999990n);
  });

  it('reads the reporting currency\'s ISO code or its English symbol, before or after the number, outside or inside the sign', () => {
    assert.equal(units('$4,000.00'), 400000n);
    assert.equal(units('USD 4000'), 400000n);
    assert.equal(units('4000.00 USD'), 400000n);
    assert.equal(units('usd4000'), 400000n);
    assert.equal(units('4000$'), 400000n);
    assert.equal(units('-$250.00'), -25000n);
    assert.equal(units('$-250.00'), -25000n);
    assert.equal(units('($1,234.56)'), -123456n);
    assert.equal(units('$ (1,234.56)'), -123456n);
    assert.equal(units('€4,000.00', 'EUR'), 400000n);
    assert.equal(units('EUR 4000.5', 'EUR'), 400050n);
    assert.equal(units('¥4,000', 'JPY'), 4000n);
  });

  it('takes the minor unit from the currency, or as given', () => {
    assert.equal(units('4000', 'JPY'), 4000n);
    assert.equal(units('1.234', 'KWD'), 1234n);
    assert.equal(units('1,234.000', 'KWD'), 1234000n);
    assert.equal(units('4000.5', 'USD', 1), 40005n);
  });

  it('ignores spaces around the cell', () => {
    assert.equal(units('  4000.00 '), 400000n);
  });
});

describe('readAmount: what it refuses, and why', () => {
  it('refuses an empty amount', () => {
    assert.equal(problem(''), 'the amount is empty; give the amount paid (0 for nothing)');
    assert.equal(problem('   '), 'the amount is empty; give the amount paid (0 for nothing)');
  });

  it('refuses more decimals than the currency\'s minor unit: nothing is rounded', () => {
    assert.equal(problem('4310.505'), 'amount "4310.505" has 3 decimals, but USD payments have at most 2');
    assert.equal(problem('4000.5', 'JPY'), 'amount "4000.5" has 1 decimal, but JPY payments have none');
    assert.equal(problem('1.2345', 'KWD'), 'amount "1.2345" has 4 decimals, but KWD payments have at most 3');
  });

  it('says how to export when a dot may separate thousands', () => {
    assert.equal(problem('1.234'), `amount "1.234" has 3 decimals, but USD payments have at most 2; if the dot separates thousands, ${AMOUNT_EXPORT_ADVICE}`);
    assert.equal(problem('-1.234'), `amount "-1.234" has 3 decimals, but USD payments have at most 2; if the dot separates thousands, ${AMOUNT_EXPORT_ADVICE}`);
  });

  it('refuses separators that are not the English form, saying how to export', () => {
    assert.equal(problem('1.234,56'), `amount "1.234,56" is ambiguous: ${AMOUNT_EXPORT_ADVICE}`);
    for (const cell of ['1 234,56', '4000,50', '1,23,456.00', '1,2345.00', '12,34', "1'234.56", '1.234.567', '1\u00A0234,56']) {
      assert.equal(problem(cell), `amount ${JSON.stringify(cell)} is ambiguous: ${AMOUNT_EXPORT_ADVICE}`, cell);
    }
  });

  it('refuses "1,234" for a currency with three decimals, where it could mean 1.234', () => {
    assert.equal(units('1,234', 'USD'), 123400n);
    assert.equal(problem('1,234', 'KWD'), `amount "1,234" is ambiguous: ${AMOUNT_EXPORT_ADVICE}`);
  });

  it('refuses another currency\'s symbol or code', () => {
    assert.equal(problem('€4,000.00'), `amount "€4,000.00" is not in USD, the plan's currency: convert it to USD and ${AMOUNT_EXPORT_ADVICE}`);
    assert.equal(problem('EUR 4000'), `amount "EUR 4000" is not in USD, the plan's currency: convert it to USD and ${AMOUNT_EXPORT_ADVICE}`);
    assert.equal(problem('4000 GBP'), `amount "4000 GBP" is not in USD, the plan's currency: convert it to USD and ${AMOUNT_EXPORT_ADVICE}`);
    assert.equal(problem('$4,000.00', 'EUR'), `amount "$4,000.00" is not in EUR, the plan's currency: convert it to EUR and ${AMOUNT_EXPORT_ADVICE}`);
  });

  it('refuses what is not a number', () => {
    assert.equal(problem('four thousand'), `amount "four thousand" is not a number: ${AMOUNT_EXPORT_ADVICE}`);
    for (const cell of ['4e3', '--4000', '(-4000)', '4000-', '+4000', '$', '()', 'USD USD 4000', '1.2.3.4a', 'NaN', 'Infinity', '0x10']) {
      assert.equal(problem(cell), `amount ${JSON.stringify(cell)} is not a number: ${AMOUNT_EXPORT_ADVICE}`, cell);
    }
  });
});

describe('readAmount: laws', () => {
  it('reads back every amount written plainly, with thousands separators, in parentheses or with the symbol', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (cents) => {
        const size = cents < 0n ? -cents : cents;
        const whole = (size / 100n).toString();
        const fraction = (size % 100n).toString().padStart(2, '0');
        const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        const negative = cents < 0n;
        for (const cell of [`${negative ? '-' : ''}${whole}.${fraction}`, `${negative ? '-' : ''}${grouped}.${fraction}`, negative ? `($${grouped}.${fraction})` : `$${grouped}.${fraction}`]) {
          assert.equal(units(cell), cents, cell);
        }
      }),
    );
  });
});
