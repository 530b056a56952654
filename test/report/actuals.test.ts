/**
 * Actual spending from a spreadsheet's CSV export, against the plan. Every expected value
 * here is worked out by hand from the founding example: self-hosting is 48,000.00 a year
 * billed monthly, 4,000.00 in each of the 36 months from 2009-05; the managed provider is
 * 45,000.00 once in 2009-05 plus 40,000.00 a month.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import { InputError, type Issue } from '../../lib/issues/issue.js';
import { minorUnitDigits } from '../../lib/money/minorUnitDigits.js';
import { compare } from '../../lib/report/compare.js';
import { schedule } from '../../lib/report/scheduleReport.js';
import {
  compareActuals,
  parseActualsCsv,
  tryCompareActuals,
  type ActualsComparison,
  type ActualsPlan,
  type ActualsRow,
} from '../../lib/report/actuals.js';
import { projectRoot } from '../support/fixtures.js';

const FILE = 'actuals.csv';
const HEADER = 'Month,Scenario,Item,Amount';
const EXPORT_ADVICE = 'export amounts as plain numbers with a dot for decimals (format the column as Number with no thousands separator before saving as CSV)';

function parse(text: string, currency = 'USD') {
  return parseActualsCsv(text, { file: FILE, currency, minorDigits: minorUnitDigits(currency) });
}

function rows(text: string, currency = 'USD'): ActualsRow[] {
  const result = parse(text, currency);
  if (!result.ok) assert.fail(`expected rows, got issues: ${JSON.stringify(result.issues, null, 2)}`);
  return [...result.value];
}

/** `[line, code, message]` of each issue, in order. */
function problems(text: string, currency = 'USD'): [number | undefined, string, string][] {
  const result = parse(text, currency);
  if (result.ok) assert.fail(`expected issues, got rows: ${JSON.stringify(result.value)}`);
  for (const issue of result.issues) assert.equal(issue.file, FILE);
  return result.issues.map((issue) => [issue.line, issue.code, issue.message]);
}

/** The amount read from one cell (the cell is written as given, so quote it when it holds a comma). */
function amountOf(cell: string, currency = 'USD'): string {
  const [row] = rows(`${HEADER}\n2009-05,Self-hosted,Self-hosting,${cell}\n`, currency);
  return row?.amount ?? assert.fail('no row');
}

/** The one issue for one amount cell. */
function amountProblem(cell: string, currency = 'USD'): [number | undefined, string, string] {
  const found = problems(`${HEADER}\n2009-05,Self-hosted,Self-hosting,${cell}\n`, currency);
  assert.equal(found.length, 1, JSON.stringify(found));
  return found[0] as [number | undefined, string, string];
}

