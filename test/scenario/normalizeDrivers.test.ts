import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIssue } from '../../lib/issues/issue.js';
import { normalizeScenario } from '../../lib/scenario/normalizeScenario.js';
import type { DriverFile } from '../../lib/scenario/scenarioFile.js';
import { month } from '../support/fixtures.js';

/** The problems normalizeScenario reports for a scenario with these drivers, as lines. */
function problems(drivers: Record<string, DriverFile>): string[] {
  const result = normalizeScenario({ name: 'x', currency: 'USD', start: '2009-05', drivers, costs: [] }, 'x.json');
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('normalizeScenario: drivers', () => {
  it('reads each form of driver, with `from` defaulting to the scenario\'s start', () => {
    const result = normalizeScenario({
      name: 'x',
      currency: 'USD',
      start: '2009-05',
      drivers: {
        customers: { unit: 'customer', value: '200', growth: { add: 20, every: 'month' }, source: 'Sales plan' },
        storageTB: { value: 2, growth: { rate: '5%', every: 'year' }, from: '2009-01' },
        seats: { values: [10, '12.5'] },
        racks: { value: 3 },
      },
      costs: [],
    });
    assert.ok(result.ok);
    const drivers = result.value.drivers;
    assert.deepEqual([...(drivers?.keys() ?? [])], ['customers', 'storageTB', 'seats', 'racks']);
    const customers = drivers?.get('customers');
    assert.deepEqual([customers?.unit, customers?.source, customers?.from, customers?.definition.kind], ['customer', 'Sales plan', month('2009-05'), 'linear']);
    const storage = drivers?.get('storageTB')?.definition;
    assert.ok(storage?.kind === 'compound');
    assert.deepEqual([storage.value.toString(), storage.rate.toString(), storage.everyMonths, drivers?.get('storageTB')?.from], ['2', '0.05', 12, month('2009-01')]);
    const seats = drivers?.get('seats')?.definition;
    assert.ok(seats?.kind === 'values');
    assert.deepEqual(seats.values.map(String), ['10', '12.5']);
    // a value without growth is linear growth of 0
    const racks = drivers?.get('racks')?.definition;
    assert.ok(racks?.kind === 'linear');
    assert.deepEqual([racks.value.toString(), racks.add.toString()], ['3', '0']);
  });

  it('leaves `drivers` out of a scenario that defines none, as before drivers existed', () => {
    const result = normalizeScenario({ name: 'x', currency: 'USD', start: '2009-05', costs: [] });
    assert.ok(result.ok);
    assert.equal('drivers' in result.value, false);
  });

  it('needs one of value, values and csv', () => {
    assert.deepEqual(problems({ customers: {} }), ['x.json: /drivers/customers: a driver needs one of "value" (with an optional "growth"), "values" or "csv"']);
  });

  it('refuses a driver given two ways', () => {
    assert.deepEqual(problems({ customers: { value: 1, values: [1] } }), ['x.json: /drivers/customers: a driver is given one way only: found "value" and "values"']);
  });

  it('needs exactly one of add and rate in growth', () => {
    assert.deepEqual(problems({ a: { value: 1, growth: { every: 'month' } }, b: { value: 1, growth: { add: 1, rate: '1%', every: 'month' } } }), [
      'x.json: /drivers/a/growth: growth needs "add" (linear: added at each step) or "rate" (compound: a percentage at each step)',
      'x.json: /drivers/b/growth: growth is linear ("add") or compound ("rate"), not both',
    ]);
  });

  it('refuses growth without a value, and a column without a csv', () => {
    assert.deepEqual(problems({ a: { values: [1], growth: { add: 1, every: 'year' }, column: 'a' } }), [
      'x.json: /drivers/a/growth: "growth" applies to a "value"; this driver is given by "values"',
      'x.json: /drivers/a/column: "column" names a column of the "csv" file; this driver has no "csv"',
    ]);
  });

  it('refuses a growth rate of -100% or less', () => {
    assert.deepEqual(problems({ a: { value: 1, growth: { rate: '-100%', every: 'year' } } }), ['x.json: /drivers/a/growth/rate: expected a rate above -100%, found "-100%"']);
  });

  it('says that a CSV driver needs the scenario to be read from a file', () => {
    assert.deepEqual(problems({ a: { csv: 'a.csv' } }), [
      'x.json: /drivers/a/csv: a CSV driver is read only when the scenario is read from a file (readScenarioFile, loadScenarios or the CLI); in code, give its "values"',
    ]);
  });

  it('says that `extends` needs the scenario to be read from a file', () => {
    const result = normalizeScenario({ name: 'x', currency: 'USD', start: '2009-05', extends: 'base.json', costs: [] }, 'x.json');
    assert.deepEqual(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path]), [['extends-needs-file', '/extends']]);
  });
});
