import type { ScheduleReport } from '../report/scheduleReport.js';
import { csvSafeText } from '../csv/csvSafeText.js';
import { stringifyCsv } from './stringifyCsv.js';

/**
 * Options of {@link renderScheduleCsv}: the long layout for pivot tables, or the wide one.
 *
 * @example
 * const options: ScheduleCsvOptions = { layout: 'wide' };
 * renderScheduleCsv(schedule([selfHosted, managedProvider], { months: 2 }), options);
 * // 'month,Self-hosted,Managed provider\r\n2009-05,4000.00,85000.00\r\n2009-06,4000.00,40000.00\r\n'
 */
export type ScheduleCsvOptions = {
  /**
   * `long` (default): one row per payment, columns `month,scenario,item,category,amount`, for
   * pivot tables. `wide`: one row per month, columns `month` then one per scenario holding
   * its cost that month, so the SUM of a column is the scenario's total.
   */
  readonly layout: 'long' | 'wide';
};

/**
 * The exact monthly schedule as CSV for spreadsheets. Amounts are plain numbers
 * (`40000.00`); summed in a spreadsheet they give exactly the totals `compare` prints,
 * because every amount is already rounded to the minor unit and totals are their exact sums.
 * Text cells are protected against formula injection. RFC 4180 with CRLF line ends.
 *
 * @example
 * renderScheduleCsv(schedule([selfHosted], { months: 36 }), { layout: 'long' }).split('\r\n').slice(0, 2);
 * // ['month,scenario,item,category,amount', '2009-05,Self-hosted,Self-hosting,hosting,4000.00']
 * renderScheduleCsv(schedule([selfHosted], { months: 36 }), { layout: 'wide' }).split('\r\n').slice(0, 2);
 * // ['month,Self-hosted', '2009-05,4000.00']
 */
export function renderScheduleCsv(report: ScheduleReport, options: ScheduleCsvOptions = { layout: 'long' }): string {
  return [...scheduleCsvParts(report, options)].join('');
}

/** Rows of the long layout written to CSV at a time: the cells of a part are made, written and let go before the next. */
const ENTRIES_PER_PART = 1000;

/**
 * {@link renderScheduleCsv} in parts: the long layout's header, then 1,000 payments at a
 * time, so that a schedule of hundreds of thousands of payments is written to a file without
 * holding every row's cells, and then all of its text, at once; the wide layout, one row a
 * month, in one part. The parts joined are renderScheduleCsv's text.
 *
 * @example
 * const report = schedule([selfHosted], { months: 36 });
 * [...scheduleCsvParts(report, { layout: 'long' })].map((part) => part.split('\r\n').length - 1); // [1, 36]
 */
export function* scheduleCsvParts(report: ScheduleReport, options: ScheduleCsvOptions = { layout: 'long' }): Generator<string, void, undefined> {
  switch (options.layout) {
    case 'long': {
      // With converted scenarios, each converted entry also shows its amount before conversion.
      const converted = report.settings.rates !== undefined;
      yield stringifyCsv([['month', 'scenario', 'item', 'category', 'amount', ...(converted ? ['original_currency', 'original_amount'] : [])]]);
      const { entries } = report;
      for (let first = 0; first < entries.length; first += ENTRIES_PER_PART) {
        yield stringifyCsv(
          entries.slice(first, first + ENTRIES_PER_PART).map((entry) => [
            entry.month,
            csvSafeText(entry.scenario),
            csvSafeText(entry.item),
            csvSafeText(entry.category),
            entry.amount,
            ...(converted ? [entry.original?.currency ?? '', entry.original?.amount ?? ''] : []),
          ]),
        );
      }
      return;
    }
    case 'wide':
      yield stringifyCsv([
        [
          'month',
          ...report.scenarios.map((scenario) =>
            csvSafeText(scenario.convertedFrom === undefined ? scenario.name : `${scenario.name} (converted from ${scenario.convertedFrom.currency} at ${scenario.convertedFrom.rate})`),
          ),
        ],
        ...report.months.map((month, index) => [month, ...report.scenarios.map((scenario) => monthlyAmount(scenario.monthly, index, scenario.name))]),
      ]);
      return;
    default:
      return assertNever(options.layout);
  }
}

function monthlyAmount(monthly: readonly string[], index: number, scenario: string): string {
  const amount = monthly[index];
  if (amount === undefined) throw new Error(`schedule of "${scenario}" has no amount for month ${index + 1}`);
  return amount;
}

function assertNever(value: never): never {
  throw new Error(`unexpected schedule layout: ${String(value)}`);
}
