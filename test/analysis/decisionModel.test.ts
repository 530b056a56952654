import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveSettings } from '../../lib/analysis/analysisSettings.js';
import { comparisonLedger } from '../../lib/analysis/comparisonLedger.js';
import { cheapestOf, DecisionModel } from '../../lib/analysis/decisionModel.js';
import { unwrap } from '../../lib/issues/issue.js';
import { Money } from '../../lib/money/decimal.js';
import { withInput } from '../../lib/scenario/withInput.js';
import { foundingScenarios } from '../support/fixtures.js';

describe('cheapestOf', () => {
  it('picks the lowest value', () => assert.equal(cheapestOf([300n, 100n, 200n], 0), 1));
  it('gives a tie to the baseline', () => assert.equal(cheapestOf([100n, 100n, 100n], 2), 2));
  it('gives a tie without the baseline to the scenario listed first', () => assert.equal(cheapestOf([300n, 100n, 100n], 0), 1));
});

describe('DecisionModel', () => {
  const { selfHosted, managed } = foundingScenarios();
  const settings = unwrap(resolveSettings([selfHosted, managed], { months: 36 }));
  const model = new DecisionModel([selfHosted, managed], settings, comparisonLedger([selfHosted, managed], settings), 'total');

  it('measures every scenario as the files are: totals in minor units', () => {
    assert.deepEqual([model.base, model.cheapest], [[14400000n, 148500000n], 0]);
  });

  it('flips only when another option is strictly cheaper: at 2,750.00 a month the provider ties, at 2,749.99 it wins', () => {
    const fee = (amount: string) => withInput(managed, { on: 'item', index: 1, field: 'amount' }, new Money(amount))!;
    // 45,000 + 36 × 2,750 = 144,000: a tie keeps the baseline
    assert.deepEqual(model.measure(1, fee('2750')), [14400000n, 14400000n]);
    assert.equal(model.flipsTo(model.measure(1, fee('2750'))), undefined);
    assert.equal(model.flipsTo(model.measure(1, fee('2749.99'))), 1);
  });
});
