import { formatMonth } from '../calendar/month.js';
import type { Issue } from '../issues/issue.js';
import { sameDecimal, type Decimal } from '../money/decimal.js';
import type { Driver, Scenario } from './scenario.js';

/**
 * Compared scenarios share their business assumptions: a driver of a given name must be the
 * same in every scenario that defines it — same first month, same way of growing, same
 * numbers (written `200` or `"200.0"` alike). One issue per scenario whose driver differs
 * from the first definition met, naming both files.
 *
 * @example
 * const grows = (add: number) => unwrap(parseScenario({ name: `+${add}`, currency: 'USD', start: '2009-05', costs: [],
 *   drivers: { customers: { value: 200, growth: { add, every: 'month' } } } }, `plus-${add}.json`));
 * driverConflicts([grows(20), grows(20)]); // []
 * driverConflicts([grows(20), grows(25)])[0]?.message;
 * // 'driver "customers" differs from its definition in plus-20.json: here 200 from 2009-05, adding 25 every month; there 200 from 2009-05, adding 20 every month. Compared scenarios must agree on their drivers: define a driver once, in a file they all extend'
 */
export function driverConflicts(scenarios: readonly Scenario[]): Issue[] {
  const first = new Map<string, { readonly driver: Driver; readonly scenario: Scenario }>();
  const issues: Issue[] = [];
  for (const scenario of scenarios) {
    scenario.drivers?.forEach((driver, name) => {
      const earlier = first.get(name);
      if (earlier === undefined) {
        first.set(name, { driver, scenario });
        return;
      }
      if (sameDriver(earlier.driver, driver)) return;
      const here = driver.origin ?? scenario.origin;
      const there = earlier.driver.origin ?? earlier.scenario.origin ?? `scenario "${earlier.scenario.name}"`;
      issues.push({
        code: 'conflicting-drivers',
        ...(here === undefined ? {} : { file: here }),
        path: `/drivers/${name}`,
        message:
          `driver "${name}" differs from its definition in ${there}: here ${describeDriver(driver)}; there ${describeDriver(earlier.driver)}. ` +
          'Compared scenarios must agree on their drivers: define a driver once, in a file they all extend',
      });
    });
  }
  return issues;
}

/** Whether two drivers give the same value in every month (their labels aside). */
export function sameDriver(a: Driver, b: Driver): boolean {
  if (a.from !== b.from) return false;
  const x = a.definition;
  const y = b.definition;
  switch (x.kind) {
    case 'linear':
      return y.kind === 'linear' && sameDecimal(x.value, y.value) && sameDecimal(x.add, y.add) && (x.add.isZero() || x.everyMonths === y.everyMonths);
    case 'compound':
      return y.kind === 'compound' && sameDecimal(x.value, y.value) && sameDecimal(x.rate, y.rate) && x.everyMonths === y.everyMonths;
    case 'values':
      return y.kind === 'values' && sameValues(x.values, y.values);
  }
}

const EVERY = { 1: 'every month', 3: 'every quarter', 12: 'every year' } as Readonly<Record<number, string>>;

/**
 * A driver's definition in a few words, for messages.
 *
 * @example
 * const growth = unwrap(parseScenario({ name: 'Growth', currency: 'USD', start: '2009-05', costs: [],
 *   drivers: { customers: { value: 200, growth: { rate: '5%', every: 'year' } } } }));
 * describeDriver(growth.drivers!.get('customers')!); // '200 from 2009-05, growing 5% every year'
 */
export function describeDriver(driver: Driver): string {
  const from = formatMonth(driver.from);
  const definition = driver.definition;
  const every = (months: number) => EVERY[months] ?? `every ${months} months`;
  switch (definition.kind) {
    case 'linear':
      if (definition.add.isZero()) return `${definition.value.toString()} from ${from}`;
      return `${definition.value.toString()} from ${from}, ${definition.add.isNegative() ? 'subtracting' : 'adding'} ${definition.add.abs().toString()} ${every(definition.everyMonths)}`;
    case 'compound':
      return `${definition.value.toString()} from ${from}, growing ${definition.rate.times(100).toString()}% ${every(definition.everyMonths)}`;
    case 'values': {
      const shown = definition.values.slice(0, 3).map(String).join(', ');
      const count = definition.values.length;
      return `${count} monthly value${count === 1 ? '' : 's'} from ${from} (${shown}${count > 3 ? ', …' : ''})`;
    }
  }
}

/** Whether two lists of a driver's values are the same, value by value. */
function sameValues(a: readonly Decimal[], b: readonly Decimal[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!sameDecimal(a[index] as Decimal, b[index] as Decimal)) return false;
  return true;
}
