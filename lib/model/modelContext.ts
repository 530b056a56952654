import type { Decimal } from '../money/decimal.js';
import type { MonthRange } from './monthRange.js';

/** How capital purchases appear in the ledger. */
export type LedgerView = 'cash' | 'amortized';

/**
 * What every cost item kind needs to compute its monthly entries: the months, the
 * currency's minor unit, the scenario's drivers over those months, and the view.
 */
export type ModelContext = {
  readonly range: MonthRange;
  /** Digits of the currency's minor unit: every entry is rounded to these. */
  readonly minorDigits: number;
  /** Each driver's value in each month of the range (index 0 is `range.first`), by name. */
  readonly drivers: ReadonlyMap<string, readonly Decimal[]>;
  /** `cash`: purchases when paid; `amortized`: spread over their useful life. */
  readonly view: LedgerView;
};
