/**
 * The founding case by hand: self-hosting costs 4,000.00 a month; the provider 45,000.00 once
 * and 40,000.00 a month under a 24-month term from May 2009. Revisit in May 2010 (month 13).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveSettings } from '../../lib/analysis/analysisSettings.js';
import { comparisonLedger } from '../../lib/analysis/comparisonLedger.js';
import { signingPlans } from '../../lib/analysis/signingPlans.js';
import { unwrap } from '../../lib/issues/issue.js';
import type { Scenario } from '../../lib/scenario/scenario.js';
import { foundingScenarios, month } from '../support/fixtures.js';

const { selfHosted, managed } = foundingScenarios();

function plansOver(months: number, scenarios: readonly Scenario[] = [selfHosted, managed], options: { discountRate?: string } = {}) {
  const settings = unwrap(resolveSettings(scenarios, { months, ...options }));
  return signingPlans(scenarios, settings, comparisonLedger(scenarios, settings), month('2010-05'));
}

describe('signingPlans', () => {
  it('over 36 months: signing now costs 1,485,000.00; waiting a year costs 48,000.00 + 1,005,000.00 and saves 432,000.00', () => {
    const [provider] = plansOver(36);
    assert.deepEqual(provider, {
      scenario: 'Managed provider',
      commitment: { months: 24, from: '2009-05', to: '2011-04' },
      // 45,000 + 24 × 40,000
      committedMinimum: '1005000.00',
      // paid in months 1–12: 45,000 + 12 × 40,000; the fee: the 12 payments left in the term
      leavingAtRevisit: { decidedAt: '2010-04', noticeMonths: 0, paid: '525000.00', fee: '480000.00', total: '1005000.00' },
      signNow: { starts: '2009-05', total: '1485000.00', npv: null, breakEven: null, committedAfterHorizon: '0.00' },
      signAtRevisit: { starts: '2010-05', total: '1053000.00', npv: null, breakEven: null, committedAfterHorizon: '0.00' },
      valueOfWaiting: '432000.00',
      valueOfWaitingNpv: null,
      waitingCommitsAfterHorizon: '0.00',
    });
  });

  it('over 24 months: waiting pushes 12 payments of the term past the horizon, and says so', () => {
    const [provider] = plansOver(24);
    // now: the whole term within the horizon; at the revisit: 12 × 4,000 + 45,000 + 12 × 40,000
    assert.deepEqual(
      [provider?.signNow.total, provider?.signNow.committedAfterHorizon, provider?.signAtRevisit.total, provider?.signAtRevisit.committedAfterHorizon],
      ['1005000.00', '0.00', '573000.00', '480000.00'],
    );
    assert.equal(provider?.valueOfWaiting, '432000.00');
    assert.equal(provider?.waitingCommitsAfterHorizon, '480000.00');
  });

  it('by NPV too when discounting: waiting saves less, its payments later but discounted less', () => {
    const [provider] = plansOver(36, [selfHosted, managed], { discountRate: '8%' });
    assert.ok(provider?.signNow.npv !== null && provider?.signAtRevisit.npv !== null && provider?.valueOfWaitingNpv !== null);
    assert.equal(Number(provider?.valueOfWaitingNpv) > 0 && Number(provider?.valueOfWaitingNpv) < 432000, true);
  });

  it('gives none for the baseline, and no commitment figures for an option without a term', () => {
    assert.deepEqual(plansOver(36, [selfHosted]), []);
    const [own] = plansOver(36, [managed, selfHosted]);
    assert.deepEqual([own?.scenario, own?.commitment, own?.committedMinimum, own?.leavingAtRevisit, own?.waitingCommitsAfterHorizon], ['Self-hosted', null, null, null, null]);
    // signing self-hosting at the revisit: 12 months of the provider (45,000 + 12 × 40,000), then 24 × 4,000
    assert.equal(own?.signAtRevisit.total, '621000.00');
  });
});
