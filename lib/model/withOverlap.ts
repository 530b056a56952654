import type { MonthRange } from './monthRange.js';
import type { ScenarioSchedule } from './schedule.js';
import { scheduleFromEntries } from './scheduleFromEntries.js';

/** What an item of the option left behind is called in the ledger of the option migrated to. */
export function overlapItemName(name: string): string {
  return `${name} (overlap)`;
}

/**
 * A scenario's ledger during a migration: the option left behind (`from`) keeps running for
 * the first `months` months from the scenario's start, so each of its items' entries in
 * those months is added to this ledger as an item named "… (overlap)", with its category.
 * Both ledgers must cover `range` in the same currency, whose minor unit has `minorDigits` digits.
 *
 * @example
 * const range = { first: parseMonth('2009-05')!, count: 4 };
 * const migrating = withOverlap(scenarioSchedule(managedProvider, range), scenarioSchedule(selfHosted, range), 2, range, 2);
 * migrating.items.map((item) => item.item.name); // ['Migration and setup', 'Managed hosting', 'Self-hosting (overlap)']
 * migrating.monthlyMinorUnits; // [8900000n, 4400000n, 4000000n, 4000000n]
 */
export function withOverlap(ledger: ScenarioSchedule, from: ScenarioSchedule, months: number, range: MonthRange, minorDigits: number): ScenarioSchedule {
  const first = ledger.scenario.start - range.first;
  const end = first + months;
  const overlap = from.items.map(({ item, amounts }) => ({
    item: { ...item, name: overlapItemName(item.name) },
    amounts: amounts.map((amount, index) => (index >= first && index < end ? amount : undefined)),
  }));
  return scheduleFromEntries(ledger.scenario, [...ledger.items.map(({ item, amounts }) => ({ item, amounts })), ...overlap], minorDigits);
}

