import type { Decimal } from '../money/decimal.js';
import { atScale, divideRoundingHalfUp, MAX_SAFE_BIGINT, pow10, toFixedPoint, type FixedPoint } from '../money/fixedPoint.js';
import type { MinorUnits } from '../money/minorUnits.js';
import type { UsageItem } from '../scenario/scenario.js';
import { minorUnitEntries, ownEntries, type MinorUnitEntries } from './minorUnitEntries.js';
import { driverFixedPoints } from './driverValues.js';
import type { ModelContext } from './modelContext.js';
import { identityOf, sharedByKey } from './sharedEntries.js';

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
 * as integers at a common scale, one rounding division per month, and the charges in minor
 * units ({@link MinorUnitEntries}: no Decimal is made per month). A driver that holds its
 * value for months is priced once for them.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   drivers: { customers: { values: [90, 100, 101, 250] } },
 *   costs: [{ name: 'Per customer', kind: 'usage', driver: 'customers', tiers: [{ upTo: 100, price: '0' }, { price: '30' }] }] }));
 * // the first 100 customers are free, each one above costs 30.00
 * scenarioSchedule(provider, { first: provider.start, count: 4 }).items[0]!.amounts.map(String);
 * // ['undefined', 'undefined', '30', '4500']
 */
export function usageEntries(item: UsageItem, context: ModelContext): MinorUnitEntries {
  const { range, minorDigits } = context;
  const quantities = context.drivers.get(item.driver);
  if (quantities === undefined) throw new Error(`usage item "${item.name}" names the unknown driver "${item.driver}"`);
  // Items alike in compared scenarios (from the base file they extend) are priced once.
  let tiers = '';
  for (const tier of item.tiers) tiers += `${identityOf(tier.upTo)}:${identityOf(tier.price)},`;
  const key = `${identityOf(quantities)}|${tiers}|${item.tiering}|${item.periodMonths}|${identityOf(item.minimum)}|${item.from}|${item.months}|${item.until}|${range.first}|${range.count}|${minorDigits}`;
  const shared = sharedByKey(sharedUsage, key, () => usageCharges(item, context, quantities));
  return context.shareEntries === true ? shared : ownEntries(shared);
}

const sharedUsage = new Map<string, MinorUnitEntries>();

/** {@link usageEntries}, worked out. */
function usageCharges(item: UsageItem, context: ModelContext, quantities: readonly Decimal[]): MinorUnitEntries {
  const { range, minorDigits } = context;
  const charges = new Array<MinorUnits>(range.count).fill(0n);
  const price = rememberedUsagePrice(item, minorDigits);
  const fixedPoints = driverFixedPoints(quantities);

  const end = Math.min(item.months === undefined ? Infinity : item.from + item.months, item.until ?? Infinity);
  const firstIndex = Math.max(0, item.from - range.first);
  const lastIndexExclusive = Math.min(range.count, end - range.first);
  let lastQuantity: Decimal | undefined;
  let lastCharge: MinorUnits = 0n;
  for (let index = firstIndex; index < lastIndexExclusive; index++) {
    // A driver that holds its value repeats one Decimal instance: price it once per run.
    const quantity = quantities[index] as Decimal;
    if (quantity !== lastQuantity) {
      lastQuantity = quantity;
      lastCharge = price(fixedPoints[index] as FixedPoint);
    }
    charges[index] = lastCharge;
  }
  return minorUnitEntries(charges);
}

/**
 * {@link usagePrice}, shared by the items priced alike (the same tiers, tiering, period,
 * minimum and minor unit), each charge remembered by its quantity: compared scenarios share
 * their drivers' values, and often their usage items (from the base file they extend), so a
 * charge is worked out once for all of them. A bound on the pricings kept, not a tuning knob.
 */
function rememberedUsagePrice(item: UsageItem, minorDigits: number): (quantity: FixedPoint) => MinorUnits {
  const tiers = item.tiers.map((tier) => `${tier.upTo?.toString() ?? ''}:${tier.price.toString()}`).join(',');
  const key = `${minorDigits}|${item.periodMonths}|${item.tiering}|${item.minimum.toString()}|${tiers}`;
  let price = recentPricings.get(key);
  if (price === undefined) {
    const charge = usagePrice(item, minorDigits);
    const byQuantity = new WeakMap<FixedPoint, MinorUnits>();
    price = (quantity) => {
      let units = byQuantity.get(quantity);
      if (units === undefined) {
        units = charge(quantity);
        byQuantity.set(quantity, units);
      }
      return units;
    };
    if (recentPricings.size >= MAX_REMEMBERED_PRICINGS) recentPricings.clear();
    recentPricings.set(key, price);
  }
  return price;
}

