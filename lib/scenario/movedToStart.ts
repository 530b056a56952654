import { addMonths, formatMonth, parseMonth, type Month } from '../calendar/month.js';
import type { CostItem, Scenario } from './scenario.js';
import type { CostItemFile, ScenarioFile } from './scenarioFile.js';

/**
 * The scenario as if signed at `start`: its start, and every month its items name (one-time
 * payments, the `from` of every other item, the end of a term), moved by the same number of
 * months. Drivers stay where they are: the business grows on its own calendar (in the
 * definition, a driver without its own `from` gets the scenario's old start, so that it
 * still parses to this scenario).
 *
 * @example
 * const later = movedToStart(managedProvider, parseMonth('2010-05')!);
 * // 24 of its months fall within the 36 from May 2009: 45,000 + 24 × 40,000
 * compare([selfHosted, later]).scenarios[1]?.total; // '1005000.00'
 * [formatMonth(later.start), later.definition.start, later.items.map((item) => item.kind === 'one-time' ? formatMonth(item.month) : '')];
 * // ['2010-05', '2010-05', ['2010-05', '']]
 */
export function movedToStart(scenario: Scenario, start: Month): Scenario {
  const shift = start - scenario.start;
  if (shift === 0) return scenario;
  return {
    ...scenario,
    start,
    items: scenario.items.map((item) => movedItem(item, shift)),
    definition: movedDefinition(scenario.definition, scenario.start, shift),
  };
}

function movedItem(item: CostItem, shift: number): CostItem {
  const until = item.until === undefined ? {} : { until: item.until + shift };
  return item.kind === 'one-time' ? { ...item, ...until, month: item.month + shift } : { ...item, ...until, from: item.from + shift };
}

function movedDefinition(definition: ScenarioFile, oldStart: Month, shift: number): ScenarioFile {
  const move = (month: string | undefined) => {
    const parsed = month === undefined ? undefined : parseMonth(month);
    return parsed === undefined ? month : formatMonth(addMonths(parsed, shift));
  };
  const drivers = definition.drivers === undefined ? {} : { drivers: Object.fromEntries(Object.entries(definition.drivers).map(([name, driver]) => [name, driver.from === undefined ? { ...driver, from: formatMonth(oldStart) } : driver])) };
  const costs = definition.costs.map((cost): CostItemFile => {
    if (cost.kind === 'one-time') return cost.month === undefined ? cost : { ...cost, month: move(cost.month) as string };
    return cost.from === undefined ? cost : { ...cost, from: move(cost.from) as string };
  });
  return { ...definition, start: formatMonth(oldStart + shift), ...drivers, costs };
}
