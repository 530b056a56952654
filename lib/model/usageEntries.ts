import type { Decimal } from '../money/decimal.js';
import { atScale, divideRoundingHalfUp, pow10, toFixedPoint, type FixedPoint } from '../money/fixedPoint.js';
import { fromMinorUnits, type MinorUnits } from '../money/minorUnits.js';
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
 * A month with a zero charge has no entry. The arithmetic is exact: quantities and prices
 * as integers at a common scale, one rounding division per month (the engine's hot path:
 * no Decimal is allocated but the charge itself). The charge is remembered per driver
 * value, so a driver that holds its value costs one computation.
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
  const price = usagePrice(item, minorDigits);
  const chargeByQuantity = new Map<Decimal, Decimal | undefined>();
  const amountByUnits = new Map<MinorUnits, Decimal>();
  const charge = (quantity: Decimal): Decimal | undefined => {
    const units = price(toFixedPoint(quantity));
    if (units === 0n) return undefined;
    let amount = amountByUnits.get(units);
    if (amount === undefined) {
      amount = fromMinorUnits(units, minorDigits);
      amountByUnits.set(units, amount);
    }
    return amount;
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

/**
 * The monthly charge of a quantity in minor units, with everything that does not depend on
 * the quantity prepared once: prices at one scale, tier ends at one scale, the minimum.
 */
function usagePrice(item: UsageItem, minorDigits: number): (quantity: FixedPoint) => MinorUnits {
  const tiers = item.tiers;
  const priceScale = Math.max(...tiers.map((tier) => toFixedPoint(tier.price).scale));
  const prices = tiers.map((tier) => atScale(toFixedPoint(tier.price), priceScale));
  const ends = tiers.map((tier) => (tier.upTo === undefined ? undefined : toFixedPoint(tier.upTo)));
  const endScale = Math.max(0, ...ends.map((end) => end?.scale ?? 0));
  const minimum = toFixedPoint(item.minimum);
  const minimumUnits = divideRoundingHalfUp(minimum.units * pow10(minorDigits), pow10(minimum.scale));
  const period = BigInt(item.periodMonths);
  const volume = item.tiering === 'volume';

  return (quantity: FixedPoint): MinorUnits => {
    const scale = Math.max(quantity.scale, endScale);
    const q = atScale(quantity, scale);
    // Σ units × price, at scale `scale + priceScale`
    let total = 0n;
    if (tiers.length === 1) {
      total = q * (prices[0] as bigint);
    } else if (volume) {
      let index = ends.findIndex((end) => end === undefined || q <= atScale(end, scale));
      if (index < 0) index = tiers.length - 1;
      total = q * (prices[index] as bigint);
    } else {
      let below = 0n;
      for (let index = 0; index < tiers.length && q > below; index++) {
        const end = ends[index];
        const top = end === undefined ? q : atScale(end, scale);
        total += ((q < top ? q : top) - below) * (prices[index] as bigint);
        below = top;
      }
    }
    const units = divideRoundingHalfUp(total * pow10(minorDigits), pow10(scale + priceScale) * period);
    return units < minimumUnits ? minimumUnits : units;
  };
}
