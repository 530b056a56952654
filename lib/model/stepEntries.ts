import { ZERO, type Decimal } from '../money/decimal.js';
import { atScale, divideRoundingHalfUp, MAX_SAFE_BIGINT, pow10, toFixedPoint, type FixedPoint } from '../money/fixedPoint.js';
import type { MinorUnits } from '../money/minorUnits.js';
import type { StepItem } from '../scenario/scenario.js';
import { driverFixedPoints, driverValues } from './driverValues.js';
import { minorUnitEntries, ownEntries, type MinorUnitEntries } from './minorUnitEntries.js';
import type { ModelContext } from './modelContext.js';
import { identityOf, sharedByKey } from './sharedEntries.js';

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
 * entry. After the item ends, nothing is charged. The arithmetic is exact, in integers, and
 * the charges are in minor units ({@link MinorUnitEntries}).
 *
 * @example
 * const own = unwrap(parseScenario({ name: 'Own servers', currency: 'USD', start: '2009-05',
 *   drivers: { customers: { values: [40, 41, 80, 81, 30] } },
 *   costs: [{ name: 'Servers', kind: 'step', driver: 'customers', blockSize: 40, oneTimePerBlock: '3000', recurringPerBlock: '500' }] }));
 * // 1 server, a 2nd for customer 41, a 3rd for customer 81, and all 3 kept when customers fall to 30
 * scenarioSchedule(own, { first: own.start, count: 5 }).items[0]!.amounts.map(String);
 * // ['3500', '4000', '1000', '4500', '1500']
 */
export function stepEntries(item: StepItem, context: ModelContext): MinorUnitEntries {
  const { range, minorDigits } = context;
  const quantities = context.drivers.get(item.driver);
  if (quantities === undefined) throw new Error(`step item "${item.name}" names the unknown driver "${item.driver}"`);
  // Items alike in compared scenarios (from the base file they extend) are counted once. The
  // driver's definition counts only for an item that began before the range (blocksHeldBefore).
  const definitionBefore = range.first > item.from ? identityOf(context.driverDefinitions?.get(item.driver)) : 0;
  const key = `${identityOf(quantities)}|${definitionBefore}|${identityOf(item.included)}|${identityOf(item.blockSize)}|${identityOf(item.oneTimePerBlock)}|${identityOf(item.recurringPerBlock)}|${item.periodMonths}|${item.releaseUnused}|${item.from}|${item.months}|${item.until}|${range.first}|${range.count}|${minorDigits}`;
  const shared = sharedByKey(sharedSteps, key, () => stepCharges(item, context, quantities));
  return context.shareEntries === true ? shared : ownEntries(shared);
}

const sharedSteps = new Map<string, MinorUnitEntries>();

/** {@link stepEntries}, worked out. */
function stepCharges(item: StepItem, context: ModelContext, quantities: readonly Decimal[]): MinorUnitEntries {
  const { range, minorDigits } = context;
  const charges = new Array<MinorUnits>(range.count).fill(0n);
  const needed = blocksNeeded(item);
  const fixedPoints = driverFixedPoints(quantities);
  const oneTime = toFixedPoint(item.oneTimePerBlock);
  const recurring = toFixedPoint(item.recurringPerBlock);
  const toMinor = pow10(minorDigits);
  const oneTimeUnits = remembered((blocks: number) => divideRoundingHalfUp(BigInt(blocks) * oneTime.units * toMinor, pow10(oneTime.scale)));
  const recurringUnits = remembered((blocks: number) => divideRoundingHalfUp(BigInt(blocks) * recurring.units * toMinor, pow10(recurring.scale) * BigInt(item.periodMonths)));

  const end = Math.min(item.months === undefined ? Infinity : item.from + item.months, item.until ?? Infinity);
  const firstIndex = Math.max(0, item.from - range.first);
  const lastIndexExclusive = Math.min(range.count, end - range.first);
  let held = blocksHeldBefore(item, context, needed);
  let heldUnits = recurringUnits(held);
  let lastQuantity: Decimal | undefined;
  let blocks = 0;
  for (let index = firstIndex; index < lastIndexExclusive; index++) {
    // A driver that holds its value repeats one Decimal instance: count its blocks once per run.
    const quantity = quantities[index] as Decimal;
    if (quantity !== lastQuantity) {
      lastQuantity = quantity;
      blocks = needed(fixedPoints[index] as FixedPoint);
    }
    const added = blocks > held ? blocks - held : 0;
    const nowHeld = item.releaseUnused ? blocks : Math.max(held, blocks);
    if (nowHeld !== held) {
      held = nowHeld;
      heldUnits = recurringUnits(held);
    }
    charges[index] = added === 0 ? heldUnits : heldUnits + oneTimeUnits(added);
  }
  return minorUnitEntries(charges);
}

