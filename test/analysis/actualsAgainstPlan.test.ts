/**
 * Actual spending against the plan's ledgers: the one comparison of actuals, which
 * compareActuals reaches from a comparison and a schedule. The founding example: self-hosting
 * is 4,000.00 a month from 2009-05; the managed provider 45,000.00 once in 2009-05 plus
 * 40,000.00 a month. Every expected value is worked out by hand.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ActualsRow } from '../../lib/actuals/parseActualsCsv.js';
import { tryActualsAgainstLedgers, type LedgerPlan, type PlanLedger } from '../../lib/analysis/actualsAgainstPlan.js';
import type { ActualsComparison, ScenarioActuals } from '../../lib/analysis/actualsComparison.js';
import { resolveSettings, type AnalysisOptions } from '../../lib/analysis/analysisSettings.js';
import { comparisonLedger } from '../../lib/analysis/comparisonLedger.js';
import { tryCompareActuals } from '../../lib/analysis/compareActuals.js';
import { parseMonth } from '../../lib/calendar/month.js';
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import { unwrap, type Result } from '../../lib/issues/issue.js';
import { Money } from '../../lib/money/decimal.js';
import { formatMinorUnits, type MinorUnits } from '../../lib/money/minorUnits.js';
import { compare } from '../../lib/report/compare.js';
import { schedule } from '../../lib/report/scheduleReport.js';
import type { Scenario } from '../../lib/scenario/scenario.js';
import { projectRoot } from '../support/fixtures.js';

const [selfHosted, managedProvider, providerTerms, providerEu] = await loadScenarios(
  ['scenarios/self-hosted.json', 'scenarios/managed-provider.json', 'docs/examples/provider-terms.json', 'docs/examples/provider-eu.json'].map((file) => join(projectRoot, file)),
);
if (selfHosted === undefined || managedProvider === undefined || providerTerms === undefined || providerEu === undefined) throw new Error('a scenario file is missing');

/** The plan as the revisit report has it: the comparison's ledgers. */
function ledgerPlan(scenarios: readonly Scenario[], options: AnalysisOptions = {}): LedgerPlan {
  const settings = unwrap(resolveSettings(scenarios, options));
  return { from: settings.from, months: settings.months, currency: settings.currency, minorDigits: settings.minorDigits, ledgers: comparisonLedger(scenarios, settings) };
}

function compared(result: Result<ActualsComparison>): ActualsComparison {
  if (!result.ok) assert.fail(`expected a comparison, got issues: ${JSON.stringify(result.issues, null, 2)}`);
  return result.value;
}

/** One scenario's actuals from monthly amounts (minor units) from 2009-05, undefined where there is no row. */
function scenarioFrom(plan: readonly MinorUnits[], actual: readonly (MinorUnits | undefined)[], digits = 2): ScenarioActuals {
  const ledger: PlanLedger = { scenario: { name: 'Hosting' }, items: [], monthlyMinorUnits: plan };
  const rows = actual.flatMap((units, m) => (units === undefined ? [] : [{ month: `2009-${String(m + 5).padStart(2, '0')}`, scenario: 'Hosting', item: null, amount: formatMinorUnits(units, digits) }]));
  const result = compared(tryActualsAgainstLedgers(rows, { from: parseMonth('2009-05') as number, months: plan.length, currency: 'USD', minorDigits: digits, ledgers: [ledger] }));
  return result.scenarios[0] ?? assert.fail('no scenario');
}

const row = (month: string, scenario: string, item: string | null, amount: string, line?: number): ActualsRow => ({ ...(line === undefined ? {} : { line }), month, scenario, item, amount });

