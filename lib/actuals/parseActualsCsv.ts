/**
 * Actual spending as a spreadsheet exports it, read into exact rows:
 *
 *   CSV text ─▶ parseCsv (rows of cells with their lines) ─▶ the header: which column is
 *     which ─▶ each row: its month, scenario, item and amount (readAmount, exact, in the
 *     reporting currency) ─▶ ActualsRow[], or every problem at once, each with its line
 *
 * Pure: the file is read by lib/io/readActualsCsv.ts; the rows are held against the plan by
 * lib/analysis/actualsAgainstPlan.ts.
 */
import { parseMonthOrDay } from '../calendar/day.js';
import { formatMonth } from '../calendar/month.js';
import { parseCsv } from '../csv/parseCsv.js';
import { didYouMean } from '../issues/didYouMean.js';
import type { Issue, Result } from '../issues/issue.js';
import type { IssueCode } from '../issues/issueCodes.js';
import { minorUnitDigits } from '../money/minorUnitDigits.js';
import { formatMinorUnits } from '../money/minorUnits.js';
import { AMOUNT_EXPORT_ADVICE, readAmount } from '../money/readAmount.js';
import { isFocusCsv } from './isFocusCsv.js';

/**
 * One payment read from an actuals file: what was paid in a month for a scenario's item.
 * `item` is null for spending that is not itemised (an empty item cell, or no item column).
 * `amount` is a decimal string with exactly the currency's minor-unit digits; negative for
 * a refund or a credit.
 *
 * @example
 * const row: ActualsRow = { line: 9, month: '2009-11', scenario: 'Self-hosted', item: null, amount: '1850.00' };
 * compareActuals([row], { comparison: compare([selfHosted]), schedule: schedule([selfHosted]) }).scenarios[0]?.items;
 * // [{ name: 'Self-hosting', plan: '28000.00', actual: '0.00', variance: '-28000.00' }, { name: null, plan: '0.00', actual: '1850.00', variance: '1850.00' }]
 */
export type ActualsRow = {
  /** The row's first physical line in the file (1-based: the header is line 1); absent for a row built in code. */
  readonly line?: number;
  /** `YYYY-MM`. */
  readonly month: string;
  /** The scenario's name, as the file spells it. */
  readonly scenario: string;
  /** The item's name, as the file spells it; null when not itemised. */
  readonly item: string | null;
  readonly amount: string;
};

/**
 * How to read an actuals file: its name for the issues, and the reporting currency (the
 * plan's: `comparison.settings.currency`), whose minor unit bounds the decimals of an amount.
 *
 * @example
 * const options: ActualsCsvOptions = { file: 'actuals.csv', currency: 'USD', minorDigits: 2 };
 * parseActualsCsv('Month,Scenario,Amount\n2009-05,Self-hosted,"$4,000.00"\n', options);
 * // { ok: true, value: [{ line: 2, month: '2009-05', scenario: 'Self-hosted', item: null, amount: '4000.00' }] }
 */
export type ActualsCsvOptions = {
  /** The file the text was read from, named in every issue. */
  readonly file?: string;
  /** ISO 4217 code of the reporting currency. */
  readonly currency: string;
  /** Digits of its minor unit (default: from `Intl.NumberFormat`, like the plan's). */
  readonly minorDigits?: number;
};

const COLUMNS = ['month', 'scenario', 'item', 'amount'] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['month', 'scenario', 'amount'];
const COLUMN_LIST = 'the columns month, scenario, item (optional) and amount';
const EXPECTED_COLUMNS = `expected ${COLUMN_LIST}, in any order`;
/** What spreadsheets and accounts call the columns. */
const COLUMN_SYNONYMS: Readonly<Record<string, Column>> = { date: 'month', period: 'month', cost: 'amount', total: 'amount', value: 'amount', spend: 'amount', option: 'scenario' };
const MONTH_ADVICE = 'format the month column as text YYYY-MM (such as 2009-05) before saving as CSV';

