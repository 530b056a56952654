import type { Decimal } from '../money/decimal.js';
import type { CostItem } from '../scenario/scenario.js';
import type { MinorUnitEntries } from './minorUnitEntries.js';
import type { ModelContext } from './modelContext.js';
import { hardwareEntries, hardwareMinorUnits } from './hardwareEntries.js';
import { oneTimeEntries, oneTimeMinorUnits } from './oneTimeEntries.js';
import { recurringEntries, recurringMinorUnits } from './recurringEntries.js';
import { staffEntries } from './staffEntries.js';
import { stepEntries } from './stepEntries.js';
import { usageEntries } from './usageEntries.js';

/**
 * The payments of any cost item over a range of months, by kind: one place that knows
 * every kind, so adding a kind is a new file and one more case here. A kind whose amounts
 * change month after month may give its entries in minor units ({@link MinorUnitEntries}).
 */
export function itemEntries(item: CostItem, context: ModelContext): (Decimal | undefined)[] | MinorUnitEntries {
  switch (item.kind) {
    case 'one-time':
      return oneTimeMinorUnits(item, context.range, context.minorDigits) ?? oneTimeEntries(item, context.range, context.minorDigits);
    case 'recurring':
      return recurringMinorUnits(item, context.range, context.minorDigits) ?? recurringEntries(item, context.range, context.minorDigits);
    case 'staff':
      return staffEntries(item, context);
    case 'hardware':
      return hardwareMinorUnits(item, context) ?? hardwareEntries(item, context);
    case 'usage':
      return usageEntries(item, context);
    case 'step':
      return stepEntries(item, context);
    default:
      return assertNever(item);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown cost item kind in ${JSON.stringify(value)}`);
}
