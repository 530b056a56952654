import { addMonths, formatMonth, outsideCalendar, parseMonth, type Month } from '../calendar/month.js';
import { parseCsv } from '../csv/parseCsv.js';
import { didYouMeanSuffix } from '../issues/didYouMean.js';
import type { Issue, Result } from '../issues/issue.js';
import type { IssueCode } from '../issues/issueCodes.js';
import { parseDecimal } from '../money/parseDecimal.js';

/** The most months a driver may have: the longest horizon. */
const MAX_DRIVER_MONTHS = 1200;
const MONTH_COLUMN = 'month';

/**
 * A driver's monthly values read from one column of a CSV file: `from` is the month of the
 * first row, `values` the column's cells as written (decimal strings).
 *
 * @example
 * const driver: DriverCsv = { from: '2009-05', values: ['200', '220'] };
 * driver.values.length; // 2
 */
export type DriverCsv = { readonly from: string; readonly values: readonly string[] };

/**
 * Reads a driver's values from the text of a CSV file: a header row naming a `month` column
 * and the driver's column, then one row per month — consecutive `YYYY-MM` months in order —
 * with a non-negative decimal in the driver's column. A byte order mark, CRLF line ends,
 * blank lines and spaces around cells are tolerated. Every problem is reported at once, with
 * its line in the CSV file (`path`, as the scenario names it).
 *
 * @example
 * const result = parseDriverCsv('\uFEFFmonth,customers\r\n2009-05,200\r\n2009-06, 215.5\r\n', 'plan.csv', 'customers');
 * result.ok && result.value; // { from: '2009-05', values: ['200', '215.5'] }
 */
export function parseDriverCsv(text: string, path: string, column: string): Result<DriverCsv> {
  const at = (line: number, message: string, code: IssueCode = 'invalid-csv'): Issue => ({ code, file: path, line, message });
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, issues: parsed.issues.map((issue) => ({ ...issue, file: path })) };
  const [header, ...rows] = parsed.value;
  if (header === undefined) return { ok: false, issues: [at(1, `the file is empty; expected a header row with "${MONTH_COLUMN}" and "${column}"`)] };
  const names = header.cells;
  const monthIndex = names.indexOf(MONTH_COLUMN);
  const valueIndex = names.indexOf(column);
  const issues: Issue[] = [];
  const known = `the header has ${names.map((name) => `"${name}"`).join(', ')}`;
  if (monthIndex < 0) issues.push(at(header.line, `no "${MONTH_COLUMN}" column${didYouMeanSuffix(MONTH_COLUMN, names)}; ${known}`, 'missing-column'));
  if (valueIndex < 0) issues.push(at(header.line, `no column "${column}"${didYouMeanSuffix(column, names)}; ${known}`, 'missing-column'));
  // The month, or the driver's values, given twice: which one is meant cannot be told.
  for (const [name, first] of [[MONTH_COLUMN, monthIndex], [column, valueIndex]] as const) {
    const second = first < 0 ? -1 : names.indexOf(name, first + 1);
    if (second >= 0) issues.push(at(header.line, `the column "${name}" appears twice (columns ${first + 1} and ${second + 1}); keep one`, 'duplicate-column'));
  }
  if (issues.length > 0) return { ok: false, issues };

  if (rows.length === 0) return { ok: false, issues: [at(header.line, 'no rows of values after the header')] };
  const tooMany = rows[MAX_DRIVER_MONTHS];
  if (tooMany !== undefined) return { ok: false, issues: [at(tooMany.line, `more than ${MAX_DRIVER_MONTHS} months of values`)] };
  let first: Month | undefined;
  let previous: { month: Month; line: number } | undefined;
  const values: string[] = [];
  for (const { line, cells } of rows) {
    if (cells.length > names.length) {
      issues.push(at(line, `found ${cells.length} cells where the header has ${names.length}; write numbers without thousands separators (1200, not 1,200), or quote a cell that holds a comma`));
      continue;
    }
    const monthText = cells[monthIndex];
    const valueText = cells[valueIndex];
    const month = parseMonth(monthText);
    if (month === undefined) {
      issues.push(at(line, `expected a month as YYYY-MM in column "${MONTH_COLUMN}", found ${cell(monthText)}`));
    } else if (outsideCalendar(month) !== undefined) {
      issues.push(at(line, outsideCalendar(month) as string, 'outside-calendar'));
    } else {
      if (previous !== undefined && month !== addMonths(previous.month, 1)) {
        issues.push(
          at(line, `expected ${formatMonth(addMonths(previous.month, 1))}, the month after ${formatMonth(previous.month)} (line ${previous.line}), found ${formatMonth(month)}; give every month once, in order`),
        );
      }
      first ??= month;
      previous = { month, line };
    }
    const value = parseDecimal(valueText);
    if (value === undefined || value.isNegative()) {
      issues.push(at(line, `expected a non-negative decimal number in column "${column}" (such as 120 or 40.5, no thousands separators), found ${cell(valueText)}`));
    } else {
      values.push(valueText as string);
    }
  }
  if (issues.length > 0 || first === undefined) return { ok: false, issues };
  return { ok: true, value: { from: formatMonth(first), values } };
}

function cell(text: string | undefined): string {
  return text === undefined || text === '' ? 'an empty cell' : JSON.stringify(text);
}
