import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartMoney, chartNumber, compactMoney, moneyAxisLabelExpr } from '../../../lib/render/charts/chartMoney.js';
import { renderSvg } from '../../../lib/render/renderSvg.js';

describe('chartMoney', () => {
  it('writes the exact amount with the symbol, thousands separators and the minor unit', () => {
    assert.equal(chartMoney('1485000.00', 'USD', 2), '$1,485,000.00');
    assert.equal(chartMoney('12345678901234567.89', 'USD', 2), '$12,345,678,901,234,567.89');
    assert.equal(chartMoney('1500', 'JPY', 0), '¥1,500');
  });

  it('rounds to whole units half away from zero for labels on the picture', () => {
    assert.equal(chartMoney('296080.18', 'USD', 2, { cents: 'never' }), '$296,080');
    assert.equal(chartMoney('2.50', 'USD', 2, { cents: 'never' }), '$3');
    assert.equal(chartMoney('-2.50', 'USD', 2, { cents: 'never' }), '-$3');
  });

  it('puts the sign before the symbol, and never writes -$0', () => {
    assert.equal(chartMoney('-1341000.00', 'EUR', 2), '-€1,341,000.00');
    assert.equal(chartMoney('-0.40', 'USD', 2, { cents: 'never' }), '$0');
  });
});

describe('chartNumber', () => {
  it('turns a decimal string into the number a chart positions', () => {
    assert.equal(chartNumber('1485000.00'), 1485000);
    assert.equal(chartNumber('0.10'), 0.1);
  });
});

describe('compactMoney', () => {
  it('writes K, M and B with up to three significant digits', () => {
    assert.deepEqual(
      [0, 950, 1000, 1500, 85000, 200000, 1400000, 1485000, 2e9].map((v) => compactMoney(v, 'USD')),
      ['$0', '$950', '$1K', '$1.5K', '$85K', '$200K', '$1.4M', '$1.49M', '$2B'],
    );
  });

  it('writes an amount below a thousand as toLocaleString(\'en\') does, whole or not', () => {
    const below = [0, -0, 1, 7, 10, 99, 100, 512, 999, -999, 999.4, 999.95, 12.5, 0.5, 0.0004, 0.0005, 123.456, -0.25];
    for (const value of below) {
      const expected = `${value < 0 ? '-' : ''}$${Number(Number(Math.abs(value).toPrecision(4))).toLocaleString('en')}`;
      assert.equal(compactMoney(value, 'USD'), expected, String(value));
    }
  });
});

describe('moneyAxisLabelExpr', () => {
  it('labels an axis as compactMoney writes the same values', async () => {
    const values = [0, 950, 1500, 85000, 200000, 1400000, 2e9];
    const svg = await renderSvg(
      {
        data: { values: [{ v: 0 }, { v: 2e9 }] },
        mark: 'point',
        encoding: { x: { field: 'v', type: 'quantitative', axis: { values, labelExpr: moneyAxisLabelExpr('EUR'), labelOverlap: false } } },
        width: 4000,
      },
      { tooltips: false },
    );
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const value of values) assert.ok(labels.includes(compactMoney(value, 'EUR')), `${compactMoney(value, 'EUR')} in ${labels.join(' | ')}`);
  });
});
