/**
 * Actual spending against the plan's ledgers: the one comparison of actuals, which
 * compareActuals reaches from a comparison and a schedule. The founding example: self-hosting
 * is 4,000.00 a month from 2009-05; the managed provider 45,000.00 once in 2009-05 plus
 * 40,000.00 a month. Every expected value is worked out by hand.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ActualsRow } from '../../lib/actuals/parseActualsCsv.js';
import { tryActualsAgainstLedgers, type LedgerPlan } from '../../lib/analysis/actualsAgainstPlan.js';
import type { ActualsComparison } from '../../lib/analysis/actualsComparison.js';
import { resolveSettings, type AnalysisOptions } from '../../lib/analysis/analysisSettings.js';
import { comparisonLedger } from '../../lib/analysis/comparisonLedger.js';
import { tryCompareActuals } from '../../lib/analysis/compareActuals.js';
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import { unwrap, type Result } from '../../lib/issues/issue.js';
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
