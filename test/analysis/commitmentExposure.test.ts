import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { commitmentExposure, exposureMinorUnits } from '../../lib/analysis/commitmentExposure.js';
import { Money } from '../../lib/money/decimal.js';
import { fixed, foundingScenarios, scenarioOf, times } from '../support/fixtures.js';

describe('commitmentExposure', () => {
  const { selfHosted, managed } = foundingScenarios();

  it('gives the founding example\'s committed minimum: 45,000 + 24 × 40,000 = 1,005,000.00', () => {
    const exposure = commitmentExposure(managed);
    assert.equal(exposure?.months, 24);
    assert.equal(exposure?.committedMinimum.toFixed(2), '1005000.00');
  });

  it('costs 480,000.00 to leave after month 12 (the 12 remaining months × 40,000)', () => {
    assert.equal(commitmentExposure(managed)?.exitCosts[11]?.toFixed(2), '480000.00');
  });

  it('costs the remaining months to leave after each month, down to 0 after the last', () => {
    // after month k (1-based) there are 24 − k months of 40,000 left
    const expected = Array.from({ length: 24 }, (_, k) => (40000 * (23 - k)).toFixed(2));
    assert.deepEqual(fixed(commitmentExposure(managed)?.exitCosts ?? []), expected);
    assert.equal(commitmentExposure(managed)?.exitCosts[23]?.toFixed(2), '0.00');
  });

  it('is undefined without a commitment', () => {
    assert.equal(commitmentExposure(selfHosted), undefined);
  });

  it('counts a term longer than any horizon in full', () => {
    // 45,000 + 48 × 40,000 = 1,965,000
    const longTerm = scenarioOf({ ...managed.definition, commitment: { months: 48 } });
    const exposure = commitmentExposure(longTerm);
    assert.equal(exposure?.committedMinimum.toFixed(2), '1965000.00');
    assert.equal(exposure?.exitCosts.length, 48);
  });

  it('counts only payments due within the term, including a yearly fee paid upfront inside it', () => {
    // 18 months: 12,000 paid in month 1 and month 13, both inside the term
    const yearly = scenarioOf({
      name: 'Yearly',
      currency: 'USD',
      start: '2009-05',
      commitment: { months: 18 },
      costs: [{ name: 'Licence', kind: 'recurring', amount: '12000', every: 'year' }],
    });
    const exposure = commitmentExposure(yearly);
    assert.equal(exposure?.committedMinimum.toFixed(2), '24000.00');
    assert.deepEqual(fixed(exposure?.exitCosts ?? []), [...times(12, '12000.00'), ...times(6, '0.00')]);
  });

  it('stops counting an item that ends within the term', () => {
    // 6 months × 1000 of a 12-month term
    const short = scenarioOf({
      name: 'Short',
      currency: 'USD',
      start: '2009-05',
      commitment: { months: 12 },
      costs: [{ name: 'Fee', kind: 'recurring', amount: '1000', every: 'month', months: 6 }],
    });
    assert.equal(commitmentExposure(short)?.committedMinimum.toFixed(2), '6000.00');
  });

  it('runs the term from the scenario\'s own start and counts one-time payments within it', () => {
    const later = scenarioOf({
      name: 'Later',
      currency: 'USD',
      start: '2010-05',
      commitment: { months: 2 },
      costs: [
        { name: 'Setup', kind: 'one-time', amount: '500', month: '2010-06' },
        { name: 'Exit fee', kind: 'one-time', amount: '700', month: '2010-07' },
        { name: 'Fee', kind: 'recurring', amount: '100', every: 'month' },
      ],
    });
    // 100 + (100 + 500); the exit fee in the third month is outside the term
    const exposure = commitmentExposure(later);
    assert.equal(exposure?.committedMinimum.toFixed(2), '700.00');
    assert.deepEqual(fixed(exposure?.exitCosts ?? []), ['600.00', '0.00']);
  });

  describe('with an exit fee rule', () => {
    const withFee = (exitFee: NonNullable<NonNullable<typeof managed.definition.commitment>['exitFee']>) =>
      scenarioOf({ ...managed.definition, commitment: { months: 24, exitFee } });

    it('"remaining" is the default: all the payments still due in the term', () => {
      assert.deepEqual(fixed(commitmentExposure(withFee({ kind: 'remaining' }))?.exitCosts ?? []), fixed(commitmentExposure(managed)?.exitCosts ?? []));
    });

    it('"share" charges that share of the remaining payments: 50% of 12 × 40,000 after month 12', () => {
      const exposure = commitmentExposure(withFee({ kind: 'share', rate: '50%' }));
      assert.equal(exposure?.exitCosts[11]?.toFixed(2), '240000.00');
      // after month 23, one payment of 40,000 is left: half of it
      assert.equal(exposure?.exitCosts[22]?.toFixed(2), '20000.00');
    });

    it('"share" rounds the fee to the cent, half away from zero', () => {
      const odd = scenarioOf({ name: 'Odd', currency: 'USD', start: '2009-05', commitment: { months: 2, exitFee: { kind: 'share', rate: '0.125' } },
        costs: [{ name: 'Fee', kind: 'recurring', amount: '0.20', every: 'month' }] });
      // 12.5% of 0.20 = 0.025 → 0.03
      assert.deepEqual(fixed(commitmentExposure(odd)?.exitCosts ?? []), ['0.03', '0.00']);
    });

    it('"fixed" charges its amount whatever is left, until the term is over', () => {
      const exposure = commitmentExposure(withFee({ kind: 'fixed', amount: '50000' }));
      assert.deepEqual(fixed(exposure?.exitCosts ?? []), [...times(23, '50000.00'), '0.00']);
    });

    it('adds a fixed amount to the share: 10,000 + 25% of the remaining payments', () => {
      const exposure = commitmentExposure(withFee({ kind: 'share', rate: '25%', amount: '10000' }));
      // after month 12: 10,000 + 25% × 480,000 = 130,000.00
      assert.equal(exposure?.exitCosts[11]?.toFixed(2), '130000.00');
    });

    it('"share" in minor units gives the cent Decimal arithmetic gives, half away from zero, for any remaining amount and rate', () => {
      const rates = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 12, max: 24 })).map(([units, scale]) => new Money(units.toString()).dividedBy(new Money(10).pow(scale)).toFixed());
      fc.assert(
        fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), rates, fc.integer({ min: 0, max: 100000 }), (remaining, rate, fixedCents) => {
          const scenario = scenarioOf({ name: 'Share', currency: 'USD', start: '2009-05', commitment: { months: 2, exitFee: { kind: 'share', rate, amount: (fixedCents / 100).toFixed(2) } }, costs: [] });
          const expected = new Money(remaining.toString()).dividedBy(100).times(rate).toDecimalPlaces(2, Money.ROUND_HALF_UP).plus(fixedCents / 100).toFixed(2);
          const cost = exposureMinorUnits(scenario, [0n, remaining], undefined).exitCosts[0] as bigint;
          assert.equal(new Money(cost.toString()).dividedBy(100).toFixed(2), expected);
        }),
        { numRuns: 300 },
      );
    });

    it('"share" keeps Decimal\'s 40 significant digits where the product of amount and rate is longer', () => {
      // 10^30 cents × 0.1234567890123 has 44 digits: Decimal rounds it to 40 first, as before
      const scenario = scenarioOf({ name: 'Share', currency: 'USD', start: '2009-05', commitment: { months: 2, exitFee: { kind: 'share', rate: '0.1234567890123' } }, costs: [] });
      const remaining = 10n ** 30n + 7n;
      const expected = new Money(remaining.toString()).dividedBy(100).times('0.1234567890123').toDecimalPlaces(2, Money.ROUND_HALF_UP).toFixed(2);
      const cost = exposureMinorUnits(scenario, [0n, remaining], undefined).exitCosts[0] as bigint;
      assert.equal(new Money(cost.toString()).dividedBy(100).toFixed(2), expected);
    });

    it('does not change the committed minimum: what the term obliges you to pay', () => {
      assert.equal(commitmentExposure(withFee({ kind: 'fixed', amount: '1' }))?.committedMinimum.toFixed(2), '1005000.00');
    });
  });

  it('converts entry by entry, the fixed fee too, into the reporting currency', () => {
    const euros = scenarioOf({ ...managed.definition, currency: 'EUR', commitment: { months: 24, exitFee: { kind: 'share', rate: '50%', amount: '1000' } } });
    const exposure = commitmentExposure(euros, { conversion: { rate: new Money('1.085'), minorDigits: 2 } });
    // 45,000 × 1.085 = 48,825.00 and 24 × (40,000 × 1.085 = 43,400.00)
    assert.equal(exposure?.committedMinimum.toFixed(2), '1090425.00');
    // after month 12: 1,000 × 1.085 + 50% × 12 × 43,400 = 1,085.00 + 260,400.00
    assert.equal(exposure?.exitCosts[11]?.toFixed(2), '261485.00');
  });

  it('counts the term in the cash view: hardware is committed when it is paid', () => {
    const owned = scenarioOf({ name: 'Owned', currency: 'USD', start: '2009-05', commitment: { months: 3 },
      costs: [{ name: 'Servers', kind: 'hardware', price: '3600', lifeMonths: 36 }] });
    assert.equal(commitmentExposure(owned)?.committedMinimum.toFixed(2), '3600.00');
  });
});

