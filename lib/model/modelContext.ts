import type { Decimal } from '../money/decimal.js';
import type { Driver } from '../scenario/scenario.js';
import type { MonthRange } from './monthRange.js';

/**
 * How capital purchases (hardware) appear in the ledger: `cash` when they are paid,
 * `amortized` spread straight-line over their useful life.
 *
 * @example
 * const view: LedgerView = 'amortized';
 * const own = unwrap(parseScenario({ name: 'Own servers', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Servers', kind: 'hardware', price: '36000', lifeMonths: 36 }] }));
 * compare([own], { months: 2, view }).scenarios[0]?.monthly; // ['1000.00', '1000.00']
 */
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
  /**
   * The drivers' definitions, by name, for the kinds whose entries depend on months before
   * the range (a step item keeps the blocks it bought before `--from`). Absent: no drivers.
   */
  readonly driverDefinitions?: ReadonlyMap<string, Driver>;
  /** `cash`: purchases when paid; `amortized`: spread over their useful life. */
  readonly view: LedgerView;
  /**
   * True when only costmodel reads the ledger (a comparison written on first read): items
   * priced alike in several scenarios may then hold one array of entries between them, not a
   * copy each (see `ownEntries`).
   */
  readonly shareEntries?: boolean;
};
