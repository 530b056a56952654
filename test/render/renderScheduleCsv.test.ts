import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { Money, type Decimal } from '../../lib/money/decimal.js';
import { schedule } from '../../lib/report/scheduleReport.js';
import { renderScheduleCsv } from '../../lib/render/renderScheduleCsv.js';
import { expectGolden } from '../golden/golden.js';
import { foundingScenarios, scenarioOf } from './fixtures.js';

const records = (csv: string) => parse(csv) as string[][];
const sum = (amounts: readonly string[]) => amounts.reduce<Decimal>((total, amount) => total.plus(amount), new Money(0)).toFixed(2);

describe('renderScheduleCsv', () => {
  const ledger = schedule(foundingScenarios(), { months: 36 });

  describe('long layout', () => {
    const csv = renderScheduleCsv(ledger, { layout: 'long' });

    it('writes one row per payment: month, scenario, item, category, amount', () => {
      assert.deepEqual(csv.split('\r\n').slice(0, 5), [
        'month,scenario,item,category,amount',
        '2009-05,Self-hosted,Self-hosting,hosting,4000.00',
        '2009-05,Managed provider,Migration and setup,migration,45000.00',
        '2009-05,Managed provider,Managed hosting,hosting,40000.00',
        '2009-06,Self-hosted,Self-hosting,hosting,4000.00',
      ]);
      // 36 months × (1 self-hosted + 1 managed) + the setup fee, after the header; CRLF after the last record too
      assert.equal(csv.split('\r\n').length, 1 + 73 + 1);
      assert.ok(csv.endsWith('2012-04,Managed provider,Managed hosting,hosting,40000.00\r\n'));
    });

    it('is the layout when none is given', () => {
      assert.equal(renderScheduleCsv(ledger), csv);
    });

    it('sums per scenario to the totals compare prints: 144000.00 and 1485000.00', () => {
      const rows = records(csv).slice(1);
      assert.equal(sum(rows.filter((row) => row[1] === 'Self-hosted').map((row) => row[4] as string)), '144000.00');
      assert.equal(sum(rows.filter((row) => row[1] === 'Managed provider').map((row) => row[4] as string)), '1485000.00');
    });

    it('matches test/golden/schedule.long.csv', () => {
      expectGolden('schedule.long.csv', csv);
    });
  });

  describe('wide layout', () => {
    const csv = renderScheduleCsv(ledger, { layout: 'wide' });

    it('writes one row per month with each scenario\'s cost that month', () => {
      const lines = csv.split('\r\n');
      assert.deepEqual(lines.slice(0, 3), ['month,Self-hosted,Managed provider', '2009-05,4000.00,85000.00', '2009-06,4000.00,40000.00']);
      assert.equal(lines.length, 1 + 36 + 1);
      assert.equal(lines[36], '2012-04,4000.00,40000.00');
    });

    it('has columns that sum to the totals compare prints: 144000.00 and 1485000.00', () => {
      const rows = records(csv).slice(1);
      assert.equal(sum(rows.map((row) => row[1] as string)), '144000.00');
      assert.equal(sum(rows.map((row) => row[2] as string)), '1485000.00');
    });

    it('writes 0.00 in months where nothing is due', () => {
      const later = scenarioOf({ name: 'Later', currency: 'USD', start: '2009-07', costs: [{ name: 'Fee', kind: 'recurring', amount: '100', every: 'quarter' }] });
      const csv = renderScheduleCsv(schedule([foundingScenarios()[0]!, later], { months: 6 }), { layout: 'wide' });
      assert.equal(
        csv,
        'month,Self-hosted,Later\r\n2009-05,4000.00,0.00\r\n2009-06,4000.00,0.00\r\n2009-07,4000.00,100.00\r\n' +
          '2009-08,4000.00,0.00\r\n2009-09,4000.00,0.00\r\n2009-10,4000.00,100.00\r\n',
      );
    });

    it('matches test/golden/schedule.wide.csv', () => {
      expectGolden('schedule.wide.csv', csv);
    });
  });

  it('protects scenario, item and category names against formula injection in both layouts', () => {
    const risky = scenarioOf({
      name: '=1+1',
      currency: 'USD',
      start: '2009-05',
      costs: [{ name: '@SUM(A1)', kind: 'one-time', amount: '10', category: '-2, "minus"' }],
    });
    const ledger = schedule([risky], { months: 1 });
    assert.equal(renderScheduleCsv(ledger, { layout: 'long' }), 'month,scenario,item,category,amount\r\n2009-05,\'=1+1,\'@SUM(A1),"\'-2, ""minus""",10.00\r\n');
    assert.equal(renderScheduleCsv(ledger, { layout: 'wide' }), "month,'=1+1\r\n2009-05,10.00\r\n");
  });
});

describe('renderScheduleCsv: salvage and currencies', () => {
  const [selfHosted, managed] = foundingScenarios();

  it('writes a salvage value as a plain negative number, which sums with the rest', () => {
    const own = scenarioOf({ name: 'Own', currency: 'USD', start: '2009-05', costs: [{ name: 'Servers', kind: 'hardware', price: '1000', lifeMonths: 2, salvage: '250.5', refresh: false }] });
    const csv = renderScheduleCsv(schedule([own], { months: 2 }), { layout: 'long' });
    assert.equal(csv, 'month,scenario,item,category,amount\r\n2009-05,Own,Servers,other,1000.00\r\n2009-06,Own,Servers,other,-250.50\r\n');
    assert.equal(sum(records(csv).slice(1).map((row) => row[4] as string)), '749.50');
  });

  it('adds the currency and amount before conversion to each converted row', () => {
    const euros = scenarioOf({ ...managed!.definition, name: 'Provider EU', currency: 'EUR' });
    const ledger = schedule([selfHosted!, euros], { months: 1, rates: { EUR: '1.08' } });
    assert.equal(
      renderScheduleCsv(ledger, { layout: 'long' }),
      'month,scenario,item,category,amount,original_currency,original_amount\r\n' +
        '2009-05,Self-hosted,Self-hosting,hosting,4000.00,,\r\n' +
        '2009-05,Provider EU,Migration and setup,migration,48600.00,EUR,45000.00\r\n' +
        '2009-05,Provider EU,Managed hosting,hosting,43200.00,EUR,40000.00\r\n',
    );
    assert.equal(renderScheduleCsv(ledger, { layout: 'wide' }), 'month,Self-hosted,Provider EU (converted from EUR at 1.08)\r\n2009-05,4000.00,91800.00\r\n');
  });
});
