import type { Decimal } from '../money/decimal.js';
import { sumAmounts } from './sumAmounts.js';

/**
 * Totals per year of the horizon: year 1 is months 1–12 of the analysis (not a calendar
 * year), and a horizon that is not a whole number of years ends with a shorter last year.
 *
 * @example
 * yearTotals(Array(18).fill(new Money(1000))).map(String); // ['12000', '6000']
 */
export function yearTotals(monthly: readonly Decimal[]): Decimal[] {
  const years: Decimal[] = [];
  for (let from = 0; from < monthly.length; from += 12) years.push(sumAmounts(monthly, from, Math.min(from + 12, monthly.length)));
  return years;
}
