import type { Month } from '../calendar/month.js';
import type { Decimal } from '../money/decimal.js';
import type { MonthRange } from './monthRange.js';

/**
 * An item's entries with nothing due from the month `until` on (the item's end, set when
 * its scenario's commitment ends after its term); the same array when there is no end.
 * Changes `amounts` in place.
 *
 * @example
 * const amounts = [toDecimal('1'), toDecimal('2'), toDecimal('3')];
 * entriesUntil(amounts, parseMonth('2009-06'), { first: parseMonth('2009-05')!, count: 3 }).map(String); // ['1', 'undefined', 'undefined']
 */
export function entriesUntil(amounts: (Decimal | undefined)[], until: Month | undefined, range: MonthRange): (Decimal | undefined)[] {
  if (until === undefined) return amounts;
  for (let index = Math.max(0, until - range.first); index < amounts.length; index++) amounts[index] = undefined;
  return amounts;
}