/**
 * Reads the actual spending a spreadsheet exported as CSV: a header row naming the columns
 * `month`, `scenario`, `item` (optional) and `amount` — any order, any case — then one row
 * per payment. Several rows for the same month, scenario and item are several invoices
 * (they are summed when compared with the plan).
 *
 * - `month` is `YYYY-MM`; a date `YYYY-MM-DD` (what spreadsheets make of months) counts as its month.
 * - `item` empty, or no item column: spending that is not itemised.
 * - `amount` is exact and in the reporting currency, at most its minor-unit digits (payments
 *   are whole cents: nothing is rounded). Negative amounts are refunds or credits; accounting
 *   parentheses `(1,234.56)` are negative too. Thousands separators are read only in the
 *   unambiguous English form `1,234,567.89`; the currency's ISO code (`USD 4000`,
 *   `4000.00 USD`) or its English symbol (`$4,000.00`) may be written. Anything else
 *   (`1.234,56`, `1 234,56`, `4000,50`, another currency) is refused with advice on how to export.
 *
 * A byte order mark, CRLF line ends, blank lines, rows of empty cells, spaces around cells
 * and a trailing column without header or values (a spreadsheet's trailing comma) are
 * tolerated. Every problem is reported at once, with the physical line of its row.
 *
 * @example
 * const csv = '\uFEFFMonth,Scenario,Item,Amount\r\n2009-07-01,Self-hosted,Self-hosting,"4,310.50"\r\n2009-09,Self-hosted,,(250)\r\n';
 * parseActualsCsv(csv, { currency: 'USD' });
 * // { ok: true, value: [{ line: 2, month: '2009-07', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4310.50' },
 * //   { line: 3, month: '2009-09', scenario: 'Self-hosted', item: null, amount: '-250.00' }] }
 *
 * @example
 * // every bad row at once, with its line
 * const result = parseActualsCsv('Month,Scenario,Amount\n2009-05,Self-hosted,"1.234,56"\nMay 2009,Self-hosted,4000.005\n', { file: 'actuals.csv', currency: 'USD' });
 * result.ok ? [] : result.issues.map(formatIssue);
 * // ['actuals.csv:2: amount "1.234,56" is ambiguous: export amounts as plain numbers with a dot for decimals (format the column as Number with no thousands separator before saving as CSV)',
 * //  'actuals.csv:3: month "May 2009" is not YYYY-MM (or a date YYYY-MM-DD): format the month column as text YYYY-MM (such as 2009-05) before saving as CSV',
 * //  'actuals.csv:3: amount "4000.005" has 3 decimals, but USD payments have at most 2']
 */
