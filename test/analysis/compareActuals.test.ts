/**
 * Actual spending against a plan given as results (a comparison and a schedule). Every
 * expected value here is worked out by hand from the founding example: self-hosting is
 * 48,000.00 a year billed monthly, 4,000.00 in each of the 36 months from 2009-05; the
 * managed provider is 45,000.00 once in 2009-05 plus 40,000.00 a month.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseActualsCsv, type ActualsRow } from '../../lib/actuals/parseActualsCsv.js';
import type { ActualsComparison } from '../../lib/analysis/actualsComparison.js';
import { compareActuals, tryCompareActuals, type ActualsPlan } from '../../lib/analysis/compareActuals.js';
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import { InputError } from '../../lib/issues/issue.js';
import { compare } from '../../lib/report/compare.js';
import { schedule } from '../../lib/report/scheduleReport.js';
import { projectRoot } from '../support/fixtures.js';

const FILE = 'actuals.csv';
const HEADER = 'Month,Scenario,Item,Amount';

function rows(text: string): ActualsRow[] {
  const result = parseActualsCsv(text, { file: FILE, currency: 'USD', minorDigits: 2 });
  if (!result.ok) assert.fail(`expected rows, got issues: ${JSON.stringify(result.issues, null, 2)}`);
  return [...result.value];
}

const [selfHosted, managedProvider] = await loadScenarios([join(projectRoot, 'scenarios/self-hosted.json'), join(projectRoot, 'scenarios/managed-provider.json')]);
if (selfHosted === undefined || managedProvider === undefined) throw new Error('scenarios/ is incomplete');
const founding: ActualsPlan = {
  comparison: compare([selfHosted, managedProvider], { months: 36 }),
  schedule: schedule([selfHosted, managedProvider], { months: 36 }),
};

function against(text: string, plan: ActualsPlan = founding) {
  return tryCompareActuals(rows(text), plan, { file: FILE });
}

function compared(text: string, plan: ActualsPlan = founding): ActualsComparison {
  const result = against(text, plan);
  if (!result.ok) assert.fail(`expected a comparison, got issues: ${JSON.stringify(result.issues, null, 2)}`);
  return result.value;
}

function compareProblems(text: string, plan: ActualsPlan = founding): [number | undefined, string, string][] {
  const result = against(text, plan);
  if (result.ok) assert.fail(`expected issues, got ${JSON.stringify(result.value)}`);
  for (const issue of result.issues) assert.equal(issue.file, FILE);
  return result.issues.map((issue) => [issue.line, issue.code, issue.message]);
}

const month = (m: string, plan: string, actual: string, variance: string, cumulativeVariance: string) => ({ month: m, plan, actual, variance, cumulativeVariance });

describe('compareActuals: the founding example, a year later', () => {
  const text = readFileSync(join(projectRoot, 'scenarios/actuals/self-hosted-2009-05-to-2010-04.csv'), 'utf8');
  const exampleFile = 'scenarios/actuals/self-hosted-2009-05-to-2010-04.csv';
  const result = compareActuals(unwrapRows(parseActualsCsv(text, { file: exampleFile, currency: 'USD', minorDigits: 2 })), founding, { file: exampleFile });

  it('reads the example file: 12 months of self-hosting and one payment not itemised', () => {
    const parsed = unwrapRows(parseActualsCsv(text, { currency: 'USD', minorDigits: 2 }));
    assert.equal(parsed.length, 13);
    assert.deepEqual(parsed[7], { line: 9, month: '2009-11', scenario: 'Self-hosted', item: null, amount: '1850.00' });
  });

  it('compares month by month: variance and cumulative variance', () => {
    // plan 4,000.00 every month; 2009-07 bandwidth overage (+310.50), 2009-11 an emergency
    // disk replacement not itemised (+1,850.00), from 2010-01 power at 4,180.00 (+180.00).
    assert.deepEqual(result.scenarios[0]?.months, [
      month('2009-05', '4000.00', '4000.00', '0.00', '0.00'),
      month('2009-06', '4000.00', '4000.00', '0.00', '0.00'),
      month('2009-07', '4000.00', '4310.50', '310.50', '310.50'),
      month('2009-08', '4000.00', '4000.00', '0.00', '310.50'),
      month('2009-09', '4000.00', '4000.00', '0.00', '310.50'),
      month('2009-10', '4000.00', '4000.00', '0.00', '310.50'),
      month('2009-11', '4000.00', '5850.00', '1850.00', '2160.50'),
      month('2009-12', '4000.00', '4000.00', '0.00', '2160.50'),
      month('2010-01', '4000.00', '4180.00', '180.00', '2340.50'),
      month('2010-02', '4000.00', '4180.00', '180.00', '2520.50'),
      month('2010-03', '4000.00', '4180.00', '180.00', '2700.50'),
      month('2010-04', '4000.00', '4180.00', '180.00', '2880.50'),
    ]);
  });

  it('sums the year, per item, and reforecasts the horizon', () => {
    const { months, ...selfHostedActuals } = result.scenarios[0] ?? assert.fail('no scenario');
    assert.equal(months.length, 12);
    assert.deepEqual(selfHostedActuals, {
      name: 'Self-hosted',
      from: '2009-05',
      through: '2010-04',
      // 12 × 4,000.00
      plan: '48000.00',
      // 7 × 4,000.00 + 4,310.50 + 4 × 4,180.00 = 49,030.50 itemised, + 1,850.00 not itemised
      actual: '50880.50',
      variance: '2880.50',
      items: [
        { name: 'Self-hosting', plan: '48000.00', actual: '49030.50', variance: '1030.50' },
        { name: null, plan: '0.00', actual: '1850.00', variance: '1850.00' },
      ],
      // 36 × 4,000.00
      planTotal: '144000.00',
      // 50,880.50 spent + 24 × 4,000.00 still planned
      reforecast: '146880.50',
      reforecastDifference: '2880.50',
      missingMonths: [],
      notes: ['1,850.00 was paid without an item (rows with an empty item): it counts in the monthly totals, against no item of the plan.'],
      // 2,880.50 ÷ 48,000.00 = 0.0600104166…: 6.0% more than planned
      varianceShare: '0.060010',
      // 2010-02 to 2010-04: 180.00 above 4,000.00 each month
      runRate: { months: 3, from: '2010-02', variance: '180.00', varianceShare: '0.045000' },
      reforecastPlanFrom: '2010-05',
    });
  });

  it('names the file, the horizon and the last month with actuals; a scenario without actuals is absent', () => {
    const { scenarios, ...rest } = result;
    assert.deepEqual(rest, { file: exampleFile, currency: 'USD', minorDigits: 2, horizon: { from: '2009-05', to: '2012-04', months: 36 }, through: '2010-04' });
    assert.deepEqual(
      scenarios.map((s) => s.name),
      ['Self-hosted'],
    );
  });

  it('is plain data: it comes back from JSON unchanged', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
  });
});

function unwrapRows(result: ReturnType<typeof parseActualsCsv>): readonly ActualsRow[] {
  if (!result.ok) assert.fail(JSON.stringify(result.issues));
  return result.value;
}

describe('compareActuals: sums, credits, gaps and items', () => {
  it('sums several invoices in one month, credits included, and counts a month without rows as 0', () => {
    const actuals = compared(
      [
        HEADER,
        '2009-05,Self-hosted,Self-hosting,3000.00',
        '2009-05,Self-hosted,Self-hosting,1000.00',
        '2009-07,Self-hosted,Self-hosting,4000.00',
        '2009-07,Self-hosted,Self-hosting,-250.00',
        '2009-09,Self-hosted,Self-hosting,0',
      ].join('\n'),
    );
    const selfHostedActuals = actuals.scenarios[0] ?? assert.fail('no scenario');
    assert.deepEqual(selfHostedActuals.months, [
      month('2009-05', '4000.00', '4000.00', '0.00', '0.00'),
      month('2009-06', '4000.00', '0.00', '-4000.00', '-4000.00'),
      month('2009-07', '4000.00', '3750.00', '-250.00', '-4250.00'),
      month('2009-08', '4000.00', '0.00', '-4000.00', '-8250.00'),
      // a row of 0 is an actual: nothing was paid, and it is not missing
      month('2009-09', '4000.00', '0.00', '-4000.00', '-12250.00'),
    ]);
    assert.deepEqual(selfHostedActuals.missingMonths, ['2009-06', '2009-08']);
    // 5 × 4,000.00 planned, 7,750.00 paid; 144,000.00 − 12,250.00
    assert.deepEqual([selfHostedActuals.plan, selfHostedActuals.actual, selfHostedActuals.variance], ['20000.00', '7750.00', '-12250.00']);
    assert.deepEqual([selfHostedActuals.reforecast, selfHostedActuals.reforecastDifference], ['131750.00', '-12250.00']);
    assert.deepEqual(selfHostedActuals.items, [{ name: 'Self-hosting', plan: '20000.00', actual: '7750.00', variance: '-12250.00' }]);
    assert.deepEqual(selfHostedActuals.notes, ['No rows for 2009-06 and 2009-08, where 8,000.00 was planned: they count as 0.00 spent.']);
  });

  it('names one missing month, and three', () => {
    const one = compared([HEADER, '2009-05,Self-hosted,Self-hosting,1', '2009-07,Self-hosted,Self-hosting,1'].join('\n'));
    assert.deepEqual(one.scenarios[0]?.notes, ['No rows for 2009-06, where 4,000.00 was planned: it counts as 0.00 spent.']);
    const three = compared([HEADER, '2009-09,Self-hosted,Self-hosting,1'].join('\n'));
    assert.deepEqual(three.scenarios[0]?.missingMonths, ['2009-05', '2009-06', '2009-07', '2009-08']);
    assert.deepEqual(three.scenarios[0]?.from, '2009-09');
    assert.deepEqual(three.scenarios[0]?.notes, ['No rows for 2009-05, 2009-06, 2009-07 and 2009-08, where 16,000.00 was planned: they count as 0.00 spent.']);
  });

  it('compares each scenario with actuals through its own last month, per item of the plan', () => {
    const actuals = compared(
      [
        HEADER,
        '2009-05,Managed provider,Migration and setup,46200.00',
        '2009-05,Managed provider,Managed hosting,40000.00',
        '2009-06,Managed provider,Managed hosting,40000.00',
        '2009-05,Self-hosted,Self-hosting,4000.00',
        '2009-06,Self-hosted,Self-hosting,4000.00',
        '2009-07,Self-hosted,Self-hosting,4000.00',
      ].join('\n'),
    );
    assert.equal(actuals.through, '2009-07');
    // in the plan's order, not the file's
    assert.deepEqual(
      actuals.scenarios.map((s) => [s.name, s.from, s.through]),
      [
        ['Self-hosted', '2009-05', '2009-07'],
        ['Managed provider', '2009-05', '2009-06'],
      ],
    );
    const provider = actuals.scenarios[1] ?? assert.fail('no provider');
    assert.deepEqual(provider.months, [month('2009-05', '85000.00', '86200.00', '1200.00', '1200.00'), month('2009-06', '40000.00', '40000.00', '0.00', '1200.00')]);
    assert.deepEqual(provider.items, [
      { name: 'Migration and setup', plan: '45000.00', actual: '46200.00', variance: '1200.00' },
      { name: 'Managed hosting', plan: '80000.00', actual: '80000.00', variance: '0.00' },
    ]);
    // 45,000.00 + 36 × 40,000.00
    assert.deepEqual([provider.planTotal, provider.reforecast, provider.reforecastDifference], ['1485000.00', '1486200.00', '1200.00']);
    assert.deepEqual(provider.notes, []);
  });

  it('matches scenario and item names ignoring case, and reports them as the plan spells them', () => {
    const actuals = compared([HEADER, '2009-05,self-HOSTED,self-hosting,4000.00'].join('\n'));
    assert.equal(actuals.scenarios[0]?.name, 'Self-hosted');
    assert.deepEqual(actuals.scenarios[0]?.items, [{ name: 'Self-hosting', plan: '4000.00', actual: '4000.00', variance: '0.00' }]);
  });

  it('leaves out the file when none is given', () => {
    const result = compareActuals([{ month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.00' }], founding);
    assert.equal('file' in result, false);
  });
});

describe('compareActuals: rows that do not fit the plan', () => {
  it('refuses an unknown scenario, listing the plan\'s scenarios with a did-you-mean', () => {
    assert.deepEqual(compareProblems([HEADER, '2009-05,Self hosted,Self-hosting,1', '2009-05,Cloud,Hosting,1'].join('\n')), [
      [2, 'unknown-scenario', 'no scenario of the plan is named "Self hosted" (did you mean "Self-hosted"?); the scenarios are "Self-hosted", "Managed provider"'],
      [3, 'unknown-scenario', 'no scenario of the plan is named "Cloud"; the scenarios are "Self-hosted", "Managed provider"'],
    ]);
  });

  it('refuses an unknown item, listing that scenario\'s items', () => {
    assert.deepEqual(compareProblems([HEADER, '2009-05,Managed provider,Managed hostnig,1', '2009-05,Self-hosted,Managed hosting,1'].join('\n')), [
      [
        2,
        'unknown-item',
        'scenario "Managed provider" has no item named "Managed hostnig" (did you mean "Managed hosting"?); its items are "Migration and setup", "Managed hosting" (leave the item empty for spending that is not itemised)',
      ],
      [3, 'unknown-item', 'scenario "Self-hosted" has no item named "Managed hosting"; its items are "Self-hosting" (leave the item empty for spending that is not itemised)'],
    ]);
  });

  it('refuses a month outside the horizon, saying the horizon', () => {
    const horizon = 'is outside the analysis horizon, 2009-05 to 2012-04 (36 months); analyse a horizon that includes it (--from, --months)';
    assert.deepEqual(compareProblems([HEADER, '2009-04,Self-hosted,Self-hosting,1', '2012-04,Self-hosted,Self-hosting,1', '2012-05-31,Self-hosted,Self-hosting,1'].join('\n')), [
      [2, 'outside-horizon', `month 2009-04 ${horizon}`],
      [4, 'outside-horizon', `month 2012-05 ${horizon}`],
    ]);
  });

  it('reports every row that does not fit at once, and throws them as an InputError from compareActuals', () => {
    const text = [HEADER, '2009-04,Self-hosted,Self-hosting,1', '2009-05,Self-hosted,Hosting,1', '2009-05,Cloud,,1'].join('\n');
    assert.deepEqual(
      compareProblems(text).map(([line, code]) => [line, code]),
      [
        [2, 'outside-horizon'],
        [3, 'unknown-item'],
        [4, 'unknown-scenario'],
      ],
    );
    assert.throws(
      () => compareActuals(rows(text), founding, { file: FILE }),
      (error: unknown) => error instanceof InputError && error.issues.length === 3 && error.message.startsWith('actuals.csv:2: month 2009-04 is outside'),
    );
  });

  it('checks rows built in code', () => {
    const result = tryCompareActuals(
      [
        { month: '2009-5', scenario: 'Self-hosted', item: null, amount: '1' },
        { month: '2009-05', scenario: 'Self-hosted', item: '', amount: '1.001' },
        { month: '2009-05', scenario: 'Self-hosted', item: null, amount: '1,000' },
      ],
      founding,
    );
    assert.ok(!result.ok);
    assert.deepEqual(
      result.issues.map((issue) => [issue.code, issue.message]),
      [
        ['invalid-month', 'month "2009-5" is not YYYY-MM'],
        ['invalid-amount', 'amount "1.001" is not a decimal string with at most 2 decimals'],
        ['invalid-amount', 'amount "1,000" is not a decimal string with at most 2 decimals'],
      ],
    );
  });

  it('refuses no rows at all', () => {
    const result = tryCompareActuals([], founding, { file: FILE });
    assert.deepEqual(result, { ok: false, issues: [{ code: 'no-rows', file: FILE, message: 'no rows of actual spending to compare' }] });
  });

  it('refuses a comparison and a schedule made with different settings', () => {
    const mismatched: ActualsPlan = { comparison: founding.comparison, schedule: schedule([selfHosted, managedProvider], { months: 12 }) };
    assert.throws(() => tryCompareActuals([], mismatched), /the comparison and the schedule must come from the same scenarios and options/);
  });
});
