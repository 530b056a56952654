import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scenarioSchema } from '../../lib/scenario/schema.js';
import type { OneTimeItemFile, RecurringItemFile, ScenarioFile } from '../../lib/scenario/scenarioFile.js';

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
  commitment: false,
  costs: true,
};
const commitmentKeys: KeyTable<NonNullable<ScenarioFile['commitment']>> = { months: true };
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

  it('has exactly the keys of the commitment object', () => {
    assertSameKeys(commitmentKeys, scenarioSchema.properties.commitment);
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

  it('has one item type per cost kind of the schema', () => {
    const kinds: readonly (OneTimeItemFile['kind'] | RecurringItemFile['kind'])[] = ['one-time', 'recurring'];
    const schemaKinds = [scenarioSchema.$defs.oneTime.properties.kind.const, scenarioSchema.$defs.recurring.properties.kind.const];
    assert.deepEqual([...kinds].sort(), [...schemaKinds].sort());
  });

  it('has the same period and billing values as the schema', () => {
    const periods: readonly RecurringItemFile['every'][] = ['month', 'quarter', 'year'];
    const billings: readonly NonNullable<RecurringItemFile['billing']>[] = ['upfront', 'monthly'];
    assert.deepEqual(periods, scenarioSchema.$defs.recurring.properties.every.enum);
    assert.deepEqual(billings, scenarioSchema.$defs.recurring.properties.billing.enum);
  });
});
