import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scenarioSchema } from '../../lib/scenario/schema.js';
import type { CommitmentFile, CostItemFile, DriverFile, HardwareItemFile, OneTimeItemFile, StaffItemFile, RecurringItemFile, ScenarioFile, StepItemFile, UsageItemFile } from '../../lib/scenario/scenarioFile.js';

/**
 * Every key of a type, as an object literal the compiler checks both ways: a key missing
 * from the literal or one the type does not have is a type error. `true` marks a key the
 * type requires, `false` an optional one.
 */
type KeyTable<T> = { readonly [K in keyof Required<T>]-?: {} extends Pick<T, K> ? false : true };

const scenarioKeys: KeyTable<ScenarioFile> = {
  $schema: false,
  version: false,
  name: true,
  description: false,
  currency: true,
  start: true,
  extends: false,
  drivers: false,
  commitment: false,
  overlap: false,
  billing: false,
  actuals: false,
  costs: true,
};
const commitmentKeys: KeyTable<CommitmentFile> = { months: true, exitFee: false, noticeMonths: false, renewal: false };
const exitFeeKeys: KeyTable<NonNullable<CommitmentFile['exitFee']>> = { kind: true, rate: false, amount: false };
const renewalKeys: KeyTable<NonNullable<CommitmentFile['renewal']>> = { kind: true, price: false };
const billingKeys: KeyTable<NonNullable<ScenarioFile['billing']>> = { provider: false, publisher: false, invoiceIssuer: false, account: false };
const actualsKeys: KeyTable<NonNullable<ScenarioFile['actuals']>> = { provider: false, map: false };
const overlapKeys: KeyTable<NonNullable<ScenarioFile['overlap']>> = { months: true, scenario: false };
const staffKeys: KeyTable<StaffItemFile> = {
  name: true,
  kind: true,
  annualCost: true,
  fte: false,
  from: false,
  months: false,
  raise: false,
  onCallStipend: false,
  coverage: false,
  category: false,
  source: false,
  note: false,
};
const coverageKeys: KeyTable<NonNullable<StaffItemFile['coverage']>> = { hoursPerWeek: true, maxOnCallHoursPerPersonPerWeek: true };
const hardwareKeys: KeyTable<HardwareItemFile> = {
  name: true,
  kind: true,
  price: true,
  lifeMonths: true,
  from: false,
  refresh: false,
  salvage: false,
  category: false,
  source: false,
  note: false,
};
const oneTimeKeys: KeyTable<OneTimeItemFile> = {
  name: true,
  kind: true,
  amount: true,
  month: false,
  category: false,
  source: false,
  note: false,
};
const recurringKeys: KeyTable<RecurringItemFile> = {
  name: true,
  kind: true,
  amount: true,
  every: true,
  billing: false,
  from: false,
  months: false,
  escalation: false,
  category: false,
  source: false,
  note: false,
};
const escalationKeys: KeyTable<NonNullable<RecurringItemFile['escalation']>> = { rate: true, every: false };
const driverKeys: KeyTable<DriverFile> = {
  description: false,
  unit: false,
  from: false,
  value: false,
  growth: false,
  values: false,
  csv: false,
  column: false,
  source: false,
};
const growthKeys: KeyTable<NonNullable<DriverFile['growth']>> = { add: false, rate: false, every: true };
const usageKeys: KeyTable<UsageItemFile> = {
  name: true,
  kind: true,
  driver: true,
  price: false,
  tiers: false,
  tiering: false,
  every: false,
  minimum: false,
  from: false,
  months: false,
  category: false,
  source: false,
  note: false,
};
const tierKeys: KeyTable<NonNullable<UsageItemFile['tiers']>[number]> = { upTo: false, price: true };
const stepKeys: KeyTable<StepItemFile> = {
  name: true,
  kind: true,
  driver: true,
  blockSize: true,
  included: false,
  oneTimePerBlock: false,
  recurringPerBlock: false,
  every: false,
  releaseUnused: false,
  from: false,
  months: false,
  category: false,
  source: false,
  note: false,
};

type ObjectSchema = { readonly properties: Readonly<Record<string, unknown>>; readonly required?: readonly string[] };

