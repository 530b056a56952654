import type { Month } from '../calendar/month.js';

/** A run of consecutive calendar months: the analysis horizon or a commitment term. */
export type MonthRange = {
  readonly first: Month;
  readonly count: number;
};
