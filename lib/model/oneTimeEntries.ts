import { roundMoney } from '../money/roundMoney.js';
import type { Decimal } from '../money/decimal.js';
import { toMinorUnits } from '../money/minorUnits.js';
import type { OneTimeItem } from '../scenario/scenario.js';
import { entriesOf, safeNumber, type MinorUnitEntries } from './minorUnitEntries.js';
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

/**
 * {@link oneTimeEntries} in minor units ({@link MinorUnitEntries}), what the ledger takes:
 * undefined when the payment is 0 minor units (only Decimal entries tell a month that pays
 * 0.00 from one with nothing due) or beyond 2^53 of them.
 *
 * @example
 * const setupFee = managedProvider.items[0] as OneTimeItem;
 * oneTimeMinorUnits(setupFee, { first: parseMonth('2009-05')!, count: 2 }, 2)?.units; // [4500000, 0]
 * oneTimeMinorUnits({ ...setupFee, amount: toDecimal('0.001') }, { first: parseMonth('2009-05')!, count: 2 }, 2); // undefined
 */
export function oneTimeMinorUnits(item: OneTimeItem, range: MonthRange, minorDigits: number): MinorUnitEntries | undefined {
  const payment = safeNumber(toMinorUnits(roundMoney(item.amount, minorDigits), minorDigits));
  if (payment === undefined || payment === 0) return undefined;
  const units = new Array<number>(range.count).fill(0);
  const index = item.month - range.first;
  if (index >= 0 && index < range.count) units[index] = payment;
  return entriesOf(units);
}
