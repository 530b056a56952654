import { Money, type Decimal, type DecimalInput } from './decimal.js';
import { fromMinorUnits, type MinorUnits } from './minorUnits.js';

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
  checkParts(parts);
  // Integer arithmetic in minor units: exact, and two Decimal constructions whatever `parts` is.
  const rounded = new Money(amount).toFixed(digits, Money.ROUND_HALF_UP);
  const units = allocateMinorUnits(BigInt(rounded.replace('.', '')), parts);
  const first = units[0] as MinorUnits;
  const last = units[parts - 1] as MinorUnits;
  const base = fromMinorUnits(last, digits);
  const bumped = first === last ? base : fromMinorUnits(first, digits);
  return units.map((part) => (part === first ? bumped : base));
}

/**
 * {@link allocate} for an amount already in minor units: `parts` parts that sum exactly to
 * it, the leftover units one each to the first parts (away from zero for a negative amount).
 *
 * @example
 * allocateMinorUnits(8000000n, 12).slice(7, 9); // [666667n, 666666n]
 * allocateMinorUnits(-100n, 3); // [-34n, -33n, -33n]
 */
export function allocateMinorUnits(units: MinorUnits, parts: number): MinorUnits[] {
  checkParts(parts);
  const sign = units < 0n ? -1n : 1n;
  const absoluteUnits = units * sign;
  const count = BigInt(parts);
  const baseUnits = absoluteUnits / count;
  const leftover = Number(absoluteUnits - baseUnits * count);
  const base = baseUnits * sign;
  const bumped = leftover > 0 ? (baseUnits + 1n) * sign : base;
  const result = new Array<MinorUnits>(parts);
  for (let i = 0; i < parts; i++) result[i] = i < leftover ? bumped : base;
  return result;
}

/** Throws unless `parts` is a whole number of at least one: checked before anything else is read. */
function checkParts(parts: number): void {
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError(`allocate needs at least one part, got ${parts}`);
}
