import type { Decimal } from '../money/decimal.js';
import type { MinorUnits } from '../money/minorUnits.js';

/**
 * Cumulative costs, as Decimals or as exact minor units: bigints, or numbers that are safe
 * integers (a baseline in one and a challenger in the other compare exactly).
 * @inline
 */
type Cumulative = readonly Decimal[] | readonly MinorUnits[] | readonly number[];

/** A cumulative sum: a Decimal, or minor units as a bigint or as a number that is a safe integer (either compares exactly with the other). */
type Sum = Decimal | MinorUnits | number;

function atOrBelow(challenger: Sum, baseline: Sum): boolean {
  return typeof challenger === 'object' ? challenger.lessThanOrEqualTo(baseline as Decimal) : challenger <= (baseline as MinorUnits | number);
}

/**
 * Where a challenger's cumulative cost crosses the baseline's.
 *
 * @example
 * const [crossing]: Crossing[] = crossings([100n, 200n, 300n], [250n, 250n, 250n]);
 * crossing; // { monthIndex: 2, cheaper: 'challenger' }
 */
export type Crossing = {
  /** 0-based month index of the analysis where the new order first holds. */
  readonly monthIndex: number;
  /** Which option is strictly cheaper (cumulatively) from this month on. */
  readonly cheaper: 'challenger' | 'baseline';
};

/**
 * The break-even month: the first month (0-based index) from which the challenger's
 * cumulative cost stays at or below the baseline's for the rest of the horizon, or
 * `undefined` when that never happens within the horizon.
 *
 * @example
 * // cumulative costs: the baseline pays 100 a month, the challenger 250 once (in minor units or as Decimals)
 * breakEvenIndex([100n, 200n, 300n], [250n, 250n, 250n]); // 2
 * breakEvenIndex(['100', '200', '300'].map(toDecimal), ['250', '250', '350'].map(toDecimal)); // undefined
 * breakEvenIndex([100n, 200n, 300n], [250, 250, 250]); // 2
 */
export function breakEvenIndex(baseline: Cumulative, challenger: Cumulative): number | undefined {
  let index: number | undefined;
  for (let m = baseline.length - 1; m >= 0; m--) {
    if (atOrBelow(challenger[m] as Sum, baseline[m] as Sum)) index = m;
    else break;
  }
  return index;
}

/**
 * Every month where the strictly cheaper of the two cumulative curves changes, in order.
 * Months where the curves are equal change nothing (a tie in month 1, when both pay the
 * same, is not "cheaper at first"); the first month is never a crossing.
 *
 * @example
 * // the baseline pays 100 a month, the challenger 250 once: the baseline costs more from month 3 (index 2)
 * crossings([100n, 200n, 300n], [250n, 250n, 250n]); // [{ monthIndex: 2, cheaper: 'challenger' }]
 */
export function crossings(baseline: Cumulative, challenger: Cumulative): Crossing[] {
  const result: Crossing[] = [];
  let previous: Crossing['cheaper'] | undefined;
  for (let m = 0; m < baseline.length; m++) {
    const order = compareAt(challenger[m] as Sum, baseline[m] as Sum);
    if (order === 0) continue;
    const cheaper = order < 0 ? 'challenger' : 'baseline';
    if (previous !== undefined && cheaper !== previous) result.push({ monthIndex: m, cheaper });
    previous = cheaper;
  }
  return result;
}

function compareAt(challenger: Sum, baseline: Sum): number {
  if (typeof challenger === 'object') return challenger.comparedTo(baseline as Decimal);
  const other = baseline as MinorUnits | number;
  return challenger < other ? -1 : challenger > other ? 1 : 0;
}
