import type { Decimal } from '../money/decimal.js';

/** Where a challenger's cumulative cost crosses the baseline's. */
export type Crossing = {
  /** 0-based month index of the analysis where the new order first holds. */
  readonly monthIndex: number;
  /** Which option is cheaper (cumulatively) from this month on: `challenger` when its cumulative cost is at or below the baseline's. */
  readonly cheaper: 'challenger' | 'baseline';
};

/**
 * The break-even month: the first month (0-based index) from which the challenger's
 * cumulative cost stays at or below the baseline's for the rest of the horizon, or
 * `undefined` when that never happens within the horizon.
 *
 * @example
 * breakEvenIndex(cumulative([100, 100, 100]), cumulative([250, 0, 0])); // 2 (300 ≥ 250 from month 3)
 */
export function breakEvenIndex(baseline: readonly Decimal[], challenger: readonly Decimal[]): number | undefined {
  let index: number | undefined;
  for (let m = baseline.length - 1; m >= 0; m--) {
    if ((challenger[m] as Decimal).lessThanOrEqualTo(baseline[m] as Decimal)) index = m;
    else break;
  }
  return index;
}

/**
 * Every month where the cheaper of the two cumulative curves changes, in order. The first
 * month is not a crossing; a challenger cheaper from month 1 has a break-even but no crossing.
 *
 * @example
 * crossings(cumulative([100, 100, 100]), cumulative([250, 0, 0])); // [{ monthIndex: 2, cheaper: 'challenger' }]
 */
export function crossings(baseline: readonly Decimal[], challenger: readonly Decimal[]): Crossing[] {
  const result: Crossing[] = [];
  let previous: Crossing['cheaper'] | undefined;
  for (let m = 0; m < baseline.length; m++) {
    const cheaper = (challenger[m] as Decimal).lessThanOrEqualTo(baseline[m] as Decimal) ? 'challenger' : 'baseline';
    if (previous !== undefined && cheaper !== previous) result.push({ monthIndex: m, cheaper });
    previous = cheaper;
  }
  return result;
}
