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
  return formatMoney(new Money(amount), { digits, grouping: true, signed: options.signed ?? false });
}