describe('tryActualsAgainstLedgers: the same comparison from ledgers as from results', () => {
  const cases: { name: string; scenarios: Scenario[]; options: AnalysisOptions; rows: ActualsRow[] }[] = [
    {
      name: 'the founding example, a year of self-hosting with a payment not itemised',
      scenarios: [selfHosted, managedProvider],
      options: { months: 36 },
      rows: [
        row('2009-05', 'Self-hosted', 'Self-hosting', '4000.00', 2),
        row('2009-07', 'Self-hosted', 'Self-hosting', '4310.50', 3),
        row('2009-09', 'self-hosted', null, '1850.00', 4),
        row('2009-09', 'Self-hosted', 'Self-hosting', '4180.00', 5),
        row('2009-05', 'Managed provider', 'Migration and setup', '46200.00', 6),
        row('2009-05', 'Managed provider', 'Managed hosting', '40000.00', 7),
        row('2009-06', 'Managed provider', 'Managed hosting', '-250.00', 8),
      ],
    },
    {
      name: 'a migration that pays the option left behind for three months (overlap items)',
      scenarios: [selfHosted, providerTerms],
      options: { months: 12 },
      rows: [
        row('2009-05', 'Provider with fine print', 'Self-hosting (overlap)', '4000.00'),
        row('2009-06', 'Provider with fine print', 'Managed hosting', '40000.00'),
        row('2009-08', 'Provider with fine print', null, '120.00'),
      ],
    },
    {
      name: 'a scenario in another currency, converted at the rate given',
      scenarios: [selfHosted, providerEu],
      options: { months: 12, rates: { EUR: '1.37' } },
      rows: [row('2009-05', 'Provider EU', 'Migration and setup', '41100.00'), row('2009-06', 'Provider EU', 'Managed hosting', '38360.00')],
    },
    {
      name: 'rows that do not fit the plan',
      scenarios: [selfHosted, managedProvider],
      options: { months: 12 },
      rows: [row('2009-04', 'Self-hosted', 'Self-hosting', '1', 2), row('2009-05', 'Cloud', null, '1', 3), row('2009-05', 'Self-hosted', 'Power', '1.001', 4)],
    },
  ];
  for (const { name, scenarios, options, rows } of cases) {
    it(`gives what compareActuals gives: ${name}`, () => {
      const fromResults = tryCompareActuals(rows, { comparison: compare(scenarios, options), schedule: schedule(scenarios, options) }, { file: 'actuals.csv' });
      const fromLedgers = tryActualsAgainstLedgers(rows, ledgerPlan(scenarios, options), { file: 'actuals.csv' });
      assert.deepEqual(fromLedgers, fromResults);
    });
  }

  it('holds overlap items against the plan of the option left behind, in the reporting currency', () => {
    const provider = compared(tryActualsAgainstLedgers([row('2009-05', 'Provider with fine print', 'Self-hosting (overlap)', '4000.00')], ledgerPlan([selfHosted, providerTerms], { months: 12 }))).scenarios[0];
    assert.deepEqual(provider?.items, [
      { name: 'Migration and setup', plan: '45000.00', actual: '0.00', variance: '-45000.00' },
      { name: 'Managed hosting', plan: '40000.00', actual: '0.00', variance: '-40000.00' },
      // the renewal after the 24-month term, nothing due in the horizon
      { name: 'Month to month after the term', plan: '0.00', actual: '0.00', variance: '0.00' },
      { name: 'Self-hosting (overlap)', plan: '4000.00', actual: '4000.00', variance: '0.00' },
    ]);
    // 30,000.00 EUR × 1.37 = 41,100.00 USD
    const eu = compared(tryActualsAgainstLedgers([row('2009-05', 'Provider EU', 'Migration and setup', '41100.00')], ledgerPlan([selfHosted, providerEu], { months: 12, rates: { EUR: '1.37' } }))).scenarios[0];
    assert.deepEqual(eu?.items[0], { name: 'Migration and setup', plan: '41100.00', actual: '41100.00', variance: '0.00' });
  });

  it('does not change the rows or the ledgers it is given', () => {
    const plan = ledgerPlan([selfHosted], { months: 12 });
    const rows = [row('2009-05', 'Self-hosted', 'Self-hosting', '4000.00')];
    const before = JSON.stringify([rows, plan], (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
    tryActualsAgainstLedgers(rows, plan);
    assert.equal(JSON.stringify([rows, plan], (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value)), before);
  });

  it('refuses ledgers that do not cover the plan\'s months: a mistake in the calling code', () => {
    const plan = ledgerPlan([selfHosted], { months: 12 });
    assert.throws(() => tryActualsAgainstLedgers([], { ...plan, months: 24 }), /the ledger of "Self-hosted" must cover the plan's 24 months/);
  });
});

describe('tryActualsAgainstLedgers: the variance as a share of the plan', () => {
  it('divides the period\'s variance by its plan, with 6 decimals cut toward zero', () => {
    // 310.50 ÷ 8,000.00 = 0.0388125: cut, not rounded up to 0.038813
    assert.equal(scenarioFrom([400000n, 400000n], [400000n, 431050n]).varianceShare, '0.038812');
    // −3,689.50 ÷ 12,000.00 = −0.3074583…
    assert.equal(scenarioFrom([400000n, 400000n, 400000n], [400000n, undefined, 431050n]).varianceShare, '-0.307458');
    // 1 ÷ 3 of the plan
    assert.equal(scenarioFrom([300n], [400n]).varianceShare, '0.333333');
    assert.equal(scenarioFrom([400000n], [400000n]).varianceShare, '0.000000');
  });

  it('is null when the period\'s plan is 0 (actuals before the option starts)', () => {
    assert.equal(scenarioFrom([0n, 0n], [5000n, 0n]).varianceShare, null);
  });

  it('shown to one decimal as a percentage, is what rounding the exact share gives', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (plan, actual) => {
        const share = scenarioFrom([plan], [actual]).varianceShare;
        const exact = new Money(String(actual - plan)).dividedBy(String(plan));
        assert.equal(new Money(share ?? assert.fail('no share')).times(100).toDecimalPlaces(1).toFixed(1), exact.times(100).toDecimalPlaces(1).toFixed(1));
      }),
    );
    // 4,449,999 ÷ 100,000,000 = 4.449999%: rounded to 6 decimals first it would read 4.5%
    const share = scenarioFrom([100000000n], [104449999n]).varianceShare;
    assert.deepEqual([share, new Money(share ?? '0').times(100).toDecimalPlaces(1).toFixed(1)], ['0.044499', '4.4']);
  });
});

