import { Money, type Decimal, type DecimalInput } from './decimal.js';
import { fromMinorUnits } from './minorUnits.js';

/**
 * Splits an amount into `parts` parts of the currency's minor unit that sum exactly to the
 * amount (after rounding it to `digits` places, half away from zero). The leftover minor
 * units go one each to the first parts, so 80,000.00 over 12 months is 6,666.67 × 8 then
 * 6,666.66 × 4.
 *
 * @example
 * allocate('80000', 12, 2).map(String); // [...Array(8).fill('6666.67'), ...Array(4).fill('6666.66')]
 * allocate('1', 3, 2).map(String); // ['0.34', '0.33', '0.33']
 */
export function allocate(amount: DecimalInput, parts: number, digits: number): Decimal[] {
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError(`allocate needs at least one part, got ${parts}`);
  // Integer arithmetic in minor units: exact, and two Decimal constructions whatever `parts` is.
  const rounded = new Money(amount).toFixed(digits, Money.ROUND_HALF_UP);
  const totalUnits = BigInt(rounded.replace('.', ''));
  const sign = totalUnits < 0n ? -1n : 1n;
  const absoluteUnits = totalUnits * sign;
  const count = BigInt(parts);
  const baseUnits = absoluteUnits / count;
  const leftover = Number(absoluteUnits - baseUnits * count);
  const base = fromMinorUnits(baseUnits * sign, digits);
  const bumped = leftover > 0 ? fromMinorUnits((baseUnits + 1n) * sign, digits) : base;
  const result = new Array<Decimal>(parts);
  for (let i = 0; i < parts; i++) result[i] = i < leftover ? bumped : base;
  return result;
}
