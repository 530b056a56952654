import { Money } from '../money/decimal.js';
import { formatMoney } from '../money/formatMoney.js';

/**
 * Writes a decimal-string amount from a result for people: thousands separators, the
 * currency's minor-unit digits, and a sign when `signed` (for differences).
 *
 * @example
 * displayAmount('1485000.00', 2); // '1,485,000.00'
 * displayAmount('1341000.00', 2, { signed: true }); // '+1,341,000.00'
 */
export function displayAmount(amount: string, digits: number, options: { readonly signed?: boolean } = {}): string {
  const signed = options.signed ?? false;
  return asWritten(amount, digits, signed) ?? formatMoney(new Money(amount), { digits, grouping: true, signed });
}

// What results write: an optional minus, a whole part without leading zeros, the minor-unit digits.
const RESULT_AMOUNT = /^(-?)(0|[1-9]\d*)(?:\.(\d+))?$/;

/**
 * The amount for people when it is written as results write it, with exactly `digits`
 * decimals: grouped as it stands, without reading it as a number (a table of a thousand
 * scenarios shows thousands of them). Undefined for anything else, which formatMoney rounds.
 */
function asWritten(amount: string, digits: number, signed: boolean): string | undefined {
  const match = RESULT_AMOUNT.exec(amount);
  if (match === null || (match[3]?.length ?? 0) !== digits) return undefined;
  const whole = match[2] as string;
  const body = `${whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole}${digits === 0 ? '' : `.${match[3] as string}`}`;
  if (whole === '0' && /^0*$/.test(match[3] ?? '')) return body;
  if (match[1] === '-') return `-${body}`;
  return signed ? `+${body}` : body;
}
