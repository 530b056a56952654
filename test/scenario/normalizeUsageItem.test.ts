import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIssue } from '../../lib/issues/issue.js';
import { normalizeScenario } from '../../lib/scenario/normalizeScenario.js';
import type { UsageItem } from '../../lib/scenario/scenario.js';
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

describe('normalizeScenario: usage items', () => {
  it('applies the defaults: graduated tiers, a monthly price, no minimum, from the start, open-ended, category "other"', () => {
    const result = normalized([{ name: 'Per customer', kind: 'usage', driver: 'customers', price: '30' }]);
    assert.ok(result.ok);
    const item = result.value.items[0] as UsageItem;
    assert.deepEqual(
      [item.kind, item.driver, item.tiers.map((t) => [t.upTo?.toString(), t.price.toString()]), item.tiering, item.periodMonths, item.minimum.toString(), item.from, item.months, item.category],
      ['usage', 'customers', [[undefined, '30']], 'graduated', 1, '0', month('2009-05'), undefined, 'other'],
    );
  });

  it('reads tiers, tiering, every, minimum, from and months', () => {
    const result = normalized([
      {
        name: 'Storage',
        kind: 'usage',
        driver: 'storageTB',
        tiers: [{ upTo: 10, price: '100' }, { price: '80' }],
        tiering: 'volume',
        every: 'year',
        minimum: '50',
        from: '2009-07',
        months: 12,
      },
    ]);
    assert.ok(result.ok);
    const item = result.value.items[0] as UsageItem;
    assert.deepEqual(
      [item.tiers.map((t) => [t.upTo?.toString(), t.price.toString()]), item.tiering, item.periodMonths, item.minimum.toString(), item.from, item.months],
      [[['10', '100'], [undefined, '80']], 'volume', 12, '50', month('2009-07'), 12],
    );
  });

  it('names an unknown driver, with a suggestion', () => {
    assert.deepEqual(problems([{ name: 'u', kind: 'usage', driver: 'customer', price: 1 }]), [
      'x.json: /costs/0/driver: no driver is named "customer" (did you mean "customers"?); the drivers are "customers", "storageTB"',
    ]);
  });

  it('says when the scenario has no drivers at all', () => {
    const result = normalizeScenario({ name: 'x', currency: 'USD', start: '2009-05', costs: [{ name: 'u', kind: 'usage', driver: 'customers', price: 1 }] }, 'x.json');
    assert.deepEqual(result.ok ? [] : result.issues.map(formatIssue), [
      'x.json: /costs/0/driver: no driver is named "customers": this scenario defines no drivers (add "drivers", or "extends" a file that has them)',
    ]);
  });

  it('needs a price or tiers, not both', () => {
    assert.deepEqual(problems([{ name: 'u', kind: 'usage', driver: 'customers' }, { name: 'v', kind: 'usage', driver: 'customers', price: 1, tiers: [{ price: 1 }] }]), [
      'x.json: /costs/0: a usage item needs a "price" per unit, or "tiers"',
      'x.json: /costs/1: give a usage item a "price" or "tiers", not both',
    ]);
  });

  it('refuses overlapping tiers, naming the tier', () => {
    assert.deepEqual(problems([{ name: 'u', kind: 'usage', driver: 'customers', tiers: [{ upTo: 100, price: 1 }, { upTo: 100, price: 2 }, { price: 3 }] }]), [
      'x.json: /costs/0/tiers/1/upTo: tiers overlap: tier 2 ends at 100, not above where tier 1 ends (100); list tiers in increasing order of "upTo"',
    ]);
    assert.deepEqual(problems([{ name: 'u', kind: 'usage', driver: 'customers', tiers: [{ upTo: 500, price: 1 }, { upTo: 100, price: 2 }, { price: 3 }] }]), [
      'x.json: /costs/0/tiers/1/upTo: tiers overlap: tier 2 ends at 100, not above where tier 1 ends (500); list tiers in increasing order of "upTo"',
    ]);
  });

  it('refuses an open-ended tier before the last, a last tier with an end, and a first tier ending at 0', () => {
    assert.deepEqual(problems([{ name: 'u', kind: 'usage', driver: 'customers', tiers: [{ price: 1 }, { upTo: 100, price: 2 }] }]), [
      'x.json: /costs/0/tiers/0: only the last tier may leave out "upTo"; tier 1 of 2 has none, so the tiers after it overlap it',
      'x.json: /costs/0/tiers/1/upTo: the last tier must leave out "upTo", so that quantities above 100 have a price too',
    ]);
    assert.deepEqual(problems([{ name: 'u', kind: 'usage', driver: 'customers', tiers: [{ upTo: 0, price: 1 }, { price: 2 }] }]), [
      'x.json: /costs/0/tiers/0/upTo: expected the first tier to end above 0, found 0',
    ]);
  });

  it('refuses a `from` before the scenario\'s start', () => {
    assert.deepEqual(problems([{ name: 'u', kind: 'usage', driver: 'customers', price: 1, from: '2009-04' }]), [
      'x.json: /costs/0/from: 2009-04 is before the scenario\'s start 2009-05; a scenario costs nothing before its start',
    ]);
  });
});