describe('tryActualsAgainstLedgers: the run rate of the last three months', () => {
  it('averages the variance of the last three months of the period, and its share of their average plan', () => {
    // variances 0.00, 180.00, 180.00, 180.00: the last three average 180.00 over a plan of 4,000.00
    assert.deepEqual(scenarioFrom([400000n, 400000n, 400000n, 400000n], [400000n, 418000n, 418000n, 418000n]).runRate, { months: 3, from: '2009-06', variance: '180.00', varianceShare: '0.045000' });
    // −100.00, 0.00, −50.00 over plans of 4,000.00, 4,000.00, 1,000.00: −50.00 a month against 3,000.00, −0.0166…
    assert.deepEqual(scenarioFrom([400000n, 400000n, 100000n], [390000n, 400000n, 95000n]).runRate, { months: 3, from: '2009-05', variance: '-50.00', varianceShare: '-0.016666' });
  });

  it('rounds the average variance to the minor unit half away from zero', () => {
    // (0.02 + 0.01 + 0.00) ÷ 3 = 0.01; (−0.03 − 0.01 − 0.01) ÷ 3 = −0.01666…: −0.02; 0.05 ÷ 3 = 0.01666…: 0.02
    assert.equal(scenarioFrom([100n, 100n, 100n], [102n, 101n, 100n]).runRate?.variance, '0.01');
    assert.equal(scenarioFrom([100n, 100n, 100n], [97n, 99n, 99n]).runRate?.variance, '-0.02');
    assert.equal(scenarioFrom([100n, 100n, 100n], [105n, 100n, 100n]).runRate?.variance, '0.02');
    // yen: 5 ÷ 3 = 1.666…: 2
    assert.equal(scenarioFrom([100n, 100n, 100n], [105n, 100n, 100n], 0).runRate?.variance, '2');
  });

  it('is null when spending ran to plan within one minor unit a month', () => {
    // (0.01 + 0.01 + 0.00) ÷ 3 = 0.00666…
    assert.equal(scenarioFrom([100n, 100n, 100n], [101n, 101n, 100n]).runRate, null);
    assert.equal(scenarioFrom([100n, 100n, 100n], [100n, 100n, 100n]).runRate, null);
  });

  it('is null for fewer than three months, or when one of them has a plan but no row', () => {
    assert.equal(scenarioFrom([400000n, 400000n], [500000n, 500000n]).runRate, null);
    assert.equal(scenarioFrom([400000n, 400000n, 400000n, 400000n], [500000n, 500000n, undefined, 500000n]).runRate, null);
    // a missing month before the last three does not matter
    assert.deepEqual(scenarioFrom([400000n, 400000n, 400000n, 400000n], [undefined, 500000n, 500000n, 500000n]).runRate, { months: 3, from: '2009-06', variance: '1000.00', varianceShare: '0.250000' });
    // a month without rows and without a plan is not missing
    assert.deepEqual(scenarioFrom([0n, 400000n, 400000n], [undefined, 500000n, 500000n]).runRate, { months: 3, from: '2009-05', variance: '666.67', varianceShare: '0.250000' });
  });

  it('has no share when the last three months plan nothing', () => {
    assert.deepEqual(scenarioFrom([0n, 0n, 0n], [3000n, 3000n, 3000n]).runRate, { months: 3, from: '2009-05', variance: '30.00', varianceShare: null });
  });
});
