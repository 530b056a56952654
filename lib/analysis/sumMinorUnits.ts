import type { MinorUnits } from '../money/minorUnits.js';

/**
 * The exact sum of amounts in minor units over months [from, to).
 *
 * @example
 * sumMinorUnits([400000n, 400000n, 0n]); // 800000n
 */
export function sumMinorUnits(amounts: readonly MinorUnits[], from = 0, to = amounts.length): MinorUnits {
  let total = 0n;
  for (let i = from; i < to; i++) total += amounts[i] as MinorUnits;
  return total;
}

/**
 * Running totals in minor units: element i is the sum of amounts 0..i.
 *
 * @example
 * cumulativeMinorUnits([1n, 2n, 3n]); // [1n, 3n, 6n]
 */
export function cumulativeMinorUnits(amounts: readonly MinorUnits[]): MinorUnits[] {
  const sums = new Array<MinorUnits>(amounts.length);
  let running = 0n;
  for (let i = 0; i < amounts.length; i++) {
    running += amounts[i] as MinorUnits;
    sums[i] = running;
  }
  return sums;
}

/**
 * {@link cumulativeMinorUnits} of minor units held as exact doubles, as numbers, when every
 * running sum stays a safe integer (at most 2^53 − 1 either way), so that each is exact;
 * undefined otherwise (work them out in bigint).
 *
 * @example
 * cumulativeDoubles(Float64Array.of(400000, -5, 0)); // [400000, 399995, 399995]
 * cumulativeDoubles([Number.MAX_SAFE_INTEGER, 1]); // undefined
 */
export function cumulativeDoubles(amounts: ArrayLike<number>): number[] | undefined {
  const sums = new Array<number>(amounts.length);
  let running = 0;
  for (let i = 0; i < amounts.length; i++) {
    running += amounts[i] as number;
    // A sum beyond 2^53 may have been rounded: past the safe integers either way, it is not trusted.
    if (running > Number.MAX_SAFE_INTEGER || running < -Number.MAX_SAFE_INTEGER) return undefined;
    sums[i] = running;
  }
  return sums;
}
