import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../lib/report/compare.js';
import { focusForecast, type FocusForecast } from '../../lib/report/focusForecast.js';
import { renderFocusCsv } from '../../lib/render/renderFocusCsv.js';
import { parseCsv } from '../../lib/csv/parseCsv.js';
import { unwrap } from '../../lib/issues/issue.js';
import { foundingScenarios, scenarioOf } from '../support/fixtures.js';
import type { ScenarioFile } from '../../lib/scenario/scenarioFile.js';

/**
 * The FOCUS 1.2 columns the export must carry, with their data type and whether a null is
 * allowed, as the 1.2 column definitions state them (specification/columns/*.md of the FOCUS
 * specification): written out here by hand, not read from the code under test.
 */
const MANDATORY: readonly [string, 'Decimal' | 'String' | 'Date/Time', boolean][] = [
  ['BilledCost', 'Decimal', false],
  ['BillingAccountId', 'String', false],
  ['BillingAccountName', 'String', true],
  ['BillingCurrency', 'String', false],
  ['BillingPeriodEnd', 'Date/Time', false],
  ['BillingPeriodStart', 'Date/Time', false],
  ['ChargeCategory', 'String', false],
  ['ChargeClass', 'String', true],
  ['ChargeDescription', 'String', true],
  ['ChargePeriodEnd', 'Date/Time', false],
  ['ChargePeriodStart', 'Date/Time', false],
  ['ContractedCost', 'Decimal', false],
  ['EffectiveCost', 'Decimal', false],
  ['InvoiceIssuerName', 'String', false],
  ['ListCost', 'Decimal', false],
  ['PricingQuantity', 'Decimal', true],
  ['PricingUnit', 'String', true],
  ['ProviderName', 'String', false],
  ['PublisherName', 'String', false],
  ['ServiceCategory', 'String', false],
  ['ServiceName', 'String', false],
];
/** Columns the issue names that are conditional in 1.2, with their type. */
const CONDITIONAL: readonly [string, 'Decimal' | 'String' | 'Date/Time'][] = [
  ['ChargeFrequency', 'String'],
  ['PricingCategory', 'String'],
  ['CommitmentDiscountCategory', 'String'],
  ['CommitmentDiscountId', 'String'],
  ['CommitmentDiscountName', 'String'],
  ['CommitmentDiscountQuantity', 'Decimal'],
  ['CommitmentDiscountStatus', 'String'],
  ['CommitmentDiscountType', 'String'],
  ['CommitmentDiscountUnit', 'String'],
  ['ConsumedQuantity', 'Decimal'],
  ['ConsumedUnit', 'String'],
];
const DECIMAL = /^-?\d+(\.\d+)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

const { selfHosted, managed } = foundingScenarios();
const ownServersFile: ScenarioFile = {
  name: 'Own servers',
  currency: 'USD',
  start: '2009-05',
  billing: { provider: 'Rack Rentals Inc', invoiceIssuer: 'Rack Reseller Ltd' },
  costs: [
    { name: 'Colocation', kind: 'recurring', amount: '1500', every: 'month', category: 'hosting' },
    { name: 'Servers', kind: 'hardware', price: '36000', lifeMonths: 36, salvage: '3600', category: 'hardware' },
  ],
};
const ownServers = scenarioOf(ownServersFile);

/** The CSV as rows of named cells, read back with costmodel's own CSV reader. */
function csvRows(forecast: FocusForecast): Record<string, string>[] {
  const [header, ...rows] = unwrap(parseCsv(renderFocusCsv(forecast)));
  return rows.map(({ cells }) => Object.fromEntries((header?.cells ?? []).map((name, i) => [name, cells[i] ?? ''])));
}

/** Exact sum of decimal strings in minor units (cents), as a spreadsheet sums a column. */
function cents(values: readonly string[]): bigint {
  return values.reduce((sum, value) => {
    const [whole = '0', fraction = ''] = value.split('.');
    const sign = whole.startsWith('-') ? -1n : 1n;
    return sum + sign * (BigInt(whole.replace('-', '')) * 100n + BigInt(fraction.padEnd(2, '0')));
  }, 0n);
}

