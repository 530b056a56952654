import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isFocusCsv } from '../../lib/actuals/isFocusCsv.js';
import { parseFocusActuals, type FocusPlanScenario } from '../../lib/actuals/parseFocusActuals.js';
import { formatIssue } from '../../lib/issues/issue.js';
import { focusForecast } from '../../lib/report/focusForecast.js';
import { renderFocusCsv } from '../../lib/render/renderFocusCsv.js';
import { revisitReport } from '../../lib/report/revisitReport.js';
import { foundingScenarios, projectRoot, scenarioOf } from '../support/fixtures.js';

const fixture = (name: string) => readFileSync(`${projectRoot}test/fixtures/focus/${name}`, 'utf8');
const aws: FocusPlanScenario = { name: 'Cloud', provider: 'Amazon Web Services', mapped: true, items: ['Compute plan'], rules: [{ item: 'Compute plan', serviceCategory: 'Compute' }] };
const usd = { currency: 'USD', minorDigits: 2 };
const HEADER = 'BillingPeriodStart,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ChargeClass,ProviderName,ServiceName,ServiceCategory,BilledCost,EffectiveCost,BillingCurrency,Tags';

describe('parseFocusActuals', () => {
  it('tells a FOCUS file by its header', () => {
    assert.equal(isFocusCsv(fixture('aws_savings_plan_all_upfront_0pct.csv')), true);
    assert.equal(isFocusCsv('Month,Scenario,Item,Amount\r\n2009-05,Self-hosted,,4000\r\n'), false);
    // A bill without one of the columns costmodel reads, or with one misspelt, is still a FOCUS bill: told what it lacks, not the simple format's columns.
    assert.equal(isFocusCsv('BillingAccountId,BillingCurrency,ChargePeriodStart,EffectiveCost\n'), true);
    assert.equal(isFocusCsv('ChargePeriodStrat,BilledCost,BillingCurrency\n'), true);
    assert.equal(isFocusCsv('month,scenario,amount,BilledCost\n'), false);
  });

  it('says which column a FOCUS bill lacks when BilledCost or ChargePeriodStart is missing or misspelt', () => {
    const noBilled = parseFocusActuals('BillingAccountId,BillingCurrency,ChargePeriodStart,EffectiveCost\nA,USD,2026-02-01T00:00:00Z,1\n', { ...usd, file: 'bill.csv', scenarios: [aws] });
    assert.deepEqual(noBilled.ok ? [] : noBilled.issues.map(formatIssue), [
      'bill.csv:1: this FOCUS file has no "BilledCost" column: a FOCUS export must have ChargePeriodStart, BillingCurrency and BilledCost',
    ]);
    const misspelt = parseFocusActuals('ChargePeriodStrat,BilledCost,BillingCurrency\n2026-02-01T00:00:00Z,1,USD\n', { ...usd, file: 'bill.csv', scenarios: [aws] });
    assert.deepEqual(misspelt.ok ? [] : misspelt.issues.map(formatIssue), [
      'bill.csv:1: this FOCUS file has no "ChargePeriodStart" column: a FOCUS export must have ChargePeriodStart, BillingCurrency and BilledCost',
    ]);
  });

  it('reads the published savings-plan example: BilledCost 353,028.00, EffectiveCost 24 × 40.30 = 967.20, all in February 2026', () => {
    const text = fixture('aws_savings_plan_all_upfront_0pct.csv');
    const billed = parseFocusActuals(text, { ...usd, file: 'sp.csv', scenarios: [aws] });
    assert.ok(billed.ok);
    assert.deepEqual(billed.value.rows, [{ line: 2, month: '2026-02', scenario: 'Cloud', item: 'Compute plan', amount: '353028.00' }]);
    assert.deepEqual([billed.value.chargeRows, billed.value.corrections, billed.value.credits, billed.value.unplanned], [25, 0, 0, []]);
    const effective = parseFocusActuals(text, { ...usd, cost: 'effective', scenarios: [aws] });
    assert.ok(effective.ok);
    assert.deepEqual(effective.value.rows.map((row) => row.amount), ['967.20']);
  });

  it('reads the published reserved-instance example by service category: a purchase, 24 hours of committed use and four on-demand services, summed by hand', () => {
    const text = fixture('aws_reserved_instance_partial_upfront_100pct.csv');
    const cloud: FocusPlanScenario = {
      name: 'Cloud',
      provider: 'Amazon Web Services',
      mapped: true,
      items: ['Compute', 'Storage', 'Databases'],
      rules: [
        { item: 'Compute', serviceCategory: 'Compute' },
        { item: 'Storage', serviceCategory: 'Storage' },
        { item: 'Databases', serviceCategory: 'Database' },
      ],
    };
    const amounts = (cost: 'billed' | 'effective') => {
      const read = parseFocusActuals(text, { ...usd, cost, file: 'ri.csv', scenarios: [cloud] });
      assert.ok(read.ok);
      assert.deepEqual([read.value.chargeRows, read.value.unplanned], [38, []]);
      return read.value.rows.map((row) => [row.month, row.item, row.amount]);
    };
    // BilledCost by hand: Compute 119,166.66 + 9,930.56 (the purchase) + 24 × 0.00 (committed hours) + 3 × 0.01 (Lambda) = 129,097.25;
    // Storage 5.84 + 7.48 + 5.98 = 19.30; Databases 3 × 0.15 (RDS) + 0.01 + 0.01 + 0.02 (DynamoDB) = 0.49.
    assert.deepEqual(amounts('billed'), [
      ['2026-02', 'Compute', '129097.25'],
      ['2026-02', 'Storage', '19.30'],
      ['2026-02', 'Databases', '0.49'],
    ]);
    // EffectiveCost: the purchase 0.00, 24 × 50.23 = 1,205.52 for the hours, + 0.03 (Lambda) = 1,205.55; the others as billed.
    assert.deepEqual(amounts('effective'), [
      ['2026-02', 'Compute', '1205.55'],
      ['2026-02', 'Storage', '19.30'],
      ['2026-02', 'Databases', '0.49'],
    ]);
  });

  it('reads a ChargePeriodStart given as a date alone as the start of that day, in UTC', () => {
    const read = parseFocusActuals('ChargePeriodStart,BilledCost,BillingCurrency,ProviderName,ServiceCategory\n2026-02-28,10.00,USD,Amazon Web Services,Compute\n2026-03-01,2.50,USD,Amazon Web Services,Compute\n', { ...usd, scenarios: [aws] });
    assert.ok(read.ok);
    assert.deepEqual(read.value.rows.map((row) => [row.month, row.amount]), [['2026-02', '10.00'], ['2026-03', '2.50']]);
  });

  it('refuses the published correction excerpt, which has no BillingCurrency, naming the file and the header line', () => {
    const result = parseFocusActuals(fixture('scenario_1_partial_reallocation_ledger.csv'), { ...usd, file: 'corrections.csv', scenarios: [aws] });
    assert.deepEqual(result.ok ? [] : result.issues.map(formatIssue), [
      'corrections.csv:1: this FOCUS file has no "BillingCurrency" column: a FOCUS export must have ChargePeriodStart, BillingCurrency and BilledCost',
    ]);
  });

  it('sums hourly and daily rows, corrections and credits into their month, and reports unknown services and providers as unplanned spending', () => {
    const text = [
      HEADER,
      '2025-05-01T00:00:00Z,2025-05-01T00:00:00Z,2025-05-01T01:00:00Z,Usage,,Amazon Web Services,Amazon EC2,Compute,1.25,1.25,USD,',
      '2025-05-01T00:00:00Z,2025-05-01T01:00:00Z,2025-05-01T02:00:00Z,Usage,,Amazon Web Services,Amazon EC2,Compute,1.255,1.255,USD,',
      '2025-05-01T00:00:00Z,2025-05-31T00:00:00Z,2025-06-01T00:00:00Z,Usage,,Amazon Web Services,Amazon EC2,Compute,100,100,USD,',
      '2025-06-01T00:00:00Z,2025-05-02T00:00:00Z,2025-05-03T00:00:00Z,Usage,Correction,Amazon Web Services,Amazon EC2,Compute,-2.5,-2.5,USD,',
      '2025-05-01T00:00:00Z,2025-05-01T00:00:00Z,2025-06-01T00:00:00Z,Credit,,Amazon Web Services,,Other,-50,-50,USD,',
      '2025-05-01T00:00:00Z,2025-05-10T00:00:00Z,2025-05-11T00:00:00Z,Usage,,Amazon Web Services,Amazon S3,Storage,7.5,7.5,USD,"{""team"":""web""}"',
      '2025-06-01T00:00:00Z,2025-06-01T00:00:00Z,2025-06-02T00:00:00Z,Usage,,Other Cloud,Object storage,Storage,3,3,USD,',
    ].join('\r\n');
    const scenario: FocusPlanScenario = { name: 'Cloud', provider: 'Amazon Web Services', mapped: false, items: ['Servers', 'Backups'], rules: [{ item: 'Servers', serviceName: 'Amazon EC2' }, { item: 'Backups', tag: { key: 'team', value: 'WEB' } }] };
    const result = parseFocusActuals(text, { ...usd, scenarios: [scenario] });
    assert.ok(result.ok);
    // By hand: 1.25 + 1.255 + 100 − 2.5 = 100.005 → 100.01 (half away from zero); the credit has no service: unplanned.
    assert.deepEqual(result.value.rows, [
      { line: 2, month: '2025-05', scenario: 'Cloud', item: 'Servers', amount: '100.01' },
      { line: 6, month: '2025-05', scenario: 'Cloud', item: null, amount: '-50.00' },
      { line: 7, month: '2025-05', scenario: 'Cloud', item: 'Backups', amount: '7.50' },
    ]);
    assert.deepEqual(result.value.unplanned, [
      { scenario: 'Cloud', provider: 'Amazon Web Services', service: '', amount: '-50.00', rows: 1 },
      { scenario: null, provider: 'Other Cloud', service: 'Object storage', amount: '3.00', rows: 1 },
    ]);
    assert.deepEqual([result.value.chargeRows, result.value.corrections, result.value.credits], [7, 1, 1]);
  });

  it('reads a bill in another currency against a plan in it, with that currency\'s minor unit', () => {
    const text = `${HEADER}\n2025-05-01T00:00:00Z,2025-05-01T00:00:00Z,2025-05-02T00:00:00Z,Usage,,Amazon Web Services,Amazon EC2,Compute,1234.5,1234.5,JPY,\n`;
    const result = parseFocusActuals(text, { currency: 'JPY', minorDigits: 0, scenarios: [{ ...aws, rules: [] , items: ['Amazon EC2'] }] });
    assert.deepEqual(result.ok && result.value.rows.map((row) => row.amount), ['1235']);
  });

  it('refuses two currencies in one file, dates that are not FOCUS date-times, and a bill in another currency than the plan, each with its line', () => {
    const text = [
      HEADER,
      '2025-05-01T00:00:00Z,2025-05-01T00:00:00Z,2025-05-02T00:00:00Z,Usage,,Amazon Web Services,Amazon EC2,Compute,1,1,EUR,',
      '2025-05-01T00:00:00Z,2025-13-01T00:00:00Z,2025-05-02T00:00:00Z,Usage,,Amazon Web Services,Amazon EC2,Compute,1,1,EUR,',
      '2025-05-01T00:00:00Z,05/02/2025,2025-05-02T00:00:00Z,Usage,,Amazon Web Services,Amazon EC2,Compute,1,1,EUR,',
      '2025-05-01T00:00:00Z,2025-05-01T00:00:00+02:00,2025-05-02T00:00:00Z,Usage,,Amazon Web Services,Amazon EC2,Compute,1,1,EUR,',
      '2025-05-01T00:00:00Z,2025-05-01T00:00:00Z,2025-05-02T00:00:00Z,Usage,,Amazon Web Services,Amazon EC2,Compute,$1,1,USD,',
    ].join('\n');
    const result = parseFocusActuals(text, { ...usd, file: 'bill.csv', scenarios: [aws] });
    assert.deepEqual(result.ok ? [] : result.issues.map(formatIssue), [
      'bill.csv:3: ChargePeriodStart "2025-13-01T00:00:00Z" is not a FOCUS date-time (UTC ISO 8601, such as 2025-05-01T00:00:00Z)',
      'bill.csv:4: ChargePeriodStart "05/02/2025" is not a FOCUS date-time (UTC ISO 8601, such as 2025-05-01T00:00:00Z)',
      'bill.csv:5: ChargePeriodStart "2025-05-01T00:00:00+02:00" is not a FOCUS date-time (UTC ISO 8601, such as 2025-05-01T00:00:00Z)',
      'bill.csv:6: BilledCost "$1" is not a decimal number (FOCUS writes costs as plain decimals such as 1234.5678)',
      'bill.csv:6: BillingCurrency is USD, but line 2 is in EUR: costmodel reads one currency per file; export one file per currency',
    ]);
    const other = parseFocusActuals(`${HEADER}\n2025-05-01T00:00:00Z,2025-05-01T00:00:00Z,2025-05-02T00:00:00Z,Usage,,Amazon Web Services,Amazon EC2,Compute,1,1,EUR,\n`, { ...usd, file: 'bill.csv', scenarios: [aws] });
    assert.deepEqual(other.ok ? [] : other.issues.map(formatIssue), ['bill.csv:2: the bill is in EUR, but the plan is in USD: compare a bill with scenarios in its currency (or --currency EUR)']);
  });

  it('gives zero variance when a forecast exported as FOCUS is read back as actuals (round trip)', () => {
    const { selfHosted, managed } = foundingScenarios();
    const csv = renderFocusCsv(focusForecast([selfHosted, managed], { months: 12 }));
    const report = revisitReport([selfHosted, managed], { date: '2010-05-03', from: '2009-05', actuals: { csv, file: 'forecast.focus.csv' } });
    const actuals = report.actuals;
    assert.ok(actuals !== null);
    assert.deepEqual(
      actuals.scenarios.map((scenario) => [scenario.name, scenario.actual, scenario.variance, scenario.items.map((item) => item.variance)]),
      [
        ['Self-hosted', '48000.00', '0.00', ['0.00']],
        ['Managed provider', '525000.00', '0.00', ['0.00', '0.00']],
      ],
    );
    assert.deepEqual(actuals.focus?.unplanned, []);
  });

  it('reads back names the CSV protected against formulas: a scenario "-Legacy rack" with an item "+Remote hands" (round trip)', () => {
    const legacy = scenarioOf({ name: '-Legacy rack', currency: 'USD', start: '2009-05', costs: [{ name: '+Remote hands', kind: 'recurring', amount: '250', every: 'month' }] });
    const csv = renderFocusCsv(focusForecast([legacy], { months: 12 }));
    assert.ok(csv.includes(",'-Legacy rack,"), 'the forecast protects the names in its CSV');
    const actuals = revisitReport([legacy], { date: '2010-05-03', from: '2009-05', actuals: { csv, file: 'forecast.focus.csv' } }).actuals;
    // By hand: 12 × 250.00 = 3,000.00, all of it the item's.
    assert.deepEqual(
      actuals?.scenarios.map((scenario) => [scenario.name, scenario.actual, scenario.variance, scenario.items.map((item) => [item.name, item.variance])]),
      [['-Legacy rack', '3000.00', '0.00', [['+Remote hands', '0.00']]]],
    );
    assert.deepEqual(actuals?.focus?.unplanned, []);
  });

  it('reads back a migration overlap\'s rows as the overlap item they were planned as, not as unplanned spending (round trip)', () => {
    const { selfHosted } = foundingScenarios();
    const provider = scenarioOf({
      name: 'Provider',
      currency: 'USD',
      start: '2009-05',
      overlap: { months: 3 },
      costs: [{ name: 'Managed hosting', kind: 'recurring', amount: '3000', every: 'month' }],
    });
    const csv = renderFocusCsv(focusForecast([selfHosted, provider], { months: 12 }));
    assert.ok(csv.includes('Self-hosting (overlap)'), 'the forecast has the overlap item');
    const actuals = revisitReport([selfHosted, provider], { date: '2010-05-03', from: '2009-05', actuals: { csv, file: 'forecast.focus.csv' } }).actuals;
    // By hand: the provider pays 12 × 3,000 = 36,000 and self-hosting's 4,000 for 3 months = 12,000 during the move.
    assert.deepEqual(
      actuals?.scenarios.map((scenario) => [scenario.name, scenario.actual, scenario.variance, scenario.items.map((item) => [item.name, item.variance])]),
      [
        ['Self-hosted', '48000.00', '0.00', [['Self-hosting', '0.00']]],
        ['Provider', '48000.00', '0.00', [['Managed hosting', '0.00'], ['Self-hosting (overlap)', '0.00']]],
      ],
    );
    assert.deepEqual(actuals?.focus?.unplanned, []);
  });

  it('gives zero variance in the amortized view too: EffectiveCost read back against the amortized plan, BilledCost against the cash plan', () => {
    const { selfHosted } = foundingScenarios();
    const ownServers = scenarioOf({
      name: 'Own servers',
      currency: 'USD',
      start: '2009-05',
      costs: [
        { name: 'Colocation', kind: 'recurring', amount: '1500', every: 'month', category: 'hosting' },
        { name: 'Servers', kind: 'hardware', price: '36000', lifeMonths: 36, salvage: '3600', category: 'hardware' },
      ],
    });
    const csv = renderFocusCsv(focusForecast([ownServers, selfHosted], { months: 12, view: 'amortized' }));
    const variances = (view: 'cash' | 'amortized', cost: 'billed' | 'effective') =>
      revisitReport([ownServers, selfHosted], { date: '2010-05-03', from: '2009-05', view, actuals: { csv, cost } }).actuals?.scenarios.map((scenario) => [scenario.name, scenario.actual, scenario.variance]);
    // By hand: 12 × 1,500 + 12 × 900 = 28,800 amortized; 12 × 1,500 + 36,000 = 54,000 paid.
    assert.deepEqual(variances('amortized', 'effective'), [['Own servers', '28800.00', '0.00'], ['Self-hosted', '48000.00', '0.00']]);
    assert.deepEqual(variances('cash', 'billed'), [['Own servers', '54000.00', '0.00'], ['Self-hosted', '48000.00', '0.00']]);
  });

  it('says which providers the bill has when no row is a scenario\'s, instead of comparing nothing', () => {
    const text = `${HEADER}\n2025-05-01T00:00:00Z,2025-05-01T00:00:00Z,2025-05-02T00:00:00Z,Usage,,Other Cloud,Object storage,Storage,3,3,USD,\n`;
    const result = parseFocusActuals(text, { ...usd, file: 'bill.csv', scenarios: [{ ...aws, mapped: false }] });
    assert.deepEqual(result.ok ? [] : result.issues.map(formatIssue), [
      'bill.csv:1: no row of the bill is a scenario\'s: its providers are "Other Cloud", the scenarios\' are "Cloud" (Amazon Web Services); name the bill\'s provider in the scenario\'s billing.provider or actuals.provider',
    ]);
  });

  it('refuses a control character in a ProviderName or ServiceName, which would reach the report', () => {
    const text = `${HEADER}\n2025-05-01T00:00:00Z,2025-05-01T00:00:00Z,2025-05-02T00:00:00Z,Usage,,Amazon Web Services,EC2\u001b[2J,Compute,1,1,USD,\n`;
    const result = parseFocusActuals(text, { ...usd, file: 'bill.csv', scenarios: [aws] });
    assert.deepEqual(result.ok ? [] : result.issues.map(formatIssue), [
      'bill.csv:2: ServiceName: the text has the control character U+001B at character 4; remove it (a text may hold tabs and line breaks, no other control characters)',
    ]);
  });

  it('reads a date-time as a database writes it in UTC: a space for the T, +00:00 or +00 for the Z', () => {
    const text = [HEADER, ...['2025-05-01 00:00:00', '2025-05-31T23:00:00+00:00', '2025-05-15 12:30:00+00', '2025-05-20'].map((start) => `2025-05-01T00:00:00Z,${start},2025-06-01T00:00:00Z,Usage,,Amazon Web Services,Amazon EC2,Compute,1,1,USD,`)].join('\n');
    const result = parseFocusActuals(text, { ...usd, scenarios: [{ ...aws, items: ['Amazon EC2'], rules: [] }] });
    assert.deepEqual(result.ok && result.value.rows.map((row) => [row.month, row.amount]), [['2025-05', '4.00']]);
  });
});