function assertSameKeys(table: Readonly<Record<string, boolean>>, schema: ObjectSchema): void {
  assert.deepEqual(Object.keys(table).sort(), Object.keys(schema.properties).sort(), 'property names');
  const required = Object.entries(table).filter(([, isRequired]) => isRequired).map(([key]) => key);
  assert.deepEqual(required.sort(), [...(schema.required ?? [])].sort(), 'required properties');
}

describe('ScenarioFile', () => {
  it('has exactly the top-level keys of the schema, required where the schema requires them', () => {
    assertSameKeys(scenarioKeys, scenarioSchema);
  });

  it('has exactly the keys of the commitment object, its exit fee and its renewal', () => {
    assertSameKeys(commitmentKeys, scenarioSchema.properties.commitment);
    assertSameKeys(exitFeeKeys, scenarioSchema.properties.commitment.properties.exitFee);
    assertSameKeys(renewalKeys, scenarioSchema.properties.commitment.properties.renewal);
  });

  it('has exactly the keys of the billing names', () => {
    assertSameKeys(billingKeys, scenarioSchema.properties.billing);
  });

  it('has exactly the keys of the actuals mapping', () => {
    assertSameKeys(actualsKeys, scenarioSchema.properties.actuals);
  });

  it('has exactly the keys of the migration overlap', () => {
    assertSameKeys(overlapKeys, scenarioSchema.properties.overlap);
  });

  it('has exactly the keys of a staff cost item and of its coverage', () => {
    assertSameKeys(staffKeys, scenarioSchema.$defs.staff);
    assertSameKeys(coverageKeys, scenarioSchema.$defs.staff.properties.coverage);
  });

  it('has exactly the keys of a hardware cost item', () => {
    assertSameKeys(hardwareKeys, scenarioSchema.$defs.hardware);
  });

  it('has exactly the keys of a one-time cost item', () => {
    assertSameKeys(oneTimeKeys, scenarioSchema.$defs.oneTime);
  });

  it('has exactly the keys of a recurring cost item', () => {
    assertSameKeys(recurringKeys, scenarioSchema.$defs.recurring);
  });

  it('has exactly the keys of an escalation', () => {
    assertSameKeys(escalationKeys, scenarioSchema.$defs.recurring.properties.escalation);
  });

  it('has exactly the keys of a driver and of its growth', () => {
    assertSameKeys(driverKeys, scenarioSchema.$defs.driver);
    assertSameKeys(growthKeys, scenarioSchema.$defs.driver.properties.growth);
  });

  it('has exactly the keys of a usage cost item and of its tiers', () => {
    assertSameKeys(usageKeys, scenarioSchema.$defs.usage);
    assertSameKeys(tierKeys, scenarioSchema.$defs.tier);
  });

  it('has exactly the keys of a step cost item', () => {
    assertSameKeys(stepKeys, scenarioSchema.$defs.step);
  });

  it('has one item type per cost kind of the schema', () => {
    // A kind missing from this record, or one CostItemFile does not have, is a type error.
    const kinds: { readonly [K in CostItemFile['kind']]: true } = { 'one-time': true, recurring: true, usage: true, step: true, staff: true, hardware: true };
    const schemaKinds = scenarioSchema.$defs.costItem.oneOf.map((branch) => {
      const name = branch.$ref.replace('#/$defs/', '') as keyof typeof scenarioSchema.$defs;
      return (scenarioSchema.$defs[name] as { properties?: { kind?: { const?: string } } }).properties?.kind?.const;
    });
    assert.deepEqual(Object.keys(kinds).sort(), [...schemaKinds].sort());
  });

  it('has the same period and billing values as the schema', () => {
    const periods: readonly RecurringItemFile['every'][] = ['month', 'quarter', 'year'];
    const billings: readonly NonNullable<RecurringItemFile['billing']>[] = ['upfront', 'monthly'];
    assert.deepEqual(periods, scenarioSchema.$defs.recurring.properties.every.enum);
    assert.deepEqual(billings, scenarioSchema.$defs.recurring.properties.billing.enum);
  });
});
