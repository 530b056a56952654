import { Money, ZERO, type Decimal } from '../money/decimal.js';
import { toFixedPoint, type FixedPoint } from '../money/fixedPoint.js';
import type { Driver, Scenario } from '../scenario/scenario.js';
import type { MonthRange } from './monthRange.js';
import { identityOf, sharedByKey } from './sharedEntries.js';

/**
 * A driver's value in each month of a range (index 0 is `range.first`), exactly. With k the
 * months since the driver's `from` and steps = ⌊k ÷ everyMonths⌋ (so monthly growth steps
 * every month, yearly growth on each anniversary of `from`):
 *
 * - `linear`: value + add × steps, and never below 0;
 * - `compound`: value × (1 + rate)^steps, computed from `value` each time (40 significant
 *   digits), never from the previous month's value, so nothing accumulates;
 * - `values`: the k-th value of the list; after the list ends, its last value holds.
 *
 * Before `from` a driver is 0. Months with the same value share one Decimal instance, so
 * the kinds priced by a driver can remember their charge per instance.
 *
 * @example
 * const growth = unwrap(parseScenario({ name: 'Growth', currency: 'USD', start: '2009-05', costs: [],
 *   drivers: { customers: { from: '2009-06', value: 100, growth: { rate: '10%', every: 'quarter' } } } }));
 * driverValues(growth.drivers!.get('customers')!, { first: parseMonth('2009-05')!, count: 8 }).map(String);
 * // ['0', '100', '100', '100', '110', '110', '110', '121']
 */
export function driverValues(driver: Driver, range: MonthRange): Decimal[] {
  const values = new Array<Decimal>(range.count);
  const definition = driver.definition;
  let lastSteps = -1;
  let lastValue: Decimal = ZERO;
  for (let index = 0; index < range.count; index++) {
    const k = range.first + index - driver.from;
    if (k < 0) {
      values[index] = ZERO;
      continue;
    }
    if (definition.kind === 'values') {
      values[index] = definition.values[Math.min(k, definition.values.length - 1)] as Decimal;
      continue;
    }
    const steps = Math.floor(k / definition.everyMonths);
    if (steps !== lastSteps) {
      lastSteps = steps;
      if (definition.kind === 'linear') {
        const value = steps === 0 || definition.add.isZero() ? definition.value : definition.value.plus(definition.add.times(steps));
        lastValue = value.isNegative() ? ZERO : value;
      } else {
        lastValue = steps === 0 ? definition.value : definition.value.times(new Money(1).plus(definition.rate).pow(steps));
      }
    }
    values[index] = lastValue;
  }
  return values;
}

/**
 * Every driver of a scenario over a range, by name. Compared scenarios share their drivers
 * (they must agree on them), so the values of a growing driver are remembered by its
 * definition and range: the scenarios of one comparison get the same Decimal instances,
 * computed once, and the items priced by them convert each value once.
 *
 * @example
 * const growth = unwrap(parseScenario({ name: 'Growth', currency: 'USD', start: '2009-05', costs: [],
 *   drivers: { customers: { value: 200, growth: { add: 20, every: 'month' } } } }));
 * const again = unwrap(parseScenario({ ...growth.definition, name: 'Again' }));
 * const range = { first: growth.start, count: 3 };
 * scenarioDriverValues(growth, range).get('customers') === scenarioDriverValues(again, range).get('customers'); // true
 */
export function scenarioDriverValues(scenario: Scenario, range: MonthRange): Map<string, readonly Decimal[]> {
  const values = new Map<string, readonly Decimal[]>();
  scenario.drivers?.forEach((driver, name) => {
    const definition = driver.definition;
    if (definition.kind === 'values') {
      // A list of values: shared when made of the same Decimals (see sharedEntries.ts), so the items priced by it are too.
      let list = '';
      for (let index = 0; index < definition.values.length; index++) list += `${identityOf(definition.values[index])},`;
      values.set(name, sharedByKey(sharedLists, `${driver.from}|${range.first}|${range.count}|${list}`, () => driverValues(driver, range)));
      return;
    }
    const step = definition.kind === 'linear' ? `+${definition.add.toString()}` : `*${definition.rate.toString()}`;
    const key = `${driver.from}|${definition.value.toString()}|${step}|${definition.everyMonths}|${range.first}|${range.count}`;
    let shared = recentGrowth.get(key);
    if (shared === undefined) {
      if (recentGrowth.size >= MAX_REMEMBERED_DRIVERS) recentGrowth.clear();
      shared = driverValues(driver, range);
      recentGrowth.set(key, shared);
    }
    values.set(name, shared);
  });
  return values;
}

const sharedLists = new Map<string, readonly Decimal[]>();

/** How many growing drivers' values are remembered at once; a bound, not a tuning knob. */
const MAX_REMEMBERED_DRIVERS = 256;
const recentGrowth = new Map<string, readonly Decimal[]>();

const fixedPointsByValues = new WeakMap<readonly Decimal[], readonly FixedPoint[]>();

/**
 * A driver's monthly values as exact fixed-point numbers, for the integer arithmetic of the
 * kinds priced by it; made once per array of values, which the scenarios of a comparison
 * share.
 *
 * @example
 * driverFixedPoints(['200', '212.5'].map(toDecimal)); // [{ units: 200n, scale: 0 }, { units: 2125n, scale: 1 }]
 */
export function driverFixedPoints(values: readonly Decimal[]): readonly FixedPoint[] {
  let fixed = fixedPointsByValues.get(values);
  if (fixed === undefined) {
    // Months that hold a value repeat its instance, and values read alike share one: each
    // instance is converted once (toFixedPoint remembers it), whichever scenario lists it.
    let last: Decimal | undefined;
    let lastFixed: FixedPoint | undefined;
    fixed = values.map((value) => {
      if (value !== last) {
        last = value;
        lastFixed = toFixedPoint(value);
      }
      return lastFixed as FixedPoint;
    });
    fixedPointsByValues.set(values, fixed);
  }
  return fixed;
}
