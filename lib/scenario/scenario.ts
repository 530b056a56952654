import type { Month } from '../calendar/month.js';
import type { Decimal } from '../money/decimal.js';
import type { ScenarioFile } from './scenarioFile.js';

/**
 * A scenario after validation and normalization: every default applied, money as exact
 * Decimals, months as {@link Month} numbers. This is what the engine computes with.
 *
 * @example
 * const scenario: Scenario = selfHosted;
 * [scenario.name, scenario.currency, scenario.minorDigits, formatMonth(scenario.start)]; // ['Self-hosted', 'USD', 2, '2009-05']
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

/**
 * A minimum term: leaving before its end costs the payments still due within it.
 *
 * @example
 * const commitment: Commitment | undefined = managedProvider.commitment;
 * commitment; // { months: 24 }
 */
export type Commitment = {
  /** Length of the minimum term, starting at the scenario's `start`. */
  readonly months: number;
};

/**
 * One line of a scenario, told apart by `kind`.
 *
 * @example
 * managedProvider.items.map((item: CostItem) => [item.kind, item.name, item.category]);
 * // [['one-time', 'Migration and setup', 'migration'], ['recurring', 'Managed hosting', 'hosting']]
 */
export type CostItem = OneTimeItem | RecurringItem;

/** What every kind of cost item has. @inline */
type ItemCommon = {
  readonly name: string;
  readonly category: string;
  readonly source?: string;
  readonly note?: string;
};

/**
 * A single payment, in one month.
 *
 * @example
 * const setup = managedProvider.items[0] as OneTimeItem;
 * [setup.kind, setup.amount.toFixed(2), formatMonth(setup.month)]; // ['one-time', '45000.00', '2009-05']
 */
export type OneTimeItem = ItemCommon & {
  readonly kind: 'one-time';
  readonly amount: Decimal;
  readonly month: Month;
};

/**
 * A fee paid every period (1, 3 or 12 months), upfront or spread over the period's months.
 *
 * @example
 * const hosting = selfHosted.items[0] as RecurringItem;
 * [hosting.amount.toFixed(2), hosting.periodMonths, hosting.billing, formatMonth(hosting.from), hosting.months];
 * // ['48000.00', 12, 'monthly', '2009-05', undefined]
 */
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

/**
 * A compounding price increase of a recurring item, stepping up every `everyMonths` from its `from`.
 *
 * @example
 * const salary = selfHostedWithItHire.items.find((item) => item.name === 'IT administrator') as RecurringItem;
 * const escalation: Escalation | undefined = salary.escalation;
 * [escalation?.rate.toString(), escalation?.everyMonths]; // ['0.03', 12]
 */
export type Escalation = {
  /** The increase per step, as a fraction (0.03 for 3%). */
  readonly rate: Decimal;
  /** Months between steps, counted from the item's `from`. */
  readonly everyMonths: number;
};

/** Months in each period name. */
export const PERIOD_MONTHS = { month: 1, quarter: 3, year: 12 } as const;
