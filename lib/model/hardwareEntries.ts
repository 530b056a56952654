import { allocate } from '../money/allocate.js';
import type { Decimal } from '../money/decimal.js';
import { roundMoney } from '../money/roundMoney.js';
import type { HardwareItem } from '../scenario/scenario.js';
import type { ModelContext } from './modelContext.js';

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
  const amounts = new Array<Decimal | undefined>(range.count).fill(undefined);
  const life = item.lifeMonths;
  const price = roundMoney(item.price, minorDigits);
  const salvage = roundMoney(item.salvage, minorDigits);
  const parts = context.view === 'amortized' ? allocate(price.minus(salvage), life, minorDigits) : undefined;
  const received = salvage.negated();
  const bothInOneMonth = price.minus(salvage);
  const firstIndex = Math.max(0, item.from - range.first);
  for (let index = firstIndex; index < range.count; index++) {
    const offset = range.first + index - item.from;
    if (!item.refresh && offset >= life) break;
    const position = offset % life;
    if (parts !== undefined) {
      amounts[index] = parts[position];
    } else if (life === 1) {
      amounts[index] = bothInOneMonth;
    } else if (position === 0) {
      amounts[index] = price;
    } else if (position === life - 1 && !salvage.isZero()) {
      amounts[index] = received;
    }
  }
  return amounts;
}
