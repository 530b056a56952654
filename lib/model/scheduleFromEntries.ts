import type { Decimal } from '../money/decimal.js';
import { toMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import type { CostItem, Scenario } from '../scenario/scenario.js';
import type { ItemSchedule } from './itemSchedule.js';
import { assembleScenarioSchedule, type ScenarioSchedule } from './schedule.js';

/**
 * A scenario's ledger rebuilt from its items' entries, every entry already rounded to
 * `minorDigits`: item totals, monthly sums per category and per month, all exact. The ledger
 * transformations after the engine (conversion to the reporting currency, migration
 * overlap) end here; the engine's own hot loop is in {@link scenarioSchedule}.
 *
 * @example
 * const ledger = scheduleFromEntries(selfHosted, [{ item: selfHosted.items[0]!, amounts: [toDecimal('4000.00'), undefined] }], 2);
 * [ledger.monthlyMinorUnits, ledger.items[0]?.totalMinorUnits]; // [[400000n, 0n], 400000n]
 */
export function scheduleFromEntries(
  scenario: Scenario,
  entries: readonly { readonly item: CostItem; readonly amounts: readonly (Decimal | undefined)[] }[],
  minorDigits: number,
): ScenarioSchedule {
  const count = entries[0]?.amounts.length ?? 0;
  const categories = new Map<string, MinorUnits[]>();
  const items = entries.map(({ item, amounts }): ItemSchedule => {
    if (amounts.length !== count) throw new Error(`item "${item.name}" has ${amounts.length} months, not ${count}`);
    let sums = categories.get(item.category);
    if (sums === undefined) {
      sums = new Array<MinorUnits>(count).fill(0n);
      categories.set(item.category, sums);
    }
    const minorUnits = new Array<MinorUnits>(count);
    let total = 0n;
    for (let month = 0; month < count; month++) {
      const amount = amounts[month];
      const units = amount === undefined ? 0n : toMinorUnits(amount, minorDigits);
      minorUnits[month] = units;
      total += units;
      sums[month] = (sums[month] as MinorUnits) + units;
    }
    return { item, amounts, minorUnits, totalMinorUnits: total };
  });
  return assembleScenarioSchedule(scenario, items, categories, count, minorDigits);
}
