import { ZERO, type Decimal } from '../money/decimal.js';
import type { CostItem, Scenario } from '../scenario/scenario.js';
import { itemEntries } from './itemEntries.js';
import type { MonthRange } from './monthRange.js';

/** The ledger: one exact entry per scenario × item × month of a range. */
export type Schedule = {
  readonly range: MonthRange;
  readonly scenarios: readonly ScenarioSchedule[];
};

export type ScenarioSchedule = {
  readonly scenario: Scenario;
  readonly items: readonly ItemSchedule[];
  /** The sum of the scenario's entries in each month of the range. */
  readonly monthlyTotals: readonly Decimal[];
};

export type ItemSchedule = {
  readonly item: CostItem;
  /** `undefined` where nothing is due. */
  readonly amounts: readonly (Decimal | undefined)[];
};

/**
 * Builds the exact monthly ledger of each scenario over a range of months. A scenario
 * costs nothing before its own start; open-ended items run to the end of the range.
 *
 * @example
 * const schedule = buildSchedule([selfHosted], { first: parseMonth('2009-05')!, count: 36 });
 * schedule.scenarios[0]!.monthlyTotals[0]!.toFixed(2); // '4000.00'
 */
export function buildSchedule(scenarios: readonly Scenario[], range: MonthRange): Schedule {
  return { range, scenarios: scenarios.map((scenario) => scenarioSchedule(scenario, range)) };
}

/** The ledger of one scenario over a range of months. */
export function scenarioSchedule(scenario: Scenario, range: MonthRange): ScenarioSchedule {
  const items = scenario.items.map((item) => ({ item, amounts: itemEntries(item, range, scenario.minorDigits) }));
  const monthlyTotals = new Array<Decimal>(range.count);
  for (let month = 0; month < range.count; month++) {
    let total: Decimal = ZERO;
    for (const { amounts } of items) {
      const amount = amounts[month];
      if (amount !== undefined && !amount.isZero()) total = total === ZERO ? amount : total.plus(amount);
    }
    monthlyTotals[month] = total;
  }
  return { scenario, items, monthlyTotals };
}
