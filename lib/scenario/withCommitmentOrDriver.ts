/**
 * The inputs {@link withInput} changes outside the cost items: a commitment's exit fee (its
 * fixed amount and its share of the remaining payments) and a driver's value and growth.
 * Each gives what parsing the file with the value would, definition included, or undefined
 * when the file would be invalid with it.
 */
import type { Decimal } from '../money/decimal.js';
import type { Driver, DriverDefinition, Scenario } from './scenario.js';
import type { DriverFile } from './scenarioFile.js';

/**
 * The scenario with its exit fee's `amount` (money, not negative) or `share` (a fraction from
 * 0 to 1, for a "share" fee) set to `value`.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05', commitment: { months: 24, exitFee: { kind: 'share', rate: '50%' } }, costs: [] }));
 * withExitFee(provider, 'share', toDecimal('0.25'))?.commitment?.exitFee?.share.toString(); // '0.25'
 * withExitFee(provider, 'share', toDecimal('1.5')); // undefined
 */
export function withExitFee(scenario: Scenario, field: 'amount' | 'share', value: Decimal): Scenario | undefined {
  const fee = scenario.commitment?.exitFee;
  const file = scenario.definition.commitment?.exitFee;
  if (scenario.commitment === undefined || fee === undefined || file === undefined) throw new Error(`withInput: ${scenario.name} has no exit fee`);
  if (value.isNegative() || (field === 'share' && (fee.kind !== 'share' || value.greaterThan(1)))) return undefined;
  const text = value.toFixed();
  const exitFee = field === 'amount' ? { ...fee, amount: value } : { ...fee, share: value };
  const exitFeeFile = field === 'amount' ? { ...file, amount: text } : { ...file, rate: text };
  return {
    ...scenario,
    commitment: { ...scenario.commitment, exitFee },
    definition: { ...scenario.definition, commitment: { ...(scenario.definition.commitment as NonNullable<typeof scenario.definition.commitment>), exitFee: exitFeeFile } },
  };
}

/**
 * The scenario with a driver's starting `value` (not negative), linear growth `add` or
 * compound growth `rate` (above −100%) set to `value`.
 *
 * @example
 * const growing = unwrap(parseScenario({ name: 'Growth', currency: 'USD', start: '2009-05', drivers: { customers: { value: 200, growth: { add: 20, every: 'month' } } }, costs: [] }));
 * const faster = withDriver(growing, 'customers', 'add', toDecimal('30'));
 * faster?.drivers?.get('customers')?.definition; // { kind: 'linear', value: toDecimal('200'), add: toDecimal('30'), everyMonths: 1 }
 */
export function withDriver(scenario: Scenario, name: string, field: 'value' | 'add' | 'rate', value: Decimal): Scenario | undefined {
  const driver = scenario.drivers?.get(name);
  const file = scenario.definition.drivers?.[name];
  if (driver === undefined || file === undefined) throw new Error(`withInput: ${scenario.name} has no driver ${name}`);
  const changed = definitionWith(driver.definition, field, value);
  if (changed === 'invalid') return undefined;
  if (changed === undefined) throw new Error(`withInput: the driver ${name} of ${scenario.name} has no ${field}`);
  const text = value.toFixed();
  const changedFile: DriverFile = field === 'value' ? { ...file, value: text } : { ...file, growth: { ...(file.growth as NonNullable<DriverFile['growth']>), [field]: text } };
  const drivers = new Map<string, Driver>(scenario.drivers);
  drivers.set(name, { ...driver, definition: changed });
  return { ...scenario, drivers, definition: { ...scenario.definition, drivers: { ...scenario.definition.drivers, [name]: changedFile } } };
}

function definitionWith(definition: DriverDefinition, field: 'value' | 'add' | 'rate', value: Decimal): DriverDefinition | 'invalid' | undefined {
  if (definition.kind === 'values') return undefined;
  switch (field) {
    case 'value':
      return value.isNegative() ? 'invalid' : { ...definition, value };
    case 'add':
      return definition.kind === 'linear' ? { ...definition, add: value } : undefined;
    case 'rate':
      if (definition.kind !== 'compound') return undefined;
      return value.lessThanOrEqualTo(-1) ? 'invalid' : { ...definition, rate: value };
  }
}