describe('focusForecast', () => {
  it('writes every mandatory FOCUS 1.2 column with its type, and no null where 1.2 forbids one', () => {
    const rows = csvRows(focusForecast([selfHosted, managed, ownServers], { months: 36 }));
    assert.equal(rows.length > 0, true);
    for (const [column, type, nullable] of MANDATORY) {
      for (const row of rows) {
        const value = row[column];
        assert.notEqual(value, undefined, `${column} is missing`);
        if (value === '') {
          assert.equal(nullable, true, `${column} is null`);
          continue;
        }
        if (type === 'Decimal') assert.match(value as string, DECIMAL, column);
        if (type === 'Date/Time') assert.match(value as string, DATE_TIME, column);
      }
    }
    for (const [column, type] of CONDITIONAL) {
      for (const row of rows) {
        const value = row[column];
        assert.notEqual(value, undefined, `${column} is missing`);
        if (value !== '' && type === 'Decimal') assert.match(value as string, DECIMAL, column);
      }
    }
  });

  it('keeps the conditional rules of 1.2: PricingQuantity, PricingUnit and PricingCategory on every Usage and Purchase, no Usage-Based purchase, a status only on committed usage', () => {
    const committedServers = scenarioOf({ ...ownServersFile, name: 'Committed servers', commitment: { months: 12 } });
    const meteredProvider = scenarioOf({
      name: 'Metered provider',
      currency: 'USD',
      start: '2009-05',
      commitment: { months: 12 },
      drivers: { customers: { value: 200 } },
      costs: [{ name: 'Per customer', kind: 'usage', driver: 'customers', price: '30' }],
    });
    const rows = csvRows(focusForecast([selfHosted, managed, ownServers, committedServers, meteredProvider], { months: 36, view: 'amortized' }));
    const committedUsage = rows.filter((row) => row['ChargeCategory'] === 'Usage' && row['PricingCategory'] === 'Committed');
    assert.deepEqual(new Set(committedUsage.map((row) => row['x_Scenario'])), new Set(['Committed servers', 'Metered provider']));
    for (const row of rows) {
      assert.ok(['Usage', 'Purchase'].includes(row['ChargeCategory'] as string));
      assert.notEqual(row['PricingQuantity'], '');
      assert.notEqual(row['PricingUnit'], '');
      assert.ok(['Standard', 'Committed'].includes(row['PricingCategory'] as string));
      assert.ok(['One-Time', 'Recurring', 'Usage-Based'].includes(row['ChargeFrequency'] as string));
      if (row['ChargeCategory'] === 'Purchase') assert.notEqual(row['ChargeFrequency'], 'Usage-Based');
      if (row['ChargeCategory'] === 'Usage') assert.notEqual(row['ConsumedQuantity'], '');
      assert.equal(row['ChargeClass'], '');
      assert.equal(row['PricingCategory'] === 'Committed', row['CommitmentDiscountId'] !== '');
      // 1.2: a status exactly on the Usage rows of a commitment; a quantity and its unit on every row of one.
      assert.equal(row['CommitmentDiscountStatus'] !== '', row['ChargeCategory'] === 'Usage' && row['CommitmentDiscountId'] !== '');
      assert.equal(row['CommitmentDiscountQuantity'] !== '', row['CommitmentDiscountId'] !== '');
      assert.equal(row['CommitmentDiscountUnit'] !== '', row['CommitmentDiscountId'] !== '');
      assert.equal(row['x_Forecast'], 'true');
    }
  });

  it('gives each charge its calendar month: start inclusive, end exclusive, UTC with Z', () => {
    const rows = csvRows(focusForecast([managed], { months: 36 }));
    const hosting = rows.filter((row) => row['ServiceName'] === 'Managed hosting');
    assert.equal(hosting.length, 36);
    assert.deepEqual(
      [hosting[0]?.['ChargePeriodStart'], hosting[0]?.['ChargePeriodEnd'], hosting[7]?.['ChargePeriodStart'], hosting[7]?.['ChargePeriodEnd']],
      ['2009-05-01T00:00:00Z', '2009-06-01T00:00:00Z', '2009-12-01T00:00:00Z', '2010-01-01T00:00:00Z'],
    );
    assert.deepEqual([hosting[7]?.['BillingPeriodStart'], hosting[7]?.['BillingPeriodEnd']], ['2009-12-01T00:00:00Z', '2010-01-01T00:00:00Z']);
  });

  it('maps the founding case: the setup fee a committed one-time Purchase, the fee Committed for 24 months and Standard after', () => {
    const rows = csvRows(focusForecast([managed], { months: 36 }));
    const setup = rows[0] as Record<string, string>;
    assert.deepEqual(
      [setup['ChargeCategory'], setup['ChargeFrequency'], setup['BilledCost'], setup['EffectiveCost'], setup['ListCost'], setup['ContractedCost'], setup['ServiceCategory'], setup['PricingCategory']],
      ['Purchase', 'One-Time', '45000.00', '45000.00', '45000.00', '45000.00', 'Migration', 'Committed'],
    );
    const hosting = rows.filter((row) => row['ServiceName'] === 'Managed hosting');
    assert.deepEqual(
      [hosting[23]?.['PricingCategory'], hosting[23]?.['CommitmentDiscountId'], hosting[23]?.['CommitmentDiscountCategory'], hosting[24]?.['PricingCategory'], hosting[24]?.['CommitmentDiscountId']],
      ['Committed', 'Managed provider/commitment/2009-05', 'Spend', 'Standard', ''],
    );
    assert.deepEqual([hosting[0]?.['ChargeFrequency'], hosting[0]?.['ServiceCategory'], hosting[0]?.['ProviderName'], hosting[0]?.['InvoiceIssuerName']], ['Recurring', 'Compute', 'Managed provider', 'Managed provider']);
  });

  it('has BilledCost summing exactly to the totals compare prints, per month, per year and in total', () => {
    const scenarios = [selfHosted, managed, ownServers];
    const forecast = focusForecast(scenarios, { months: 36 });
    const comparison = compare(scenarios, { months: 36 });
    for (const scenario of comparison.scenarios) {
      const own = forecast.charges.filter((charge) => charge.x_Scenario === scenario.name);
      assert.equal(cents(own.map((charge) => charge.BilledCost ?? '')), cents([scenario.total]), scenario.name);
      comparison.months.forEach((month, m) => {
        const inMonth = own.filter((charge) => charge.ChargePeriodStart?.startsWith(month));
        assert.equal(cents(inMonth.map((charge) => charge.BilledCost ?? '')), cents([scenario.monthly[m] ?? '']), `${scenario.name} ${month}`);
      });
      comparison.years.forEach((year, y) => {
        const inYear = own.filter((charge) => (charge.ChargePeriodStart ?? '').slice(0, 7) >= year.from && (charge.ChargePeriodStart ?? '').slice(0, 7) <= year.to);
        assert.equal(cents(inYear.map((charge) => charge.BilledCost ?? '')), cents([scenario.years[y] ?? '']), `${scenario.name} ${year.label}`);
      });
    }
    // By hand: 36 × 4,000; 45,000 + 36 × 40,000; 36 × 1,500 + 36,000 − 3,600.
    assert.deepEqual(comparison.scenarios.map((s) => s.total), ['144000.00', '1485000.00', '86400.00']);
  });

  it('amortized: a hardware purchase is a Purchase with EffectiveCost 0, and its cost comes back month by month as Usage', () => {
    const forecast = focusForecast([ownServers], { months: 36, view: 'amortized' });
    const servers = forecast.charges.filter((charge) => charge.x_CostItem === 'Servers');
    const purchase = servers.filter((charge) => charge.ChargeCategory === 'Purchase');
    assert.deepEqual(
      purchase.map((charge) => [charge.ChargePeriodStart, charge.BilledCost, charge.EffectiveCost, charge.ChargeDescription]),
      [
        ['2009-05-01T00:00:00Z', '36000.00', '0.00', 'Servers: purchase'],
        ['2012-04-01T00:00:00Z', '-3600.00', '0.00', 'Servers: salvage at the end of its life'],
      ],
    );
    const used = servers.filter((charge) => charge.ChargeCategory === 'Usage');
    assert.equal(used.length, 36);
    // (36,000 − 3,600) ÷ 36 = 900.00 a month, exactly.
    assert.deepEqual(new Set(used.map((charge) => [charge.BilledCost, charge.EffectiveCost].join(' '))), new Set(['0.00 900.00']));
    assert.equal(used[2]?.ChargeDescription, 'Servers: month 3 of 36 of its life, amortized');
    const total = (column: 'BilledCost' | 'EffectiveCost') => cents(forecast.charges.map((charge) => charge[column] ?? ''));
    assert.deepEqual([total('BilledCost'), total('EffectiveCost')], [cents([compare([ownServers], { months: 36 }).scenarios[0]?.total ?? '']), cents([compare([ownServers], { months: 36, view: 'amortized' }).scenarios[0]?.total ?? ''])]);
  });

  it('names provider, publisher, invoice issuer and account from the billing block, with the defaults', () => {
    const [first] = focusForecast([ownServers], { months: 1 }).charges;
    assert.deepEqual(
      [first?.ProviderName, first?.PublisherName, first?.InvoiceIssuerName, first?.BillingAccountId, first?.BillingAccountName],
      ['Rack Rentals Inc', 'Rack Rentals Inc', 'Rack Reseller Ltd', 'Own servers', 'Own servers'],
    );
  });

  it('prices usage items by their driver: PricingQuantity is the driver\'s value that month', () => {
    const perCustomer = scenarioOf({
      name: 'Per customer',
      currency: 'USD',
      start: '2009-05',
      drivers: { customers: { value: 200, growth: { add: 20, every: 'month' } } },
      costs: [{ name: 'Per-customer fee', kind: 'usage', driver: 'customers', price: '30', category: 'hosting' }],
    });
    const charges = focusForecast([perCustomer], { months: 2 }).charges;
    assert.deepEqual(
      charges.map((charge) => [charge.ChargeCategory, charge.ChargeFrequency, charge.PricingQuantity, charge.PricingUnit, charge.BilledCost]),
      [
        ['Usage', 'Usage-Based', '200', 'customers', '6000.00'],
        ['Usage', 'Usage-Based', '220', 'customers', '6600.00'],
      ],
    );
  });

  it('writes decimals without symbols or separators, and protects text against formulas', () => {
    const hostile = scenarioOf({ name: '=cmd', currency: 'USD', start: '2009-05', costs: [{ name: 'Fee', kind: 'one-time', amount: '1234567.5' }] });
    const csv = renderFocusCsv(focusForecast([hostile], { months: 1 }));
    const [row] = csvRows(focusForecast([hostile], { months: 1 }));
    assert.equal(row?.['BilledCost'], '1234567.50');
    assert.equal(row?.['x_Scenario'], "'=cmd");
    assert.ok(csv.endsWith('\r\n'));
  });

  it('bills a scenario in another currency in the reporting currency, says the rate, and still sums to compare\'s totals', () => {
    const euro = scenarioOf({ name: 'Euro host', currency: 'EUR', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount: '1000.01', every: 'month', category: 'hosting' }] });
    const options = { months: 12, currency: 'USD', rates: { EUR: '1.37' } };
    const forecast = focusForecast([selfHosted, euro], options);
    assert.deepEqual(forecast.settings.rates, { EUR: '1.37' });
    const euroRows = forecast.charges.filter((charge) => charge.x_Scenario === 'Euro host');
    // 1,000.01 × 1.37 = 1,370.0137 → 1,370.01 a month, in USD.
    assert.deepEqual(new Set(euroRows.map((charge) => [charge.BilledCost, charge.BillingCurrency].join(' '))), new Set(['1370.01 USD']));
    assert.equal(cents(euroRows.map((charge) => charge.BilledCost ?? '')), cents([compare([selfHosted, euro], options).scenarios[1]?.total ?? '']));
  });

  it('says ranges stand at their medians when only an exchange rate is a range, as compare and schedule do', () => {
    const euro = scenarioOf({ name: 'Euro host', currency: 'EUR', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount: '1000', every: 'month' }] });
    const options = { months: 12, currency: 'USD', rates: { EUR: { low: '1.05', high: '1.15' } } };
    assert.equal(compare([selfHosted, euro], options).settings.ranges, 'medians');
    assert.equal(focusForecast([selfHosted, euro], options).settings.ranges, 'medians');
    assert.equal(focusForecast([selfHosted, euro], { ...options, rates: { EUR: '1.1' } }).settings.ranges, undefined);
  });
});
