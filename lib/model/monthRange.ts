import type { Month } from '../calendar/month.js';

/**
 * A run of consecutive calendar months: the analysis horizon or a commitment term.
 *
 * @example
 * const range: MonthRange = { first: parseMonth('2009-05')!, count: 36 };
 * formatMonth(addMonths(range.first, range.count - 1)); // '2012-04'
 */
export type MonthRange = {
  readonly first: Month;
  readonly count: number;
};
