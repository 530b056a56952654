import { outsideCalendar, parseMonth, type Month } from '../calendar/month.js';
import type { IssueCode } from '../issues/issueCodes.js';
import { ZERO, type Decimal } from '../money/decimal.js';
import { definedOnly } from './definedOnly.js';
import type { Driver, DriverDefinition } from './scenario.js';
import { PERIOD_MONTHS } from './scenario.js';
import type { DriverFile, Uncertain } from './scenarioFile.js';

/** The ways a driver can be given; exactly one per driver. */
const FORMS = ['value', 'values', 'csv'] as const;

/**
 * Reads a file's `drivers` into {@link Driver}s, by name. The schema has checked each key's
 * shape; this checks what needs several keys at once: exactly one of `value`, `values` and
 * `csv`, `growth` only with `value` and with one of `add` and `rate`, `column` only with
 * `csv`, and a growth rate above −100%. A `csv` driver cannot be read here (this code is
 * pure): lib/io replaces it with its `values` and `from` before normalizing.
 *
 * @param start the scenario's start, the default `from`
 */
export function normalizeDrivers(
  drivers: { readonly [name: string]: DriverFile } | undefined,
  start: Month,
  problem: (path: string, code: IssueCode, message: string) => void,
  read: DriverReaders,
): Map<string, Driver> {
  const result = new Map<string, Driver>();
  for (const [name, driver] of Object.entries(drivers ?? {})) {
    const path = `/drivers/${escapePointer(name)}`;
    const given = FORMS.filter((form) => driver[form] !== undefined);
    if (given.length === 0) {
      problem(path, 'missing-key', 'a driver needs one of "value" (with an optional "growth"), "values" or "csv"');
      continue;
    }
    if (given.length > 1) {
      problem(path, 'conflicting-keys', `a driver is given one way only: found ${given.map((form) => `"${form}"`).join(' and ')}`);
      continue;
    }
    if (driver.growth !== undefined && driver.value === undefined) {
      problem(`${path}/growth`, 'conflicting-keys', `"growth" applies to a "value"; this driver is given by "${given[0] as string}"`);
    }
    if (driver.column !== undefined && driver.csv === undefined) {
      problem(`${path}/column`, 'conflicting-keys', '"column" names a column of the "csv" file; this driver has no "csv"');
    }
    if (driver.csv !== undefined) {
      problem(
        `${path}/csv`,
        'csv-needs-file',
        'a CSV driver is read only when the scenario is read from a file (readScenarioFile, loadScenarios or the CLI); in code, give its "values"',
      );
      continue;
    }
    const from = driver.from === undefined ? start : (parseMonth(driver.from) as Month);
    const fromProblem = driver.from === undefined ? undefined : outsideCalendar(from);
    if (fromProblem !== undefined) problem(`${path}/from`, 'outside-calendar', fromProblem);
    const definition = driverDefinition(driver, path, problem, read);
    if (definition === undefined) continue;
    result.set(name, definedOnly({ name, unit: driver.unit, description: driver.description, source: driver.source, from, definition }));
  }
  return result;
}

function driverDefinition(
  driver: DriverFile,
  path: string,
  problem: (path: string, code: IssueCode, message: string) => void,
  { decimalAt, valueAt, rateAt }: DriverReaders,
): DriverDefinition | undefined {
  if (driver.values !== undefined) {
    return { kind: 'values', values: driver.values.map((value, index) => decimalAt(value, `${path}/values/${index}`)) };
  }
  const value = valueAt(driver.value as Uncertain<string | number>, `${path}/value`, 'quantity');
  const growth = driver.growth;
  if (growth === undefined) return { kind: 'linear', value, add: ZERO, everyMonths: 1 };
  const everyMonths = PERIOD_MONTHS[growth.every];
  if ((growth.add === undefined) === (growth.rate === undefined)) {
    problem(
      `${path}/growth`,
      growth.add === undefined ? 'missing-key' : 'conflicting-keys',
      growth.add === undefined
        ? 'growth needs "add" (linear: added at each step) or "rate" (compound: a percentage at each step)'
        : 'growth is linear ("add") or compound ("rate"), not both',
    );
    return undefined;
  }
  if (growth.add !== undefined) return { kind: 'linear', value, add: valueAt(growth.add, `${path}/growth/add`, 'quantity'), everyMonths };
  const rate = growth.rate === undefined ? undefined : rateAt(growth.rate, `${path}/growth/rate`);
  if (rate === undefined || rate.lessThanOrEqualTo(-1)) {
    problem(`${path}/growth/rate`, 'invalid-value', `expected a rate above -100%, found ${JSON.stringify(growth.rate)}`);
    return undefined;
  }
  return { kind: 'compound', value, rate, everyMonths };
}

/** How the drivers' numbers are read: a plain number, a value that may be a range, a rate that may be a range (see ItemNormalizer). */
type DriverReaders = {
  readonly decimalAt: (value: string | number, path: string) => Decimal;
  readonly valueAt: (value: Uncertain<string | number>, path: string, kind?: 'money' | 'quantity') => Decimal;
  readonly rateAt: (value: Uncertain<string | number>, path: string) => Decimal | undefined;
};

/** A driver name as a JSON pointer segment (RFC 6901: `~` and `/` escaped). */
function escapePointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}
