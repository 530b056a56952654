import type { Month } from '../calendar/month.js';
import type { Decimal } from '../money/decimal.js';
import type { ScenarioFile } from './scenarioFile.js';

/**
 * A scenario after validation and normalization: every default applied, money as exact
 * Decimals, months as {@link Month} numbers. This is what the engine computes with.
 */
export type Scenario = {
  readonly name: string;
  readonly description?: string;
  readonly currency: string;
  /** Digits of the currency's minor unit: every ledger entry is rounded to these. */
  readonly minorDigits: number;
  readonly start: Month;
  readonly commitment?: Commitment;
  readonly items: readonly CostItem[];
  /** Where the scenario came from (a file path), for messages and reports. */
  readonly origin?: string;
  /** The file as written, kept for reports and decision records. */
  readonly definition: ScenarioFile;
};

export type Commitment = {
  /** Length of the minimum term, starting at the scenario's `start`. */
  readonly months: number;
};

export type CostItem = OneTimeItem | RecurringItem;

type ItemCommon = {
  readonly name: string;
  readonly category: string;
  readonly source?: string;
  readonly note?: string;
};

export type OneTimeItem = ItemCommon & {
  readonly kind: 'one-time';
  readonly amount: Decimal;
  readonly month: Month;
};

export type RecurringItem = ItemCommon & {
  readonly kind: 'recurring';
  /** The amount per period. */
  readonly amount: Decimal;
  /** 1, 3 or 12. */
  readonly periodMonths: number;
  readonly billing: 'upfront' | 'monthly';
  readonly from: Month;
  /** Months the item runs from `from`; undefined runs to the end of the analysis. */
  readonly months?: number;
  readonly escalation?: Escalation;
};

export type Escalation = {
  /** The increase per step, as a fraction (0.03 for 3%). */
  readonly rate: Decimal;
  /** Months between steps, counted from the item's `from`. */
  readonly everyMonths: number;
};

/** Months in each period name. */
export const PERIOD_MONTHS = { month: 1, quarter: 3, year: 12 } as const;
