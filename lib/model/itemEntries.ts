import type { Decimal } from '../money/decimal.js';
import type { CostItem } from '../scenario/scenario.js';
import type { MonthRange } from './monthRange.js';
import { oneTimeEntries } from './oneTimeEntries.js';
import { recurringEntries } from './recurringEntries.js';

/**
 * The payments of any cost item over a range of months, by kind: one place that knows
 * every kind, so adding a kind is a new file and one more case here.
 */
export function itemEntries(item: CostItem, range: MonthRange, minorDigits: number): (Decimal | undefined)[] {
  switch (item.kind) {
    case 'one-time':
      return oneTimeEntries(item, range, minorDigits);
    case 'recurring':
      return recurringEntries(item, range, minorDigits);
    default:
      return assertNever(item);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown cost item kind in ${JSON.stringify(value)}`);
}
