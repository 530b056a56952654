import { Money, type Decimal } from '../money/decimal.js';
import type { UsageItem } from '../scenario/scenario.js';
import type { ModelContext } from './modelContext.js';

/**
 * A usage item's monthly charges. In each month the item runs, with q the driver's value:
 *
 * ```text
 * price(q)  = q × price                                     one price (a single tier)
 *           = Σ over tiers of (units of q within the tier) × tier price     graduated
 *           = q × (price of the tier q falls in)                            volume
 * charge    = max( ROUND(price(q) ÷ months per period, minor unit), ROUND(minimum, minor unit) )
 * ```
 *
 * A tier covers the quantities above the previous tier's `upTo` up to and including its own.
 * A month with a zero charge has no entry. The charge is remembered per driver value, so a
 * driver that holds its value costs one computation.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   drivers: { customers: { values: [90, 100, 101, 250] } },
 *   costs: [{ name: 'Per customer', kind: 'usage', driver: 'customers', tiers: [{ upTo: 100, price: '0' }, { price: '30' }] }] }));
 * // the first 100 customers are free, each one above costs 30.00
 * scenarioSchedule(provider, { first: provider.start, count: 4 }).items[0]!.amounts.map(String);
 * // ['undefined', 'undefined', '30', '4500']
 */
export function usageEntries(item: UsageItem, context: ModelContext): (Decimal | undefined)[] {
  const { range, minorDigits } = context;
  const quantities = context.drivers.get(item.driver);
  if (quantities === undefined) throw new Error(`usage item "${item.name}" names the unknown driver "${item.driver}"`);
  const amounts = new Array<Decimal | undefined>(range.count).fill(undefined);
  const minimum = item.minimum.toDecimalPlaces(minorDigits, Money.ROUND_HALF_UP);
  const chargeByQuantity = new Map<Decimal, Decimal | undefined>();
  const charge = (quantity: Decimal): Decimal | undefined => {
    let perPeriod = periodPrice(item, quantity);
    if (item.periodMonths !== 1) perPeriod = perPeriod.dividedBy(item.periodMonths);
    const rounded = perPeriod.toDecimalPlaces(minorDigits, Money.ROUND_HALF_UP);
    const amount = rounded.lessThan(minimum) ? minimum : rounded;
    return amount.isZero() ? undefined : amount;
  };

  const end = Math.min(item.months === undefined ? Infinity : item.from + item.months, item.until ?? Infinity);
  const firstIndex = Math.max(0, item.from - range.first);
  const lastIndexExclusive = Math.min(range.count, end - range.first);
  for (let index = firstIndex; index < lastIndexExclusive; index++) {
    const quantity = quantities[index] as Decimal;
    let amount = chargeByQuantity.get(quantity);
    if (amount === undefined && !chargeByQuantity.has(quantity)) {
      amount = charge(quantity);
      chargeByQuantity.set(quantity, amount);
    }
    amounts[index] = amount;
  }
  return amounts;
}

/** The price of `quantity` units for one period, before rounding. */
function periodPrice(item: UsageItem, quantity: Decimal): Decimal {
  const tiers = item.tiers;
  if (tiers.length === 1) return quantity.times((tiers[0] as UsageItem['tiers'][number]).price);
  if (item.tiering === 'volume') {
    const tier = tiers.find((t) => t.upTo === undefined || quantity.lessThanOrEqualTo(t.upTo));
    if (tier === undefined) throw new Error(`usage item "${item.name}" has no open-ended last tier`);
    return quantity.times(tier.price);
  }
  let total = new Money(0);
  let below = new Money(0);
  for (const tier of tiers) {
    if (quantity.lessThanOrEqualTo(below)) break;
    const top = tier.upTo === undefined || quantity.lessThan(tier.upTo) ? quantity : tier.upTo;
    total = total.plus(top.minus(below).times(tier.price));
    if (tier.upTo === undefined) break;
    below = tier.upTo;
  }
  return total;
}
