import { FOCUS_DECIMAL_COLUMNS } from '../analysis/focusColumns.js';
import type { FocusForecast } from '../report/focusForecast.js';
import { csvSafeText } from '../csv/csvSafeText.js';
import { stringifyCsv } from './stringifyCsv.js';

/**
 * The FOCUS forecast as a FOCUS 1.2 CSV: a header of column IDs, then one row per charge.
 * A null is an empty cell; money and quantities are plain decimals (`40000.00`, no symbol or
 * separator); dates are UTC ISO 8601 with `Z`. Text cells are protected against formula
 * injection. RFC 4180 with CRLF line ends.
 *
 * @example
 * const csv = renderFocusCsv(focusForecast([selfHosted], { months: 1 }));
 * csv.split('\r\n')[0]?.split(',').slice(0, 4); // ['BilledCost', 'BillingAccountId', 'BillingAccountName', 'BillingCurrency']
 * csv.split('\r\n')[1]?.split(',').slice(0, 6);
 * // ['4000.00', 'Self-hosted', 'Self-hosted', 'USD', '2009-06-01T00:00:00Z', '2009-05-01T00:00:00Z']
 */
export function renderFocusCsv(forecast: FocusForecast): string {
  const cell = (value: string | null, column: string) => (value === null ? '' : FOCUS_DECIMAL_COLUMNS.has(column) ? value : csvSafeText(value));
  return stringifyCsv([forecast.columns, ...forecast.charges.map((charge) => forecast.columns.map((column) => cell(charge[column], column)))]);
}
