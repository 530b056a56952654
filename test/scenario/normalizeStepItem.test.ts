import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIssue } from '../../lib/issues/issue.js';
import { normalizeScenario } from '../../lib/scenario/normalizeScenario.js';
import type { StepItem } from '../../lib/scenario/scenario.js';
import type { CostItemFile } from '../../lib/scenario/scenarioFile.js';
import { month } from '../support/fixtures.js';

const drivers = { customers: { value: 200 }, storageTB: { value: 2 } };

function normalized(costs: CostItemFile[]) {
  return normalizeScenario({ name: 'x', currency: 'USD', start: '2009-05', drivers, costs }, 'x.json');
}

function problems(costs: CostItemFile[]): string[] {
  const result = normalized(costs);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('normalizeScenario: step items', () => {
  it('applies the defaults: nothing included, 0 per block, monthly, blocks kept', () => {
    const result = normalized([{ name: 'Servers', kind: 'step', driver: 'customers', blockSize: 40, oneTimePerBlock: '3000' }]);
    assert.ok(result.ok);
    const item = result.value.items[0] as StepItem;
    assert.deepEqual(
      [item.blockSize.toString(), item.included.toString(), item.oneTimePerBlock.toString(), item.recurringPerBlock.toString(), item.periodMonths, item.releaseUnused, item.from],
      ['40', '0', '3000', '0', 1, false, month('2009-05')],
    );
  });

  it('reads every key', () => {
    const result = normalized([
      { name: 'Admins', kind: 'step', driver: 'customers', blockSize: '200', included: 300, recurringPerBlock: '98000', every: 'year', releaseUnused: true, from: '2009-06', months: 24 },
    ]);
    assert.ok(result.ok);
    const item = result.value.items[0] as StepItem;
    assert.deepEqual(
      [item.blockSize.toString(), item.included.toString(), item.recurringPerBlock.toString(), item.periodMonths, item.releaseUnused, item.from, item.months],
      ['200', '300', '98000', 12, true, month('2009-06'), 24],
    );
  });

  it('refuses a block size of 0, an item that costs nothing per block, and an unknown driver', () => {
    assert.deepEqual(problems([{ name: 's', kind: 'step', driver: 'servers', blockSize: 0 }]), [
      'x.json: /costs/0/driver: no driver is named "servers"; the drivers are "customers", "storageTB"',
      'x.json: /costs/0/blockSize: expected a block size above 0, found 0',
      'x.json: /costs/0: a step item needs "oneTimePerBlock" (paid for each block added), "recurringPerBlock" (paid for each block held) or both',
    ]);
  });

  it('reports an item naming an invalid driver only once, at the driver', () => {
    const result = normalizeScenario(
      { name: 'x', currency: 'USD', start: '2009-05', drivers: { customers: {} }, costs: [{ name: 's', kind: 'step', driver: 'customers', blockSize: 1, oneTimePerBlock: 1 }] },
      'x.json',
    );
    assert.deepEqual(result.ok ? [] : result.issues.map((issue) => issue.path), ['/drivers/customers']);
  });
});
