import { roundMoney } from '../money/roundMoney.js';
import type { Decimal } from '../money/decimal.js';
import type { OneTimeItem } from '../scenario/scenario.js';
import type { MonthRange } from './monthRange.js';

/**
 * A one-time item pays its whole amount at the start of its month, if that month is in range.
 *
 * @example
 * oneTimeEntries(setupFee, { first: may2009, count: 3 }).map(String); // ['45000', 'undefined', 'undefined']
 */
export function oneTimeEntries(item: OneTimeItem, range: MonthRange, minorDigits: number): (Decimal | undefined)[] {
  const amounts = new Array<Decimal | undefined>(range.count).fill(undefined);
  const index = item.month - range.first;
  if (index >= 0 && index < range.count) amounts[index] = roundMoney(item.amount, minorDigits);
  return amounts;
}