const MAX_REMEMBERED_PRICINGS = 256;
const recentPricings = new Map<string, (quantity: FixedPoint) => MinorUnits>();

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
  const minimumAsDouble = Number(minimumUnits);
  const toMinorAsDouble = Number(pow10(minorDigits));

  // The tier ends and the rounding divisor at each scale met (most quantities: one scale).
  const byScale: { ends: (bigint | undefined)[]; divisor: bigint; inDoubles: DoubleTerms | undefined }[] = [];
  const toMinor = pow10(minorDigits);
  const pricesAsDoubles = prices.map(Number);
  const negativePrice = pricesAsDoubles.some((price) => price < 0);

  return (quantity: FixedPoint): MinorUnits => {
    const scale = quantity.scale > endScale ? quantity.scale : endScale;
    let atThisScale = byScale[scale];
    if (atThisScale === undefined) {
      const scaledEnds = ends.map((end) => (end === undefined ? undefined : atScale(end, scale)));
      const divisor = pow10(scale + priceScale) * period;
      const terms = [...prices, ...scaledEnds.map((end) => end ?? 0n), divisor, toMinor, minimumUnits];
      const inDoubles = terms.every((term) => term <= MAX_SAFE_BIGINT) ? { ends: scaledEnds.map((end) => (end === undefined ? undefined : Number(end))), divisor: Number(divisor) } : undefined;
      atThisScale = { ends: scaledEnds, divisor, inDoubles };
      byScale[scale] = atThisScale;
    }
    const q = scale === quantity.scale ? quantity.units : atScale(quantity, scale);
    const fast = atThisScale.inDoubles === undefined || q > MAX_SAFE_BIGINT ? undefined : chargeInDoubles(Number(q), atThisScale.inDoubles);
    if (fast !== undefined) return BigInt(fast < minimumAsDouble ? minimumAsDouble : fast);
    const scaledEnds = atThisScale.ends;
    // Σ units × price, at scale `scale + priceScale`
    let total = 0n;
    if (tiers.length === 1) {
      total = q * (prices[0] as bigint);
    } else if (volume) {
      let index = scaledEnds.findIndex((end) => end === undefined || q <= end);
      if (index < 0) index = tiers.length - 1;
      total = q * (prices[index] as bigint);
    } else {
      let below = 0n;
      for (let index = 0; index < tiers.length && q > below; index++) {
        const end = scaledEnds[index];
        const top = end === undefined || q < end ? q : end;
        total += (top - below) * (prices[index] as bigint);
        below = top;
      }
    }
    const units = divideRoundingHalfUp(total * toMinor, atThisScale.divisor);
    return units < minimumUnits ? minimumUnits : units;
  };

  /**
   * The same charge (before the minimum) in doubles, which hold every integer below 2^53
   * exactly: the tiers' sum, the product and the rounding division are checked to stay below
   * it, so the result is the bigint one's; undefined when they might not (then bigint it is).
   */
  function chargeInDoubles(q: number, terms: DoubleTerms): number | undefined {
    // Rounding half up as bigint division does it holds for what is not negative.
    if (q < 0 || negativePrice) return undefined;
    let total = 0;
    if (tiers.length === 1) {
      total = q * (pricesAsDoubles[0] as number);
    } else if (volume) {
      let index = 0;
      while (index < tiers.length - 1 && (terms.ends[index] ?? Infinity) < q) index++;
      total = q * (pricesAsDoubles[index] as number);
    } else {
      let below = 0;
      for (let index = 0; index < tiers.length && q > below; index++) {
        const end = terms.ends[index];
        const top = end === undefined || q < end ? q : end;
        total += (top - below) * (pricesAsDoubles[index] as number);
        if (total > SAFE) return undefined;
        below = top;
      }
    }
    const numerator = total * toMinorAsDouble;
    // ⌊(2n + d) ÷ 2d⌋ is exact in doubles while 2n + 3d stays below 2^53.
    if (total > SAFE || numerator > SAFE || 2 * numerator + 3 * terms.divisor > SAFE) return undefined;
    return Math.floor((2 * numerator + terms.divisor) / (2 * terms.divisor));
  }
}

/** The tier ends and the divisor of one scale as doubles, when every one is an exact integer there. */
type DoubleTerms = { readonly ends: readonly (number | undefined)[]; readonly divisor: number };

const SAFE = Number.MAX_SAFE_INTEGER;
