import type { Decimal } from './decimal.js';

/**
 * A decimal as an exact integer and a scale: `units / 10^scale`. The kinds priced by a
 * driver do their monthly arithmetic this way — bigint multiplications and one rounding
 * division — instead of allocating Decimals month after month.
 *
 * @example
 * const quantity: FixedPoint = toFixedPoint(toDecimal('212.5'));
 * quantity; // { units: 2125n, scale: 1 }
 */
export type FixedPoint = { readonly units: bigint; readonly scale: number };

/** 2^53 − 1 as a bigint: every integer no larger in magnitude is exact as a double (a bound to check before working in doubles; the results need their own). */
export const MAX_SAFE_BIGINT = BigInt(Number.MAX_SAFE_INTEGER);

const cache = new WeakMap<Decimal, FixedPoint>();

/**
 * The exact fixed-point value of a Decimal; remembered per instance (Decimals are immutable),
 * so a driver value shared by many items is converted once.
 *
 * @example
 * toFixedPoint(toDecimal('-0.05')); // { units: -5n, scale: 2 }
 * toFixedPoint(toDecimal('1200')); // { units: 1200n, scale: 0 }
 */
export function toFixedPoint(value: Decimal): FixedPoint {
  let fixed = cache.get(value);
  if (fixed === undefined) {
    fixed = fixedPointOf(value);
    cache.set(value, fixed);
  }
  return fixed;
}

/**
 * {@link toFixedPoint} without remembering the result, for callers that keep it themselves.
 *
 * @example
 * // a Decimal keeps no trailing zeros, so neither does its fixed point
 * fixedPointOf(toDecimal('40000.50')); // { units: 400005n, scale: 1 }
 */
export function fixedPointOf(value: Decimal): FixedPoint {
  const text = value.toFixed();
  const point = text.indexOf('.');
  return point < 0 ? { units: BigInt(text), scale: 0 } : { units: BigInt(text.slice(0, point) + text.slice(point + 1)), scale: text.length - point - 1 };
}

const powers: bigint[] = [1n];

/**
 * 10^exponent as a bigint, remembered.
 *
 * @example
 * pow10(3); // 1000n
 */
export function pow10(exponent: number): bigint {
  for (let k = powers.length; k <= exponent; k++) powers.push((powers[k - 1] as bigint) * 10n);
  return powers[exponent] as bigint;
}

/**
 * `units` at a larger scale: the same value with more digits after the point.
 *
 * @example
 * atScale({ units: 2125n, scale: 1 }, 3); // 212500n
 */
export function atScale(value: FixedPoint, scale: number): bigint {
  if (scale < value.scale) throw new RangeError(`cannot write ${value.units} at scale ${value.scale} with only ${scale} digits`);
  return value.units * pow10(scale - value.scale);
}

/**
 * numerator ÷ denominator for a non-negative numerator and a positive denominator, rounded
 * half away from zero (half up), like a spreadsheet's ROUND().
 *
 * @example
 * [divideRoundingHalfUp(5n, 2n), divideRoundingHalfUp(4n, 3n), divideRoundingHalfUp(0n, 7n)]; // [3n, 1n, 0n]
 */
export function divideRoundingHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/**
 * numerator ÷ denominator for a positive denominator, rounded half away from zero like a
 * spreadsheet's ROUND(), for numerators of either sign.
 *
 * @example
 * [divideRoundingHalfAway(5n, 2n), divideRoundingHalfAway(-5n, 2n), divideRoundingHalfAway(-4n, 3n)]; // [3n, -3n, -1n]
 */
export function divideRoundingHalfAway(numerator: bigint, denominator: bigint): bigint {
  return numerator < 0n ? -divideRoundingHalfUp(-numerator, denominator) : divideRoundingHalfUp(numerator, denominator);
}
