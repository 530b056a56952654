import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Issue } from '../../lib/issues/issue.js';
import { resolveSettings } from '../../lib/analysis/analysisSettings.js';
import { unitCostSettings } from '../../lib/analysis/unitCostSettings.js';
import { foundingScenarios, scenarioOf } from '../support/fixtures.js';

const growth = scenarioOf({
  name: 'Growth',
  currency: 'USD',
  start: '2009-05',
  drivers: { customers: { value: 200 }, storageTB: { value: 2 } },
  costs: [],
});
const { selfHosted } = foundingScenarios();

function messages(options: { per?: string; perTarget?: string | number }, scenarios = [growth, selfHosted]): string[] {
  const issues: Issue[] = [];
  unitCostSettings(scenarios, options, issues);
  return issues.map((issue) => issue.message);
}

describe('unitCostSettings', () => {
  it('is absent without `per`', () => {
    assert.equal(unitCostSettings([growth], {}, []), undefined);
  });

  it('finds the driver among the scenarios that define it, with the target', () => {
    const settings = unitCostSettings([selfHosted, growth], { per: 'customers', perTarget: '12.5' }, []);
    assert.deepEqual([settings?.driver.name, settings?.target?.toString()], ['customers', '12.5']);
  });

  it('names an unknown driver, with a suggestion and the drivers there are', () => {
    assert.deepEqual(messages({ per: 'customer' }), ['--per: no compared scenario defines a driver "customer" (did you mean "customers"?); the drivers are "customers", "storageTB"']);
    assert.deepEqual(messages({ per: 'customers' }, [selfHosted]), ['--per: no compared scenario defines drivers, so there is no "customers" to divide the cost by']);
  });

  it('refuses a target that is not a non-negative amount, or without --per', () => {
    assert.deepEqual(messages({ per: 'customers', perTarget: '-1' }), ['--per-target: expected a cost per unit such as 50 or 12.50, found "-1"']);
    assert.deepEqual(messages({ perTarget: 50 }), ['--per-target: give --per too, the driver to divide the cost by (e.g. --per customers)']);
  });

  it('is part of resolveSettings, which also refuses drivers defined differently', () => {
    const settings = resolveSettings([growth], { per: 'customers' });
    assert.ok(settings.ok);
    assert.equal(settings.value.unitCost?.driver.name, 'customers');
    const other = scenarioOf({ name: 'Other', currency: 'USD', start: '2009-05', drivers: { customers: { value: 300 } }, costs: [] }, 'other.json');
    const clash = resolveSettings([scenarioOf({ ...growth.definition }, 'growth.json'), other]);
    assert.deepEqual(clash.ok ? [] : clash.issues.map((issue) => [issue.code, issue.file]), [['conflicting-drivers', 'other.json']]);
  });
});
