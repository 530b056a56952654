import { ZERO, type Decimal } from '../money/decimal.js';
import { atScale, divideRoundingHalfUp, pow10, toFixedPoint } from '../money/fixedPoint.js';
import { fromMinorUnits, type MinorUnits } from '../money/minorUnits.js';
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
 * entry. After the item ends, nothing is charged. The arithmetic is exact, in integers;
 * every month with the same charge shares one Decimal instance.
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
  const needed = blocksNeeded(item);
  const oneTime = toFixedPoint(item.oneTimePerBlock);
  const recurring = toFixedPoint(item.recurringPerBlock);
  const toMinor = pow10(minorDigits);
  const oneTimeUnits = (blocks: number) => divideRoundingHalfUp(BigInt(blocks) * oneTime.units * toMinor, pow10(oneTime.scale));
  const recurringUnits = (blocks: number) => divideRoundingHalfUp(BigInt(blocks) * recurring.units * toMinor, pow10(recurring.scale) * BigInt(item.periodMonths));
  const amountByUnits = new Map<MinorUnits, Decimal>();
  const amountOf = (units: MinorUnits): Decimal | undefined => {
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
  let held = blocksHeldBefore(item, context, needed);
  let heldUnits = recurringUnits(held);
  for (let index = firstIndex; index < lastIndexExclusive; index++) {
    const blocks = needed(quantities[index] as Decimal);
    const added = blocks > held ? blocks - held : 0;
    const nowHeld = item.releaseUnused ? blocks : Math.max(held, blocks);
    if (nowHeld !== held) {
      held = nowHeld;
      heldUnits = recurringUnits(held);
    }
    amounts[index] = amountOf(added === 0 ? heldUnits : heldUnits + oneTimeUnits(added));
  }
  return amounts;
}

/** ⌈max(quantity − included, 0) ÷ blockSize⌉, in integers, remembered per driver value. */
function blocksNeeded(item: StepItem): (quantity: Decimal) => number {
  const included = toFixedPoint(item.included);
  const blockSize = toFixedPoint(item.blockSize);
  const byQuantity = new Map<Decimal, number>();
  return (quantity: Decimal): number => {
    let blocks = byQuantity.get(quantity);
    if (blocks === undefined) {
      const q = toFixedPoint(quantity);
      const scale = Math.max(q.scale, included.scale, blockSize.scale);
      const beyond = atScale(q, scale) - atScale(included, scale);
      const size = atScale(blockSize, scale);
      blocks = beyond > 0n ? Number((beyond + size - 1n) / size) : 0;
      byQuantity.set(quantity, blocks);
    }
    return blocks;
  };
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
