import type { Decimal } from '../money/decimal.js';
import type { CostItem } from '../scenario/scenario.js';
import type { ModelContext } from './modelContext.js';
import { oneTimeEntries } from './oneTimeEntries.js';
import { recurringEntries } from './recurringEntries.js';

/**
 * The payments of any cost item over a range of months, by kind: one place that knows
 * every kind, so adding a kind is a new file and one more case here.
 */
export function itemEntries(item: CostItem, context: ModelContext): (Decimal | undefined)[] {
  switch (item.kind) {
    case 'one-time':
      return oneTimeEntries(item, context.range, context.minorDigits);
    case 'recurring':
      return recurringEntries(item, context.range, context.minorDigits);
    default:
      return assertNever(item);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown cost item kind in ${JSON.stringify(value)}`);
}
