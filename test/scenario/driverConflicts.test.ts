import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeDriver, driverConflicts, sameDriver } from '../../lib/scenario/driverConflicts.js';
import type { Driver, Scenario } from '../../lib/scenario/scenario.js';
import type { DriverFile } from '../../lib/scenario/scenarioFile.js';
import { scenarioOf } from '../support/fixtures.js';

function withDriver(name: string, customers: DriverFile | undefined, origin?: string): Scenario {
  return scenarioOf({ name, currency: 'USD', start: '2009-05', ...(customers === undefined ? {} : { drivers: { customers } }), costs: [] }, origin);
}

function driver(definition: DriverFile): Driver {
  const found = withDriver('d', definition).drivers?.get('customers');
  assert.ok(found);
  return found;
}

describe('driverConflicts', () => {
  it('accepts the same driver in several scenarios, however its numbers are written', () => {
    assert.deepEqual(driverConflicts([withDriver('a', { value: 200, growth: { add: 20, every: 'month' } }), withDriver('b', { value: '200.0', growth: { add: '20', every: 'month' } })]), []);
  });

  it('accepts scenarios that do not define the driver', () => {
    assert.deepEqual(driverConflicts([withDriver('a', { value: 200 }), withDriver('b', undefined)]), []);
  });

  it('refuses the same driver defined differently, naming both files', () => {
    const issues = driverConflicts([
      withDriver('a', { value: 200, growth: { add: 20, every: 'month' } }, 'a.json'),
      withDriver('b', { value: 200, growth: { add: 25, every: 'month' } }, 'b.json'),
    ]);
    assert.deepEqual(issues, [
      {
        code: 'conflicting-drivers',
        file: 'b.json',
        path: '/drivers/customers',
        message:
          'driver "customers" differs from its definition in a.json: here 200 from 2009-05, adding 25 every month; there 200 from 2009-05, adding 20 every month. Compared scenarios must agree on their drivers: define a driver once, in a file they all extend',
      },
    ]);
  });

  it('names the file that defines a driver (a base file) when it is known', () => {
    const a = withDriver('a', { value: 200 }, 'a.json');
    const b = withDriver('b', { value: 300 }, 'b.json');
    const fromBase = (scenario: Scenario, origin: string): Scenario => ({
      ...scenario,
      drivers: new Map([...(scenario.drivers ?? [])].map(([name, d]) => [name, { ...d, origin }])),
    });
    const [issue] = driverConflicts([fromBase(a, 'business.json'), fromBase(b, 'other-business.json')]);
    assert.equal(issue?.file, 'other-business.json');
    assert.match(issue?.message ?? '', /its definition in business\.json:/);
  });

  it('reports each scenario that differs from the first definition', () => {
    const issues = driverConflicts([withDriver('a', { value: 1 }, 'a.json'), withDriver('b', { value: 2 }, 'b.json'), withDriver('c', { value: 1 }, 'c.json'), withDriver('d', { value: 3 }, 'd.json')]);
    assert.deepEqual(issues.map((issue) => issue.file), ['b.json', 'd.json']);
  });
});

describe('sameDriver', () => {
  it('compares the first month, the kind of growth and the numbers', () => {
    assert.equal(sameDriver(driver({ value: 1 }), driver({ value: 1, from: '2009-06' })), false);
    assert.equal(sameDriver(driver({ value: 1, growth: { rate: '5%', every: 'year' } }), driver({ value: 1, growth: { rate: 0.05, every: 'year' } })), true);
    assert.equal(sameDriver(driver({ value: 1, growth: { rate: '5%', every: 'year' } }), driver({ value: 1, growth: { rate: '5%', every: 'month' } })), false);
    assert.equal(sameDriver(driver({ values: [1, 2] }), driver({ values: ['1', '2.0'] })), true);
    assert.equal(sameDriver(driver({ values: [1, 2] }), driver({ values: [1, 2, 2] })), false);
    // a constant is a constant, however often it "grows" by 0
    assert.equal(sameDriver(driver({ value: 1 }), driver({ value: 1, growth: { add: 0, every: 'year' } })), true);
  });
});

describe('describeDriver', () => {
  it('says each kind of driver in a few words', () => {
    assert.deepEqual(
      [
        describeDriver(driver({ value: 200 })),
        describeDriver(driver({ value: 50, growth: { add: -5, every: 'quarter' } })),
        describeDriver(driver({ value: 200, growth: { rate: '5%', every: 'year' } })),
        describeDriver(driver({ values: [1, 2, 3, 4], from: '2009-06' })),
      ],
      [
        '200 from 2009-05',
        '50 from 2009-05, subtracting 5 every quarter',
        '200 from 2009-05, growing 5% every year',
        '4 monthly values from 2009-06 (1, 2, 3, …)',
      ],
    );
  });
});
