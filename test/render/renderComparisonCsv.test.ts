import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { compare } from '../../lib/report/compare.js';
import { renderComparisonCsv } from '../../lib/render/renderComparisonCsv.js';
import { expectGolden } from '../golden/golden.js';
import { foundingScenarios, monthlyScenario, scenarioOf } from './fixtures.js';

describe('renderComparisonCsv', () => {
  describe('the founding example over 36 months', () => {
    const csv = renderComparisonCsv(compare(foundingScenarios(), { months: 36 }));

    it('writes a header row and one row per scenario with plain numbers, CRLF after every record', () => {
      assert.equal(
        csv,
        'scenario,year_1,year_2,year_3,total,difference,break_even_month,committed_minimum\r\n' +
          'Self-hosted,48000.00,48000.00,48000.00,144000.00,0.00,,\r\n' +
          'Managed provider,525000.00,480000.00,480000.00,1485000.00,1341000.00,,1005000.00\r\n',
      );
    });

    it('matches test/golden/compare.csv', () => {
      expectGolden('compare.csv', csv);
    });
  });

  it('gives the break-even month as YYYY-MM and a cheaper challenger a negative difference, not prefixed', () => {
    // 10,500 once + 3,000 a month: 46,500 / 36,000 / 36,000 = 118,500, 25,500 less than 144,000; break-even in month 11
    const lean = monthlyScenario('Lean provider', '3000', [{ name: 'Setup', kind: 'one-time', amount: '10500' }]);
    const csv = renderComparisonCsv(compare([monthlyScenario('Self-hosted', '4000'), lean], { months: 36 }));
    assert.equal(csv.split('\r\n')[2], 'Lean provider,46500.00,36000.00,36000.00,118500.00,-25500.00,2010-03,');
  });

  it('adds an npv column after total when discounted', () => {
    const payNow = scenarioOf({ name: 'Pay now', currency: 'USD', start: '2009-05', costs: [{ name: 'Licence', kind: 'one-time', amount: '2100' }] });
    const payLater = scenarioOf({
      name: 'Pay later',
      currency: 'USD',
      start: '2009-05',
      costs: [
        { name: 'First instalment', kind: 'one-time', amount: '1000' },
        { name: 'Second instalment', kind: 'one-time', amount: '1100', month: '2010-05' },
      ],
    });
    assert.equal(
      renderComparisonCsv(compare([payNow, payLater], { months: 24, discountRate: '10%' })),
      'scenario,year_1,year_2,total,npv,difference,break_even_month,committed_minimum\r\n' +
        'Pay now,2100.00,0.00,2100.00,2100.00,0.00,,\r\n' +
        'Pay later,1000.00,1100.00,2100.00,2000.00,0.00,2009-05,\r\n',
    );
  });

  describe('scenario names that are not plain words', () => {
    const names = ['=cmd|\' /C calc\'!A0', 'Acme, Inc.', 'The "best" one', 'Line\nbreak', '-minus', '+plus', '@at', '\tTab', 'a;=b', 'Self-hosted'];
    const csv = renderComparisonCsv(compare(names.map((name) => monthlyScenario(name, '4000')), { months: 12 }));

    it('quotes commas, quotes, line breaks, semicolons and tabs, and protects formulas with an apostrophe', () => {
      assert.deepEqual(
        csv.split('\r\n').slice(1, -1).map((record) => record.slice(0, record.indexOf(',48000.00'))),
        ['\'=cmd|\' /C calc\'!A0', '"Acme, Inc."', '"The ""best"" one"', '"Line\nbreak"', "'-minus", "'+plus", "'@at", '"\'\tTab"', '"a;=b"', 'Self-hosted'],
      );
    });

    it('reads back with an RFC 4180 parser as the names, with the apostrophe where one was needed', () => {
      const records = parse(csv) as string[][];
      assert.deepEqual(
        records.slice(1).map((record) => record[0]),
        ['\'=cmd|\' /C calc\'!A0', 'Acme, Inc.', 'The "best" one', 'Line\nbreak', "'-minus", "'+plus", "'@at", "'\tTab", 'a;=b', 'Self-hosted'],
      );
      for (const record of records) assert.equal(record.length, 6);
    });
  });
});

describe('renderComparisonCsv: exit after N months and currencies', () => {
  const [selfHosted, managed] = foundingScenarios();

  it('adds the total cost of leaving after N months, empty without a commitment', () => {
    const csv = renderComparisonCsv(compare([selfHosted!, managed!], { months: 12, exitAfter: 12 }));
    assert.equal(
      csv,
      'scenario,year_1,total,difference,break_even_month,committed_minimum,exit_after_12_months\r\n' +
        'Self-hosted,48000.00,48000.00,0.00,,,\r\n' +
        'Managed provider,525000.00,525000.00,477000.00,,1005000.00,1005000.00\r\n',
    );
  });

  it('adds the original currency and rate of converted scenarios', () => {
    const euros = scenarioOf({ ...selfHosted!.definition, name: 'Self-hosted EU', currency: 'EUR' });
    const csv = renderComparisonCsv(compare([selfHosted!, euros], { months: 12, rates: { EUR: '1.1' } }));
    assert.deepEqual(parse(csv), [
      ['scenario', 'year_1', 'total', 'difference', 'break_even_month', 'committed_minimum', 'converted_from', 'exchange_rate'],
      ['Self-hosted', '48000.00', '48000.00', '0.00', '', '', '', ''],
      ['Self-hosted EU', '52800.00', '52800.00', '4800.00', '', '', 'EUR', '1.1'],
    ]);
  });
});
