import { allocate, allocateMinorUnits } from '../money/allocate.js';
import type { Decimal } from '../money/decimal.js';
import { toMinorUnits } from '../money/minorUnits.js';
import { roundMoney } from '../money/roundMoney.js';
import type { HardwareItem } from '../scenario/scenario.js';
import { entriesOf, safeNumber, safeNumbers, type MinorUnitEntries } from './minorUnitEntries.js';
import type { ModelContext } from './modelContext.js';
import type { MonthRange } from './monthRange.js';

/**
 * A hardware item's entries. Its lives follow each other from `from`, `lifeMonths` each;
 * without `refresh` there is only the first. In the `cash` view a life pays the price in its
 * first month and gets the salvage back (a negative entry) in its last; in the `amortized`
 * view it costs (price − salvage) allocated over its months exactly (leftover cents first).
 * So over any whole number of lives both views have the same total.
 *
 * @example
 * const own = unwrap(parseScenario({ name: 'Own servers', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Servers', kind: 'hardware', price: '1000', lifeMonths: 3, salvage: '100' }] }));
 * const servers = own.items[0] as HardwareItem;
 * const range = { first: parseMonth('2009-05')!, count: 4 };
 * hardwareEntries(servers, { range, minorDigits: 2, drivers: new Map(), view: 'cash' }).map((amount) => amount?.toFixed(2));
 * // ['1000.00', undefined, '-100.00', '1000.00']
 * hardwareEntries(servers, { range, minorDigits: 2, drivers: new Map(), view: 'amortized' }).map((amount) => amount?.toFixed(2));
 * // ['300.00', '300.00', '300.00', '300.00']
 */
export function hardwareEntries(item: HardwareItem, context: ModelContext): (Decimal | undefined)[] {
  const { range, minorDigits } = context;
  const price = roundMoney(item.price, minorDigits);
  const salvage = roundMoney(item.salvage, minorDigits);
  const parts = context.view === 'amortized' ? allocate(price.minus(salvage), item.lifeMonths, minorDigits) : undefined;
  return lifePayments<Decimal | undefined>(item, range, { parts, price, received: salvage.isZero() ? undefined : salvage.negated(), bothInOneMonth: price.minus(salvage) }, undefined);
}

/** What each month of an item's lives pays: the price, the salvage received, both at once (a life of one month), or a part of an amortized life. */
type LifePayments<T> = { readonly parts: readonly T[] | undefined; readonly price: T; readonly received: T; readonly bothInOneMonth: T };

/** The entries of every month of the range from an item's lives, `none` where nothing is due: the walk that both forms of the entries share. */
function lifePayments<T>(item: HardwareItem, range: MonthRange, payments: LifePayments<T>, none: T): T[] {
  const entries = new Array<T>(range.count).fill(none);
  const life = item.lifeMonths;
  const { parts, price, received, bothInOneMonth } = payments;
  const firstIndex = Math.max(0, item.from - range.first);
  for (let index = firstIndex; index < range.count; index++) {
    const offset = range.first + index - item.from;
    if (!item.refresh && offset >= life) break;
    const position = offset % life;
    if (parts !== undefined) {
      entries[index] = parts[position] as T;
    } else if (life === 1) {
      entries[index] = bothInOneMonth;
    } else if (position === 0) {
      entries[index] = price;
    } else if (position === life - 1) {
      entries[index] = received;
    }
  }
  return entries;
}

/**
 * {@link hardwareEntries} in minor units ({@link MinorUnitEntries}), what the ledger takes,
 * the same payments in the same months: undefined when one of them would be 0 minor units
 * (only Decimal entries tell a month that pays 0.00 from one with nothing due) or beyond 2^53
 * of them.
 *
 * @example
 * const own = unwrap(parseScenario({ name: 'Own servers', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Servers', kind: 'hardware', price: '1000', lifeMonths: 3, salvage: '100' }] }));
 * const servers = own.items[0] as HardwareItem;
 * const range = { first: parseMonth('2009-05')!, count: 4 };
 * hardwareMinorUnits(servers, { range, minorDigits: 2, drivers: new Map(), view: 'cash' })?.units; // [100000, 0, -10000, 100000]
 * hardwareMinorUnits(servers, { range, minorDigits: 2, drivers: new Map(), view: 'amortized' })?.units; // [30000, 30000, 30000, 30000]
 */
export function hardwareMinorUnits(item: HardwareItem, context: ModelContext): MinorUnitEntries | undefined {
  const { range, minorDigits } = context;
  const life = item.lifeMonths;
  const price = toMinorUnits(roundMoney(item.price, minorDigits), minorDigits);
  const salvage = toMinorUnits(roundMoney(item.salvage, minorDigits), minorDigits);
  const parts = context.view === 'amortized' ? safeNumbers(allocateMinorUnits(price - salvage, life)) : undefined;
  const paid = safeNumber(price);
  const received = safeNumber(-salvage);
  const bothInOneMonth = safeNumber(price - salvage);
  const cash = context.view !== 'amortized';
  if (cash ? paid === undefined || received === undefined || bothInOneMonth === undefined || (life === 1 ? bothInOneMonth === 0 : paid === 0) : parts === undefined || parts.includes(0)) return undefined;
  return entriesOf(lifePayments<number>(item, range, { parts, price: paid as number, received: received as number, bothInOneMonth: bothInOneMonth as number }, 0));
}
