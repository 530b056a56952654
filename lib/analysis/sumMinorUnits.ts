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