/** A charge by a count of blocks, each count's worked out once: a driver that goes up and down meets the same counts again and again. */
function remembered(charge: (blocks: number) => MinorUnits): (blocks: number) => MinorUnits {
  const byBlocks = new Map<number, MinorUnits>();
  return (blocks) => {
    let units = byBlocks.get(blocks);
    if (units === undefined) {
      units = charge(blocks);
      byBlocks.set(blocks, units);
    }
    return units;
  };
}

/** ⌈max(quantity − included, 0) ÷ blockSize⌉, in integers. */
function blocksNeeded(item: StepItem): (quantity: FixedPoint) => number {
  const included = toFixedPoint(item.included);
  const blockSize = toFixedPoint(item.blockSize);
  const baseScale = Math.max(included.scale, blockSize.scale);
  // `included` and `blockSize` at each scale met (most quantities are whole numbers: one scale).
  const boundsByScale: { included: bigint; size: bigint; inDoubles: boolean; includedAsDouble: number; sizeAsDouble: number }[] = [];
  return (quantity: FixedPoint): number => {
    const scale = quantity.scale > baseScale ? quantity.scale : baseScale;
    let bounds = boundsByScale[scale];
    if (bounds === undefined) {
      const scaled = { included: atScale(included, scale), size: atScale(blockSize, scale) };
      const inDoubles = scaled.included >= 0n && scaled.included <= MAX_SAFE_BIGINT && scaled.size <= MAX_SAFE_BIGINT;
      bounds = { ...scaled, inDoubles, includedAsDouble: Number(scaled.included), sizeAsDouble: Number(scaled.size) };
      boundsByScale[scale] = bounds;
    }
    const units = scale === quantity.scale ? quantity.units : atScale(quantity, scale);
    // In doubles while every integer involved stays below 2^53, where ⌈a ÷ b⌉ is exact.
    if (bounds.inDoubles && units >= 0n && units <= MAX_SAFE_BIGINT) {
      const beyond = Number(units) - bounds.includedAsDouble;
      if (beyond <= 0) return 0;
      const size = bounds.sizeAsDouble;
      if (beyond + size <= Number.MAX_SAFE_INTEGER) return Math.ceil(beyond / size);
    }
    const beyond = units - bounds.included;
    return beyond > 0n ? Number((beyond + bounds.size - 1n) / bounds.size) : 0;
  };
}

/** The blocks held at the end of the month before the range, when the item began earlier. */
function blocksHeldBefore(item: StepItem, context: ModelContext, needed: (quantity: FixedPoint) => number): number {
  const before = context.range.first - item.from;
  if (before <= 0) return 0;
  const driver = context.driverDefinitions?.get(item.driver);
  if (driver === undefined) throw new Error(`step item "${item.name}" starts before the range, and driver "${item.driver}" has no definition in the context`);
  const months = Math.min(before, (item.months ?? Infinity), (item.until ?? Infinity) - item.from);
  if (months <= 0) return 0;
  const earlier = driverValues(driver, { first: item.from, count: months });
  if (item.releaseUnused) return needed(toFixedPoint(earlier[earlier.length - 1] ?? ZERO));
  let held = 0;
  for (const quantity of earlier) held = Math.max(held, needed(toFixedPoint(quantity)));
  return held;
}
