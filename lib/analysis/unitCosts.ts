import { Money, type Decimal } from '../money/decimal.js';
import { fromMinorUnits, type MinorUnits } from '../money/minorUnits.js';

/**
 * Cost per driver unit in each month: the month's cost ÷ the driver's value that month,
 * rounded to the minor unit (half away from zero); `undefined` in months where the driver is
 * 0. With a target, also the first month (0-based index) whose rounded cost per unit is at
 * or below it.
 *
 * @example
 * const { perUnit, atOrBelowIndex }: UnitCosts = unitCosts([100000n, 100000n, 120000n], ['0', '40', '60'].map(toDecimal), 2, toDecimal('20'));
 * // 1,000.00 for no customers, then 1,000.00 for 40, then 1,200.00 for 60
 * [perUnit.map(String), atOrBelowIndex]; // [['undefined', '25', '20'], 2]
 */
export type UnitCosts = {
  readonly perUnit: readonly (Decimal | undefined)[];
  /** The first month at or below the target; undefined without a target or when it never is. */
  readonly atOrBelowIndex?: number;
};

/** See {@link UnitCosts}. */
export function unitCosts(monthlyMinorUnits: readonly MinorUnits[], units: readonly Decimal[], digits: number, target?: Decimal): UnitCosts {
  const perUnit = monthlyMinorUnits.map((cost, month) => {
    const quantity = units[month] as Decimal;
    if (quantity.isZero()) return undefined;
    return fromMinorUnits(cost, digits).dividedBy(quantity).toDecimalPlaces(digits, Money.ROUND_HALF_UP);
  });
  if (target === undefined) return { perUnit };
  const index = perUnit.findIndex((cost) => cost !== undefined && cost.lessThanOrEqualTo(target));
  return index < 0 ? { perUnit } : { perUnit, atOrBelowIndex: index };
}
