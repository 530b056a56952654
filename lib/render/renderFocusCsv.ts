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
  return [...focusCsvParts(forecast)].join('');
}

/** Charges written to CSV at a time: the cells of a part are made, written and let go before the next. */
const CHARGES_PER_PART = 1000;

/**
 * {@link renderFocusCsv} in parts: the header, then 1,000 charges at a time, so that a forecast
 * of hundreds of thousands of charges is written to a file without holding every charge's
 * cells, and then all of its text, at once. The parts joined are renderFocusCsv's text.
 *
 * @example
 * const forecast = focusForecast([managedProvider], { months: 1 });
 * [...focusCsvParts(forecast)].map((part) => part.split('\r\n').length - 1); // [1, 2]
 */
export function* focusCsvParts(forecast: FocusForecast): Generator<string, void, undefined> {
  const { columns, charges } = forecast;
  const cell = (value: string | null, column: string) => (value === null ? '' : FOCUS_DECIMAL_COLUMNS.has(column) ? value : csvSafeText(value));
  yield stringifyCsv([columns]);
  for (let first = 0; first < charges.length; first += CHARGES_PER_PART) {
    yield stringifyCsv(charges.slice(first, first + CHARGES_PER_PART).map((charge) => columns.map((column) => cell(charge[column], column))));
  }
}
