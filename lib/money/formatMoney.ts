import type { Decimal } from './decimal.js';

/**
 * How to write an amount for people or for machines.
 *
 * @example
 * const forPeople: MoneyFormat = { digits: 2, grouping: true };
 * const forCsv: MoneyFormat = { digits: 2 };
 * [formatMoney(toDecimal('-1341000'), forPeople), formatMoney(toDecimal('-1341000'), forCsv)]; // ['-1,341,000.00', '-1341000.00']
 */
export type MoneyFormat = {
  /** Digits after the decimal point: the currency's minor unit. */
  readonly digits: number;
  /** Thousands separators (`1,485,000.00`) for people; never in CSV or JSON. */
  readonly grouping?: boolean;
  /** Always show the sign (`+1,341,000.00`), for differences. */
  readonly signed?: boolean;
};

/**
 * Writes an amount with a fixed number of decimals, a `.` decimal point and optional
 * thousands separators. Exact: no conversion to a JS number.
 *
 * @example
 * formatMoney(new Money('1485000'), { digits: 2, grouping: true }); // '1,485,000.00'
 * formatMoney(new Money('1341000'), { digits: 2, grouping: true, signed: true }); // '+1,341,000.00'
 */
export function formatMoney(amount: Decimal, format: MoneyFormat): string {
  const fixed = amount.abs().toFixed(format.digits);
  const [whole = '0', fraction] = fixed.split('.');
  const body = format.grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const unsigned = fraction === undefined ? body : `${body}.${fraction}`;
  const isZero = amount.isZero() || /^[0.,]*$/.test(unsigned);
  if (amount.isNegative() && !isZero) return `-${unsigned}`;
  if (format.signed && !isZero) return `+${unsigned}`;
  return unsigned;
}