export function parseActualsCsv(text: string, options: ActualsCsvOptions): Result<ActualsRow[]> {
  const { currency } = options;
  const digits = options.minorDigits ?? minorUnitDigits(currency);
  const where = options.file === undefined ? {} : { file: options.file };
  const at = (line: number, code: IssueCode, message: string): Issue => ({ code, ...where, line, message });
  const fail = (...issues: Issue[]): Result<ActualsRow[]> => ({ ok: false, issues });

  if (/^\uFEFF?\s*[{[]/.test(text)) {
    return fail(at(1, 'invalid-csv', 'this is JSON (a scenario file or a decision record?), not a CSV of actual spending: give a CSV file with the columns month, scenario, item and amount'));
  }
  if (isFocusCsv(text)) {
    return fail(at(1, 'invalid-csv', 'this is a FinOps FOCUS bill, not a CSV of month, scenario, item and amount: give it to `report --actuals` (or revisitReport\'s `actuals`), which read FOCUS, or read it with parseFocusActuals'));
  }
  const parsed = parseCsv(text);
  if (!parsed.ok) return fail(...parsed.issues.map((issue) => ({ ...issue, ...where })));
  const [header, ...data] = parsed.value.filter(({ cells }) => cells.some((cell) => cell !== ''));
  if (header === undefined) return fail(at(1, 'no-rows', `the file is empty; expected a header row naming ${COLUMN_LIST}`));
  const headerLine = header.line;
  const names = header.cells;
  const separator = names.length === 1 ? /[;\t]/.exec(names[0] as string)?.[0] : undefined;
  if (separator !== undefined) {
    const which = separator === ';' ? 'semicolons' : 'tabs';
    return fail(at(headerLine, 'invalid-csv', `the header ${JSON.stringify(names[0])} is separated by ${which}; save the file as CSV separated by commas`));
  }
  const issues: Issue[] = [];
  const columns = new Map<Column, number>();
  const suggested = new Set<string>();
  names.forEach((name, i) => {
    if (name === '') return;
    const column = COLUMNS.find((known) => known === name.toLowerCase());
    if (column === undefined) {
      const suggestion = (Object.hasOwn(COLUMN_SYNONYMS, name.toLowerCase()) ? COLUMN_SYNONYMS[name.toLowerCase()] : undefined) ?? didYouMean(name, COLUMNS);
      if (suggestion !== undefined) suggested.add(suggestion);
      issues.push(
        at(headerLine, 'unknown-column', `unknown column "${name}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}; ${EXPECTED_COLUMNS}${suggestion === undefined ? ' (delete other columns before saving)' : ''}`),
      );
      return;
    }
    const first = columns.get(column);
    if (first !== undefined) {
      issues.push(at(headerLine, 'duplicate-column', `the column "${column}" appears twice (columns ${first + 1} and ${i + 1}); keep one`));
      return;
    }
    columns.set(column, i);
  });
  for (const column of REQUIRED) {
    // A misspelt column ("Ammount") was reported with its did-you-mean already.
    if (columns.has(column) || suggested.has(column)) continue;
    issues.push(at(headerLine, 'missing-column', `no "${column}" column; the header has ${names.map((name) => `"${name}"`).join(', ')}; ${EXPECTED_COLUMNS}`));
  }
  if (issues.length > 0) return fail(...issues);
  if (data.length === 0) return fail(at(headerLine, 'no-rows', 'no rows after the header; expected one row per payment'));

  const rows: ActualsRow[] = [];
  for (const { line, cells } of data) {
    if (cells.length > names.length) {
      issues.push(at(line, 'invalid-row', `found ${cells.length} cells where the header has ${names.length}; quote a cell that holds a comma, or ${AMOUNT_EXPORT_ADVICE}`));
      continue;
    }
    const unnamed = cells.findIndex((cell, i) => cell !== '' && names[i] === '');
    if (unnamed >= 0) {
      issues.push(at(line, 'invalid-row', `found ${JSON.stringify(cells[unnamed])} in column ${unnamed + 1}, which has no header; leave cells outside ${COLUMN_LIST.replace('item (optional)', 'item')} empty`));
      continue;
    }
    const cell = (column: Column): string => {
      const index = columns.get(column);
      return index === undefined ? '' : (cells[index] ?? '');
    };
    const rowIssues: Issue[] = [];
    const monthText = cell('month');
    const month = parseMonthOrDay(monthText);
    if (month === undefined) {
      rowIssues.push(
        at(line, 'invalid-month', monthText === '' ? 'the month is empty; expected YYYY-MM (such as 2009-05)' : `month ${JSON.stringify(monthText)} is not YYYY-MM (or a date YYYY-MM-DD): ${MONTH_ADVICE}`),
      );
    }
    const scenario = cell('scenario');
    if (scenario === '') rowIssues.push(at(line, 'missing-value', 'the scenario is empty; every row names the scenario it was paid for'));
    const amount = readAmount(cell('amount'), { currency, minorDigits: digits });
    if (!amount.ok) rowIssues.push(at(line, 'invalid-amount', amount.message));
    if (rowIssues.length > 0 || month === undefined || !amount.ok) {
      issues.push(...rowIssues);
      continue;
    }
    const item = cell('item');
    rows.push({ line, month: formatMonth(month), scenario, item: item === '' ? null : item, amount: formatMinorUnits(amount.minorUnits, digits) });
  }
  return issues.length > 0 ? fail(...issues) : { ok: true, value: rows };
}

