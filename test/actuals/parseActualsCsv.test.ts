/**
 * Actual spending from a spreadsheet's CSV export, read into exact rows. Every expected
 * value here is worked out by hand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseActualsCsv, type ActualsRow } from '../../lib/actuals/parseActualsCsv.js';
import type { Issue } from '../../lib/issues/issue.js';
import { minorUnitDigits } from '../../lib/money/minorUnitDigits.js';

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
  it('reads each amount exactly, in the currency\'s minor unit (test/money/readAmount.test.ts has every format)', () => {
    assert.equal(amountOf('"$4,310.5"'), '4310.50');
    assert.equal(amountOf('"(1,234.56)"'), '-1234.56');
    assert.equal(amountOf('4000'), '4000.00');
    assert.equal(amountOf('"¥4,000"', 'JPY'), '4000');
    assert.equal(amountOf('1.234', 'KWD'), '1.234');
  });

  it('reports an amount it cannot read with the row\'s line, saying how to export', () => {
    assert.deepEqual(amountProblem('"1.234,56"'), [2, 'invalid-amount', `amount "1.234,56" is ambiguous: ${EXPORT_ADVICE}`]);
    assert.deepEqual(amountProblem(''), [2, 'invalid-amount', 'the amount is empty; give the amount paid (0 for nothing)']);
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
