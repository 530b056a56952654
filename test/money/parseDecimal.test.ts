import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDecimal, parseRate } from '../../lib/money/parseDecimal.js';

describe('parseDecimal', () => {
  it('reads a decimal string exactly', () => {
    assert.equal(parseDecimal('45000')?.toFixed(2), '45000.00');
    assert.equal(parseDecimal('40000.00')?.toFixed(2), '40000.00');
    assert.equal(parseDecimal('0.1')?.toString(), '0.1');
    assert.equal(parseDecimal('.5')?.toString(), '0.5');
    assert.equal(parseDecimal('123456789012345678901234.56')?.toFixed(2), '123456789012345678901234.56');
  });

  it('reads a number through its shortest round-trip string, so 0.1 is exactly 0.1', () => {
    assert.equal(parseDecimal(45000)?.toFixed(2), '45000.00');
    assert.equal(parseDecimal(0.1)?.toString(), '0.1');
    assert.equal(parseDecimal(-0)?.toString(), '0');
  });

  it('ignores surrounding whitespace', () => {
    assert.equal(parseDecimal(' 45000 ')?.toString(), '45000');
  });

  it('reads negative strings (the schema, not the parser, forbids negative amounts)', () => {
    assert.equal(parseDecimal('-5')?.toString(), '-5');
  });

  it('rejects thousands separators, currency symbols, exponents and other text', () => {
    for (const text of ['45,000', '$5', '5$', '1e3', '1E3', '0x10', '1_000', '+5', '', ' ', '.', '-', 'abc', '5 000', 'Infinity', 'NaN']) {
      assert.equal(parseDecimal(text), undefined, JSON.stringify(text));
    }
  });

  it('rejects NaN and infinite numbers', () => {
    assert.equal(parseDecimal(Number.NaN), undefined);
    assert.equal(parseDecimal(Number.POSITIVE_INFINITY), undefined);
    assert.equal(parseDecimal(Number.NEGATIVE_INFINITY), undefined);
  });

  it('rejects values that are neither strings nor numbers', () => {
    for (const value of [null, undefined, true, [], {}, 5n]) assert.equal(parseDecimal(value), undefined, String(value));
  });
});

describe('parseRate', () => {
  it('reads a fraction given as a number or a string', () => {
    assert.equal(parseRate(0.03)?.toString(), '0.03');
    assert.equal(parseRate('0.1')?.toString(), '0.1');
  });

  it('reads a percent string as a fraction', () => {
    assert.equal(parseRate('3%')?.toString(), '0.03');
    assert.equal(parseRate('3.5%')?.toString(), '0.035');
    assert.equal(parseRate(' 8 %')?.toString(), '0.08');
    assert.equal(parseRate('150%')?.toString(), '1.5');
    assert.equal(parseRate('-2%')?.toString(), '-0.02');
  });

  it('rejects malformed rates', () => {
    for (const value of ['%', 'x%', '3%%', '3 percent', '1e-2', '3,5%', Number.NaN, Number.POSITIVE_INFINITY, null]) {
      assert.equal(parseRate(value), undefined, String(value));
    }
  });
});
