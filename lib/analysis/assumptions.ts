/**
 * The assumptions behind a decision: every input of every scenario as its file writes it,
 * with the value, what it is per, and where it comes from — what the revisit report lists so
 * that a reader can check each number at its source.
 *
 *   per scenario ─▶ each cost item as written: its money, rates and months (the inputs
 *     thresholds are found for), its people, equipment life and salvage ─▶ its commitment
 *   ─▶ its drivers: starting value and growth, or a list of monthly values
 */
import { formatMonth } from '../calendar/month.js';
import type { Driver, Scenario } from '../scenario/scenario.js';
import { isRangeFile, rangeOfFile, roundedMedian, type ValueKind } from '../scenario/normalizeRange.js';
import type { CostItemFile, Uncertain } from '../scenario/scenarioFile.js';
import { inputRange, thresholdInputs, type InputRange } from '../scenario/thresholdInputs.js';

/**
 * One line of a scenario as the report lists it: an item (or the commitment) with its
 * values, and where they come from.
 *
 * @example
 * const [setup] = revisitReport([selfHosted, managedProvider]).assumptions.filter((a) => a.scenario === 'Managed provider');
 * setup; // { scenario: 'Managed provider', item: 'Migration and setup', kind: 'one-time', values: [{ field: 'amount', value: '45000', per: 'once', kind: 'money' }], source: 'Vendor quote, 2009-04', note: null }
 */
export type Assumption = {
  readonly scenario: string;
  /** The item's name; null for the scenario's commitment. */
  readonly item: string | null;
  /** The item's kind, `commitment`, or `driver` (then `item` is the driver's name). */
  readonly kind: string;
  /**
   * The item's values: `money`, `rate` and `months` are the inputs thresholds are found for;
   * `quantity` is a number of people, months or driver units shown with its unit (`per`).
   */
  readonly values: readonly AssumedValue[];
  readonly source: string | null;
  readonly note: string | null;
};

/**
 * One value of an assumption: the key it is written under, the value as a plain decimal
 * string (a rate as a fraction), what it is per, and what kind of number it is.
 *
 * @example
 * const value: AssumedValue = { field: 'fte', value: '1', per: 'full-time equivalents', kind: 'quantity' };
 * value.kind; // 'quantity'
 */
export type AssumedValue = {
  readonly field: string;
  readonly value: string;
  readonly per: string;
  readonly kind: 'money' | 'rate' | 'months' | 'quantity';
  /** When the file gives a range: the range; `value` is its median. */
  readonly range?: InputRange;
};

/**
 * The assumptions of scenarios, in order: each scenario's items as its file writes them
 * (not the ones the engine adds, such as a renewal price's), then its commitment, then its
 * drivers.
 *
 * @example
 * assumptionsOf([selfHostedWithItHire]).map((a) => [a.item, a.values.map((v) => `${v.field} ${v.value} ${v.per}`)]);
 * // [['Self-hosting', ['amount 48000 a year']], ['Recruiting fee', ['amount 10500 once']],
 * //  ['IT administrator', ['amount 98000 a year', 'rate 0.03 a year, compounding']]]
 */
export function assumptionsOf(scenarios: readonly Scenario[]): Assumption[] {
  return scenarios.flatMap(scenarioAssumptions);
}

function scenarioAssumptions(scenario: Scenario): Assumption[] {
  const inputs = thresholdInputs(scenario);
  const values = (item: string | null): AssumedValue[] =>
    inputs
      .filter((input) => input.item === item)
      .map((input) => ({ field: input.field, value: input.current, per: input.per, kind: input.kind, ...(input.range === undefined ? {} : { range: input.range }) }));
  const items: Assumption[] = scenario.definition.costs.map((item) => ({
    scenario: scenario.name,
    item: item.name,
    kind: item.kind,
    values: [...values(item.name), ...quantitiesOf(item, scenario.minorDigits)],
    source: item.source ?? null,
    note: item.note ?? null,
  }));
  if (scenario.commitment !== undefined) items.push({ scenario: scenario.name, item: null, kind: 'commitment', values: values(null), source: null, note: null });
  for (const driver of scenario.drivers?.values() ?? []) {
    items.push({ scenario: scenario.name, item: driver.name, kind: 'driver', values: driverValuesOf(driver, scenario), source: driver.source ?? null, note: driver.description ?? null });
  }
  return items;
}

/** What an item counts besides money: people, a life in months, what equipment sells for. */
function quantitiesOf(item: CostItemFile, minorDigits: number): AssumedValue[] {
  const found: AssumedValue[] = [];
  // A count of months is listed as a quantity, its range read and its median rounded as months.
  const add = (field: string, value: Uncertain<string | number> | undefined, per: string, kind: 'quantity' | 'money', read: ValueKind = kind) => {
    if (value === undefined) return;
    const range = isRangeFile(value) ? rangeOfFile(value, read) : undefined;
    if (range === undefined) found.push({ field, value: String(value).trim(), per, kind });
    else found.push({ field, value: roundedMedian(range, read, minorDigits).toFixed(), per, kind, range: inputRange(range) });
  };
  if (item.kind === 'staff') add('fte', item.fte, 'full-time equivalents', 'quantity');
  if (item.kind === 'hardware') {
    add('lifeMonths', item.lifeMonths, 'months of life', 'quantity', 'months');
    add('salvage', item.salvage, 'back at the end of each life', 'money');
  }
  return found;
}

/** A driver's starting value and growth, or its list of values, with its unit. */
function driverValuesOf(driver: Driver, scenario: Scenario): AssumedValue[] {
  const at = `/drivers/${driver.name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  const ranged = (path: string) => {
    const range = scenario.ranges?.find((r) => r.path === path)?.range;
    return range === undefined ? {} : { range: inputRange(range) };
  };
  const unit = driver.unit ?? `unit of ${driver.name}`;
  const from = `from ${formatMonth(driver.from)}`;
  const definition = driver.definition;
  const every = (months: number) => (months === 1 ? 'every month' : months === 3 ? 'every quarter' : months === 12 ? 'every year' : `every ${months} months`);
  switch (definition.kind) {
    case 'linear':
      return [
        { field: 'value', value: definition.value.toFixed(), per: `${unit} ${from}`, kind: 'quantity', ...ranged(`${at}/value`) },
        ...(definition.add.isZero() ? [] : [{ field: 'growth', value: definition.add.toFixed(), per: every(definition.everyMonths), kind: 'quantity' as const, ...ranged(`${at}/growth/add`) }]),
      ];
    case 'compound':
      return [
        { field: 'value', value: definition.value.toFixed(), per: `${unit} ${from}`, kind: 'quantity', ...ranged(`${at}/value`) },
        { field: 'growth', value: definition.rate.toFixed(), per: every(definition.everyMonths), kind: 'rate', ...ranged(`${at}/growth/rate`) },
      ];
    case 'values':
      return [{ field: 'values', value: String(definition.values.length), per: `monthly values ${from}`, kind: 'quantity' }];
  }
}
