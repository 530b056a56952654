import { Money, type Decimal, type DecimalInput } from './decimal.js';

/**
 * Splits an amount into `parts` parts of the currency's minor unit that sum exactly to the
 * amount (after rounding it to `digits` places). The leftover minor units go one each to the
 * first parts, so 80,000.00 over 12 months is 6,666.67 × 8 then 6,666.66 × 4.
 *
 * @example
 * allocate('80000', 12, 2).map(String); // ['6666.67', …8 of them…, '6666.66', …4 of them…]
 * allocate('1', 3, 2).map(String); // ['0.34', '0.33', '0.33']
 */
export function allocate(amount: DecimalInput, parts: number, digits: number): Decimal[] {
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError(`allocate needs at least one part, got ${parts}`);
  const scale = new Money(10).pow(digits);
  const totalUnits = new Money(amount).times(scale).toDecimalPlaces(0, Money.ROUND_HALF_UP);
  const sign = totalUnits.isNegative() ? -1 : 1;
  const absUnits = totalUnits.abs();
  const baseUnits = absUnits.dividedToIntegerBy(parts);
  const leftover = absUnits.minus(baseUnits.times(parts)).toNumber();
  const base = baseUnits.times(sign).dividedBy(scale);
  const bumped = baseUnits.plus(1).times(sign).dividedBy(scale);
  const result: Decimal[] = [];
  for (let i = 0; i < parts; i++) result.push(i < leftover ? bumped : base);
  return result;
}