describe('parseActualsCsv: reading rows', () => {
  it('reads each row with its line, month, scenario, item and amount with the minor-unit digits', () => {
    assert.deepEqual(rows(`${HEADER}\n2009-05,Self-hosted,Self-hosting,4000\n2009-06,Self-hosted,Self-hosting,4310.5\n`), [
      { line: 2, month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.00' },
      { line: 3, month: '2009-06', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4310.50' },
    ]);
  });

  it('tolerates a byte order mark and CRLF line ends', () => {
    assert.deepEqual(rows(`\uFEFF${HEADER}\r\n2009-05,Self-hosted,Self-hosting,4000.00\r\n2009-06,Self-hosted,Self-hosting,4000.00\r\n`), [
      { line: 2, month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.00' },
      { line: 3, month: '2009-06', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.00' },
    ]);
  });

  it('matches header names trimmed and ignoring case, in any order', () => {
    assert.deepEqual(rows(' AMOUNT ,item,  Month,SCENARIO \n4000.00,Self-hosting,2009-05,Self-hosted\n'), [
      { line: 2, month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.00' },
    ]);
  });

  it('treats an empty item cell, or no item column, as not itemised', () => {
    assert.deepEqual(rows(`${HEADER}\n2009-11,Self-hosted,,1850.00\n2009-11,Self-hosted,  ,1.00\n`), [
      { line: 2, month: '2009-11', scenario: 'Self-hosted', item: null, amount: '1850.00' },
      { line: 3, month: '2009-11', scenario: 'Self-hosted', item: null, amount: '1.00' },
    ]);
    assert.deepEqual(rows('month,scenario,amount\n2009-11,Self-hosted,1850.00\n'), [{ line: 2, month: '2009-11', scenario: 'Self-hosted', item: null, amount: '1850.00' }]);
  });

  it('reads quoted fields holding commas, quotes and line breaks, and trims cells', () => {
    assert.deepEqual(rows(`${HEADER}\n"2009-05", "Self-hosted" ,"Rack 2, ""east""","4,310.50"\n`), [
      { line: 2, month: '2009-05', scenario: 'Self-hosted', item: 'Rack 2, "east"', amount: '4310.50' },
    ]);
  });

  it('skips blank lines and rows of empty cells, and numbers rows by their first physical line', () => {
    const text = [
      '', // 1
      HEADER, // 2
      '', // 3
      '2009-05,Self-hosted,"Self-', // 4
      'hosting",4000.00', // 5
      ',,,', // 6
      '   ', // 7
      '2009-06,Self-hosted,Self-hosting,4000.00', // 8
      '', // 9
    ].join('\n');
    assert.deepEqual(rows(text), [
      { line: 4, month: '2009-05', scenario: 'Self-hosted', item: 'Self-\nhosting', amount: '4000.00' },
      { line: 8, month: '2009-06', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.00' },
    ]);
  });

  it('reads the last row without a final line end', () => {
    assert.deepEqual(rows(`${HEADER}\n2009-05,Self-hosted,Self-hosting,4000.00`), [{ line: 2, month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.00' }]);
  });

  it('ignores a column without a header when all its cells are empty (a spreadsheet\'s trailing comma)', () => {
    assert.deepEqual(rows(`${HEADER},\n2009-05,Self-hosted,Self-hosting,4000.00,\n`), [{ line: 2, month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.00' }]);
  });

  it('reads a date YYYY-MM-DD as its month (spreadsheets turn months into dates)', () => {
    assert.deepEqual(
      rows(`${HEADER}\n2009-05-01,Self-hosted,Self-hosting,1\n2010-02-28,Self-hosted,Self-hosting,1\n2012-02-29,Self-hosted,Self-hosting,1\n`).map((row) => row.month),
      ['2009-05', '2010-02', '2012-02'],
    );
  });
});

describe('parseActualsCsv: amounts', () => {
  it('reads plain numbers exactly, with the currency\'s minor-unit digits', () => {
    assert.equal(amountOf('4310.50'), '4310.50');
    assert.equal(amountOf('4310.5'), '4310.50');
    assert.equal(amountOf('4000'), '4000.00');
    assert.equal(amountOf('0'), '0.00');
    assert.equal(amountOf('.5'), '0.50');
    // trailing zeros add no precision: 4000.500 is 4000.50
    assert.equal(amountOf('4000.500'), '4000.50');
    assert.equal(amountOf('123456789012345678.99'), '123456789012345678.99');
  });

  it('reads negative amounts (refunds, credits), also in accounting parentheses', () => {
    assert.equal(amountOf('-250.00'), '-250.00');
    assert.equal(amountOf('"(1,234.56)"'), '-1234.56');
    assert.equal(amountOf('(250)'), '-250.00');
  });

  it('reads the unambiguous English thousands separators', () => {
    assert.equal(amountOf('"1,234,567.89"'), '1234567.89');
    assert.equal(amountOf('"4,000.00"'), '4000.00');
    assert.equal(amountOf('"4,000"'), '4000.00');
  });

  it('reads the reporting currency\'s ISO code or its symbol, before or after the number', () => {
    assert.equal(amountOf('"$4,000.00"'), '4000.00');
    assert.equal(amountOf('USD 4000'), '4000.00');
    assert.equal(amountOf('4000.00 USD'), '4000.00');
    assert.equal(amountOf('usd4000'), '4000.00');
    assert.equal(amountOf('-$250.00'), '-250.00');
    assert.equal(amountOf('$-250.00'), '-250.00');
    assert.equal(amountOf('"($1,234.56)"'), '-1234.56');
    assert.equal(amountOf('"$ (1,234.56)"'), '-1234.56');
    assert.equal(amountOf('"€4,000.00"', 'EUR'), '4000.00');
    assert.equal(amountOf('EUR 4000.5', 'EUR'), '4000.50');
    assert.equal(amountOf('"¥4,000"', 'JPY'), '4000');
  });

  it('refuses an empty amount', () => {
    assert.deepEqual(amountProblem(''), [2, 'invalid-amount', 'the amount is empty; give the amount paid (0 for nothing)']);
  });

  it('refuses more decimals than the currency\'s minor unit', () => {
    assert.deepEqual(amountProblem('4310.505'), [2, 'invalid-amount', 'amount "4310.505" has 3 decimals, but USD payments have at most 2']);
    assert.deepEqual(amountProblem('4000.5', 'JPY'), [2, 'invalid-amount', 'amount "4000.5" has 1 decimal, but JPY payments have none']);
  });

  it('refuses separators that are not the English form, saying how to export', () => {
    assert.deepEqual(amountProblem('"1.234,56"'), [2, 'invalid-amount', `amount "1.234,56" is ambiguous: ${EXPORT_ADVICE}`]);
    for (const cell of ['"1 234,56"', '"4000,50"', '"1,23,456.00"', '"1,2345.00"', '"12,34"', "1'234.56", '1.234.567']) {
      const [line, code, message] = amountProblem(cell);
      assert.deepEqual([line, code], [2, 'invalid-amount'], cell);
      assert.match(message, /^amount ".*" is ambiguous: export amounts as plain numbers with a dot for decimals/, cell);
    }
  });

  it('refuses "1,234" for a currency with three decimals, where it could mean 1.234', () => {
    assert.equal(amountOf('"1,234"', 'USD'), '1234.00');
    assert.deepEqual(amountProblem('"1,234"', 'KWD'), [2, 'invalid-amount', `amount "1,234" is ambiguous: ${EXPORT_ADVICE}`]);
    assert.equal(amountOf('"1,234.000"', 'KWD'), '1234.000');
  });

  it('refuses another currency\'s symbol or code', () => {
    assert.deepEqual(amountProblem('"€4,000.00"'), [2, 'invalid-amount', `amount "€4,000.00" is not in USD, the plan's currency: convert it to USD and ${EXPORT_ADVICE}`]);
    assert.deepEqual(amountProblem('EUR 4000'), [2, 'invalid-amount', `amount "EUR 4000" is not in USD, the plan's currency: convert it to USD and ${EXPORT_ADVICE}`]);
    assert.deepEqual(amountProblem('4000 GBP'), [2, 'invalid-amount', `amount "4000 GBP" is not in USD, the plan's currency: convert it to USD and ${EXPORT_ADVICE}`]);
    assert.deepEqual(amountProblem('"$4,000.00"', 'EUR'), [2, 'invalid-amount', `amount "$4,000.00" is not in EUR, the plan's currency: convert it to EUR and ${EXPORT_ADVICE}`]);
  });

  it('refuses what is not a number', () => {
    assert.deepEqual(amountProblem('four thousand'), [2, 'invalid-amount', `amount "four thousand" is not a number: ${EXPORT_ADVICE}`]);
    for (const cell of ['4e3', '--4000', '(-4000)', '4000-', '$', '()', 'USD USD 4000', '1.2.3.4a']) {
      const [line, code, message] = amountProblem(cell);
      assert.deepEqual([line, code], [2, 'invalid-amount'], cell);
      assert.match(message, /is not a number: export amounts as plain numbers/, cell);
    }
  });

  it('says an unquoted thousands separator split the row into too many cells', () => {
    assert.deepEqual(problems(`${HEADER}\n2009-05,Self-hosted,Self-hosting,4,310.50\n`), [
      [2, 'invalid-row', `found 5 cells where the header has 4; quote a cell that holds a comma, or ${EXPORT_ADVICE}`],
    ]);
  });
});

describe('parseActualsCsv: months and scenarios', () => {
  it('refuses months that are not YYYY-MM or a date, with advice', () => {
    const advice = 'format the month column as text YYYY-MM (such as 2009-05) before saving as CSV';
    assert.deepEqual(
      problems(
        `${HEADER}\nMay 2009,Self-hosted,Self-hosting,1\n5/1/2009,Self-hosted,Self-hosting,1\n2009-13,Self-hosted,Self-hosting,1\n2009-02-29,Self-hosted,Self-hosting,1\n2009-5,Self-hosted,Self-hosting,1\n,Self-hosted,Self-hosting,1\n`,
      ),
      [
        [2, 'invalid-month', `month "May 2009" is not YYYY-MM (or a date YYYY-MM-DD): ${advice}`],
        [3, 'invalid-month', `month "5/1/2009" is not YYYY-MM (or a date YYYY-MM-DD): ${advice}`],
        [4, 'invalid-month', `month "2009-13" is not YYYY-MM (or a date YYYY-MM-DD): ${advice}`],
        [5, 'invalid-month', `month "2009-02-29" is not YYYY-MM (or a date YYYY-MM-DD): ${advice}`],
        [6, 'invalid-month', `month "2009-5" is not YYYY-MM (or a date YYYY-MM-DD): ${advice}`],
        [7, 'invalid-month', 'the month is empty; expected YYYY-MM (such as 2009-05)'],
      ],
    );
  });

  it('refuses a row without a scenario', () => {
    assert.deepEqual(problems(`${HEADER}\n2009-05,,Self-hosting,1\n`), [[2, 'missing-value', 'the scenario is empty; every row names the scenario it was paid for']]);
  });

  it('reports every bad row at once, each with its physical line', () => {
    const text = [
      HEADER, // 1
      '2009-05,Self-hosted,Self-hosting,4000.00', // 2 good
      '', // 3
      '2009-06,Self-hosted,"Self-', // 4
      'hosting",4.000,00', // 5: five cells
      '2009-07,Self-hosted,Self-hosting,"1.234,56"', // 6
      'July,,Self-hosting,', // 7: three problems
      '2009-08,Self-hosted,Self-hosting,4000.001', // 8
    ].join('\r\n');
    assert.deepEqual(problems(text), [
      [4, 'invalid-row', `found 5 cells where the header has 4; quote a cell that holds a comma, or ${EXPORT_ADVICE}`],
      [6, 'invalid-amount', `amount "1.234,56" is ambiguous: ${EXPORT_ADVICE}`],
      [7, 'invalid-month', 'month "July" is not YYYY-MM (or a date YYYY-MM-DD): format the month column as text YYYY-MM (such as 2009-05) before saving as CSV'],
      [7, 'missing-value', 'the scenario is empty; every row names the scenario it was paid for'],
      [7, 'invalid-amount', 'the amount is empty; give the amount paid (0 for nothing)'],
      [8, 'invalid-amount', 'amount "4000.001" has 3 decimals, but USD payments have at most 2'],
    ]);
  });

  it('refuses a value in a column without a header', () => {
    assert.deepEqual(problems(`${HEADER},\n2009-05,Self-hosted,Self-hosting,4000.00,paid late\n`), [
      [2, 'invalid-row', 'found "paid late" in column 5, which has no header; leave cells outside the columns month, scenario, item and amount empty'],
    ]);
  });
});

describe('parseActualsCsv: the header and the file', () => {
  const expected = 'expected the columns month, scenario, item (optional) and amount, in any order';

  it('refuses an unknown column, with a did-you-mean', () => {
    assert.deepEqual(problems('Month,Scenario,Item,Ammount\n2009-05,Self-hosted,Self-hosting,1\n'), [
      [1, 'unknown-column', `unknown column "Ammount" (did you mean "amount"?); ${expected}`],
    ]);
    assert.deepEqual(problems('Month,Scenario,Item,Amount,Notes\n2009-05,Self-hosted,Self-hosting,1,x\n'), [
      [1, 'unknown-column', `unknown column "Notes"; ${expected} (delete other columns before saving)`],
    ]);
    // what accounts call the columns
    assert.deepEqual(problems('Date,Scenario,Item,Cost\n2009-05,Self-hosted,Self-hosting,1\n'), [
      [1, 'unknown-column', `unknown column "Date" (did you mean "month"?); ${expected}`],
      [1, 'unknown-column', `unknown column "Cost" (did you mean "amount"?); ${expected}`],
    ]);
  });

  it('says how to export an amount whose dot may separate thousands', () => {
    assert.deepEqual(problems('Month,Scenario,Item,Amount\n2009-05,Self-hosted,Self-hosting,1.234\n'), [
      [
        2,
        'invalid-amount',
        'amount "1.234" has 3 decimals, but USD payments have at most 2; if the dot separates thousands, export amounts as plain numbers with a dot for decimals (format the column as Number with no thousands separator before saving as CSV)',
      ],
    ]);
  });

  it('refuses a missing required column, listing the expected columns', () => {
    assert.deepEqual(problems('Month,Item,Amount\n2009-05,Self-hosting,1\n'), [
      [1, 'missing-column', `no "scenario" column; the header has "Month", "Item", "Amount"; ${expected}`],
    ]);
    assert.deepEqual(problems('Scenario,Item\nSelf-hosted,Self-hosting\n'), [
      [1, 'missing-column', `no "month" column; the header has "Scenario", "Item"; ${expected}`],
      [1, 'missing-column', `no "amount" column; the header has "Scenario", "Item"; ${expected}`],
    ]);
  });

  it('says when the file is separated by semicolons or tabs (a spreadsheet in a European locale)', () => {
    assert.deepEqual(problems('Month;Scenario;Item;Amount\n2009-05;Self-hosted;Self-hosting;4000,00\n'), [
      [1, 'invalid-csv', 'the header "Month;Scenario;Item;Amount" is separated by semicolons; save the file as CSV separated by commas'],
    ]);
    assert.deepEqual(problems('Month\tScenario\tItem\tAmount\n2009-05\tSelf-hosted\tSelf-hosting\t4000.00\n'), [
      [1, 'invalid-csv', 'the header "Month\\tScenario\\tItem\\tAmount" is separated by tabs; save the file as CSV separated by commas'],
    ]);
  });

  it('refuses a column given twice', () => {
    assert.deepEqual(problems('Month,Scenario,Item,Amount,amount\n2009-05,Self-hosted,Self-hosting,1,1\n'), [[1, 'duplicate-column', 'the column "amount" appears twice (columns 4 and 5); keep one']]);
  });

  it('refuses an empty file, and a header without rows', () => {
    assert.deepEqual(problems(''), [[1, 'no-rows', `the file is empty; expected a header row naming the columns month, scenario, item (optional) and amount`]]);
    assert.deepEqual(problems('\uFEFF\r\n\r\n'), [[1, 'no-rows', `the file is empty; expected a header row naming the columns month, scenario, item (optional) and amount`]]);
    assert.deepEqual(problems(`${HEADER}\n`), [[1, 'no-rows', 'no rows after the header; expected one row per payment']]);
    assert.deepEqual(problems(`${HEADER}\r\n\r\n,,,\r\n`), [[1, 'no-rows', 'no rows after the header; expected one row per payment']]);
  });

  it('reports broken CSV quoting with its line', () => {
    const found = problems(`${HEADER}\n2009-05,Self-hosted,Self-hosting,1\n2009-06,"Self-hosted,Self-hosting,1\n`);
    assert.equal(found.length, 1);
    // the row where the quote was opened, not the end of the file where csv-parse noticed
    assert.deepEqual(found[0]?.slice(0, 2), [3, 'invalid-csv']);
    assert.match(found[0]?.[2] ?? '', /^invalid CSV: .*quote/i);
  });

  it('leaves out the file when none is given', () => {
    const result = parseActualsCsv('', { currency: 'USD', minorDigits: 2 });
    assert.ok(!result.ok);
    assert.equal(result.issues[0]?.file, undefined);
    assert.equal('file' in (result.issues[0] as Issue), false);
  });

  it('takes the minor-unit digits from the currency when not given', () => {
    const result = parseActualsCsv(`${HEADER}\n2009-05,Self-hosted,Self-hosting,4000\n`, { currency: 'JPY' });
    assert.deepEqual(result, { ok: true, value: [{ line: 2, month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000' }] });
  });
});

// ---------------------------------------------------------------------------------------
// Against the plan

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
