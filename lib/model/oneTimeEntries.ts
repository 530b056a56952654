import { roundMoney } from '../money/roundMoney.js';
import type { Decimal } from '../money/decimal.js';
import type { OneTimeItem } from '../scenario/scenario.js';
import type { MonthRange } from './monthRange.js';

/**
 * A one-time item pays its whole amount at the start of its month, if that month is in range.
 *
 * @example
 * const setupFee = managedProvider.items[0] as OneTimeItem;
 * oneTimeEntries(setupFee, { first: parseMonth('2009-05')!, count: 3 }, 2).map(String); // ['45000', 'undefined', 'undefined']
 */
export function oneTimeEntries(item: OneTimeItem, range: MonthRange, minorDigits: number): (Decimal | undefined)[] {
  const amounts = new Array<Decimal | undefined>(range.count).fill(undefined);
  const index = item.month - range.first;
  if (index >= 0 && index < range.count) amounts[index] = roundMoney(item.amount, minorDigits);
  return amounts;
}
