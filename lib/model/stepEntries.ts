import { Money, ZERO, type Decimal } from '../money/decimal.js';
import type { StepItem } from '../scenario/scenario.js';
import { driverValues } from './driverValues.js';
import type { ModelContext } from './modelContext.js';

/**
 * A step item's monthly charges: capacity bought in blocks as its driver grows. In each
 * month the item runs, with q the driver's value:
 *
 * ```text
 * needed  = ⌈ max(q − included, 0) ÷ blockSize ⌉
 * held    = max(held last month, needed)          (releaseUnused: held = needed)
 * added   = max(needed − held last month, 0)
 * charge  = ROUND(added × oneTimePerBlock) + ROUND(held × recurringPerBlock ÷ months per period)
 * ```
 *
 * Blocks are counted from the item's own `from` (none are held before it), so an analysis
 * starting later still knows the blocks bought earlier. A month with a zero charge has no
 * entry. After the item ends, nothing is charged. Every month that holds the same number of
 * blocks and adds none shares one Decimal instance.
 *
 * @example
 * const own = unwrap(parseScenario({ name: 'Own servers', currency: 'USD', start: '2009-05',
 *   drivers: { customers: { values: [40, 41, 80, 81, 30] } },
 *   costs: [{ name: 'Servers', kind: 'step', driver: 'customers', blockSize: 40, oneTimePerBlock: '3000', recurringPerBlock: '500' }] }));
 * // 1 server, a 2nd for customer 41, a 3rd for customer 81, and all 3 kept when customers fall to 30
 * scenarioSchedule(own, { first: own.start, count: 5 }).items[0]!.amounts.map(String);
 * // ['3500', '4000', '1000', '4500', '1500']
 */
export function stepEntries(item: StepItem, context: ModelContext): (Decimal | undefined)[] {
  const { range, minorDigits } = context;
  const quantities = context.drivers.get(item.driver);
  if (quantities === undefined) throw new Error(`step item "${item.name}" names the unknown driver "${item.driver}"`);
  const amounts = new Array<Decimal | undefined>(range.count).fill(undefined);
  const round = (amount: Decimal) => amount.toDecimalPlaces(minorDigits, Money.ROUND_HALF_UP);
  const neededByQuantity = new Map<Decimal, number>();
  const needed = (quantity: Decimal): number => {
    let blocks = neededByQuantity.get(quantity);
    if (blocks === undefined) {
      const beyond = quantity.minus(item.included);
      blocks = beyond.isPositive() && !beyond.isZero() ? beyond.dividedBy(item.blockSize).ceil().toNumber() : 0;
      neededByQuantity.set(quantity, blocks);
    }
    return blocks;
  };
  const heldCharge = new Map<number, Decimal>();
  const recurringCharge = (blocks: number): Decimal => {
    let amount = heldCharge.get(blocks);
    if (amount === undefined) {
      const perPeriod = item.recurringPerBlock.times(blocks);
      amount = round(item.periodMonths === 1 ? perPeriod : perPeriod.dividedBy(item.periodMonths));
      heldCharge.set(blocks, amount);
    }
    return amount;
  };

  const end = Math.min(item.months === undefined ? Infinity : item.from + item.months, item.until ?? Infinity);
  const firstIndex = Math.max(0, item.from - range.first);
  const lastIndexExclusive = Math.min(range.count, end - range.first);
  let held = blocksHeldBefore(item, context, needed);
  for (let index = firstIndex; index < lastIndexExclusive; index++) {
    const blocks = needed(quantities[index] as Decimal);
    const added = blocks > held ? blocks - held : 0;
    held = item.releaseUnused ? blocks : Math.max(held, blocks);
    const recurring = recurringCharge(held);
    const amount = added === 0 ? recurring : recurring.plus(round(item.oneTimePerBlock.times(added)));
    amounts[index] = amount.isZero() ? undefined : amount;
  }
  return amounts;
}

/** The blocks held at the end of the month before the range, when the item began earlier. */
function blocksHeldBefore(item: StepItem, context: ModelContext, needed: (quantity: Decimal) => number): number {
  const before = context.range.first - item.from;
  if (before <= 0) return 0;
  const driver = context.driverDefinitions?.get(item.driver);
  if (driver === undefined) throw new Error(`step item "${item.name}" starts before the range, and driver "${item.driver}" has no definition in the context`);
  const months = Math.min(before, (item.months ?? Infinity), (item.until ?? Infinity) - item.from);
  if (months <= 0) return 0;
  const earlier = driverValues(driver, { first: item.from, count: months });
  if (item.releaseUnused) return needed(earlier[earlier.length - 1] ?? ZERO);
  let held = 0;
  for (const quantity of earlier) held = Math.max(held, needed(quantity));
  return held;
}
