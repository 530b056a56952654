import type { Comparison } from '../report/comparison.js';
import { csvSafeText } from '../csv/csvSafeText.js';
import { stringifyCsv } from './stringifyCsv.js';

/**
 * The comparison as CSV for spreadsheets, one row per scenario. Columns:
 *
 * | column | content |
 * | --- | --- |
 * | `scenario` | the scenario name (text, protected against formula injection) |
 * | `year_1` … `year_N` | cost in each year of the horizon (year 1 = months 1–12 of the analysis) |
 * | `total` | cost over the horizon |
 * | `npv` | net present value; only when a discount rate is set |
 * | `difference` | `total` minus the baseline's total (`0.00` for the baseline, negative when cheaper) |
 * | `break_even_month` | `YYYY-MM` of the break-even month; empty for the baseline and when it never breaks even within the horizon |
 * | `committed_minimum` | what signing commits you to; empty without a commitment |
 *
 * Amounts are plain numbers (`1485000.00`: `.` decimal point, no separators, no currency
 * symbol), so a spreadsheet's sums match costmodel's exactly. RFC 4180 with CRLF line ends.
 *
 * @example
 * renderComparisonCsv(compare([selfHosted, managedProvider], { months: 36 })).split('\r\n')[2];
 * // 'Managed provider,525000.00,480000.00,480000.00,1485000.00,1341000.00,,1005000.00'
 */
export function renderComparisonCsv(comparison: Comparison): string {
  const discounted = comparison.settings.discountRate !== null;
  const converted = comparison.settings.rates !== undefined;
  const exitAfter = comparison.settings.exitAfter;
  const header = [
    'scenario',
    ...comparison.years.map((_, index) => `year_${index + 1}`),
    'total',
    ...(discounted ? ['npv'] : []),
    'difference',
    'break_even_month',
    'committed_minimum',
    ...(exitAfter === undefined ? [] : [`exit_after_${exitAfter}_months`]),
    ...(converted ? ['converted_from', 'exchange_rate'] : []),
  ];
  const rows = comparison.scenarios.map((scenario) => {
    if (discounted && scenario.npv === null) throw new Error(`comparison is discounted but "${scenario.name}" has no NPV`);
    return [
      csvSafeText(scenario.name),
      ...scenario.years,
      scenario.total,
      ...(discounted ? [scenario.npv ?? ''] : []),
      scenario.difference,
      scenario.breakEven?.at?.calendar ?? '',
      scenario.commitment?.committedMinimum ?? '',
      ...(exitAfter === undefined ? [] : [scenario.commitment?.exit?.total ?? '']),
      ...(converted ? [scenario.convertedFrom?.currency ?? '', scenario.convertedFrom?.rate ?? ''] : []),
    ];
  });
  return stringifyCsv([header, ...rows]);
}
