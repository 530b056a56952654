import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Money } from '../../lib/money/decimal.js';
import { formatMoney } from '../../lib/money/formatMoney.js';

const usd = { digits: 2 } as const;

describe('formatMoney', () => {
  it('writes a fixed number of decimals without grouping by default (for CSV and JSON)', () => {
    assert.equal(formatMoney(new Money('1485000'), usd), '1485000.00');
  });

  it('groups thousands with commas for people', () => {
    assert.equal(formatMoney(new Money('1485000'), { digits: 2, grouping: true }), '1,485,000.00');
    assert.equal(formatMoney(new Money('999.99'), { digits: 2, grouping: true }), '999.99');
    assert.equal(formatMoney(new Money('1000'), { digits: 2, grouping: true }), '1,000.00');
    assert.equal(formatMoney(new Money('123456789012.3'), { digits: 2, grouping: true }), '123,456,789,012.30');
  });

  it('does not group the decimals', () => {
    assert.equal(formatMoney(new Money('1234.5678'), { digits: 4, grouping: true }), '1,234.5678');
  });

  it('writes negative amounts with a leading minus', () => {
    assert.equal(formatMoney(new Money('-1341000'), { digits: 2, grouping: true }), '-1,341,000.00');
  });

  it('shows a plus sign on positive differences when signed', () => {
    assert.equal(formatMoney(new Money('1341000'), { digits: 2, grouping: true, signed: true }), '+1,341,000.00');
    assert.equal(formatMoney(new Money('-5'), { digits: 2, signed: true }), '-5.00');
  });

  it('writes zero without a sign, even when signed', () => {
    assert.equal(formatMoney(new Money('0'), usd), '0.00');
    assert.equal(formatMoney(new Money('0'), { digits: 2, signed: true }), '0.00');
  });

  it('never writes "-0.00": not for negative zero nor for a tiny negative amount that rounds to zero', () => {
    assert.equal(formatMoney(new Money('-0'), usd), '0.00');
    assert.equal(formatMoney(new Money('-0.004'), usd), '0.00');
    assert.equal(formatMoney(new Money('-0.004'), { digits: 2, signed: true }), '0.00');
    assert.equal(formatMoney(new Money('0.004'), { digits: 2, signed: true }), '0.00');
  });

  it('rounds half away from zero to the digits', () => {
    assert.equal(formatMoney(new Money('2.345'), usd), '2.35');
    assert.equal(formatMoney(new Money('-2.345'), usd), '-2.35');
    assert.equal(formatMoney(new Money('999.995'), { digits: 2, grouping: true }), '1,000.00');
  });

  it('writes whole units without a decimal point for 0 digits (JPY)', () => {
    assert.equal(formatMoney(new Money('1234567'), { digits: 0, grouping: true }), '1,234,567');
  });

  it('is exact far beyond the precision of a JS number', () => {
    // 2^53 + 1 = 9007199254740993 cannot be a double
    assert.equal(formatMoney(new Money('9007199254740993.01'), usd), '9007199254740993.01');
  });
});
