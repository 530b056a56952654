import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayAmount } from '../../lib/render/displayAmount.js';

describe('displayAmount', () => {
  it('groups thousands for people', () => {
    assert.equal(displayAmount('1485000.00', 2), '1,485,000.00');
  });

  it('signs differences when asked, minus for a saving', () => {
    assert.equal(displayAmount('1341000.00', 2, { signed: true }), '+1,341,000.00');
    assert.equal(displayAmount('-25500.00', 2, { signed: true }), '-25,500.00');
    assert.equal(displayAmount('0.00', 2, { signed: true }), '0.00');
  });

  it('writes the currency\'s minor-unit digits', () => {
    assert.equal(displayAmount('1500000', 0), '1,500,000');
  });
});

describe('displayAmount of any amount', () => {
  it('writes a result\'s amount as formatMoney does, rounded or not, signed or not, at 0 to 3 digits', async () => {
    const fc = (await import('fast-check')).default;
    const { formatMoney } = await import('../../lib/money/formatMoney.js');
    const { Money } = await import('../../lib/money/decimal.js');
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 4 }), fc.boolean(), (units, digits, written, signed) => {
        const text = written === 0 ? units.toString() : new Money(units.toString()).dividedBy(10 ** written).toFixed(written);
        assert.equal(displayAmount(text, digits, { signed }), formatMoney(new Money(text), { digits, grouping: true, signed }));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes zero without a sign, however it is written', () => {
    assert.deepEqual(['-0.00', '0.00', '-0'].map((amount) => displayAmount(amount, 2, { signed: true })), ['0.00', '0.00', '0.00']);
  });
});
