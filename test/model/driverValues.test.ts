import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { driverValues, scenarioDriverValues } from '../../lib/model/driverValues.js';
import type { Driver } from '../../lib/scenario/scenario.js';
import type { DriverFile } from '../../lib/scenario/scenarioFile.js';
import { month, scenarioOf } from '../support/fixtures.js';

/** A driver as a scenario starting 2009-05 defines it. */
function driverOf(definition: DriverFile): Driver {
  const scenario = scenarioOf({ name: 'Drivers', currency: 'USD', start: '2009-05', drivers: { d: definition }, costs: [] });
  const driver = scenario.drivers?.get('d');
  assert.ok(driver);
  return driver;
}

/** The driver's values over `count` months from `first`, as strings. */
function values(definition: DriverFile, count: number, first = '2009-05'): string[] {
  return driverValues(driverOf(definition), { first: month(first), count }).map(String);
}

describe('driverValues', () => {
  describe('a start value', () => {
    it('holds the value in every month from `from` (the scenario\'s start by default)', () => {
      assert.deepEqual(values({ value: '120.5' }, 3), ['120.5', '120.5', '120.5']);
    });

    it('is 0 before `from`', () => {
      assert.deepEqual(values({ value: 120, from: '2009-07' }, 4), ['0', '0', '120', '120']);
    });

    it('counts from `from` even when the range starts later', () => {
      // 200 + 20 × 12 in 2010-05, twelve monthly steps after 2009-05
      assert.deepEqual(values({ value: 200, growth: { add: 20, every: 'month' } }, 2, '2010-05'), ['440', '460']);
    });
  });

  describe('linear growth', () => {
    it('adds `add` every month: 200, 220, 240', () => {
      assert.deepEqual(values({ value: 200, growth: { add: 20, every: 'month' } }, 3), ['200', '220', '240']);
    });

    it('adds `add` on each anniversary of `from` with "every": "year"', () => {
      const yearly = values({ value: 200, growth: { add: 60, every: 'year' } }, 25);
      assert.deepEqual([yearly[0], yearly[11], yearly[12], yearly[23], yearly[24]], ['200', '200', '260', '260', '320']);
    });

    it('adds `add` every 3 months with "every": "quarter"', () => {
      assert.deepEqual(values({ value: 10, growth: { add: '2.5', every: 'quarter' } }, 7), ['10', '10', '10', '12.5', '12.5', '12.5', '15']);
    });

    it('declines with a negative `add` and stops at 0', () => {
      // 50, 20, −10 → 0, −40 → 0
      assert.deepEqual(values({ value: 50, growth: { add: -30, every: 'month' } }, 4), ['50', '20', '0', '0']);
    });
  });

  describe('compound growth', () => {
    it('multiplies by (1 + rate) every month: 1000, 1050, 1102.5, 1157.625', () => {
      assert.deepEqual(values({ value: 1000, growth: { rate: '5%', every: 'month' } }, 4), ['1000', '1050', '1102.5', '1157.625']);
    });

    it('steps on each anniversary of `from` with "every": "year": 200 × 1.1² = 242 in year 3', () => {
      const yearly = values({ value: 200, growth: { rate: 0.1, every: 'year' } }, 25);
      assert.deepEqual([yearly[11], yearly[12], yearly[23], yearly[24]], ['200', '220', '220', '242']);
    });

    it('computes value × (1 + rate)^steps from the start value each time, exactly: 100 × 1.03^10', () => {
      // 1.03^10 = 1.3439163793441219204900 exactly (20 decimals: 2 per factor)
      const month11 = values({ value: 100, growth: { rate: '3%', every: 'month' } }, 11)[10];
      assert.equal(month11, '134.391637934412192049');
    });
  });

  describe('monthly values', () => {
    it('gives the k-th value in the k-th month from `from`, and holds the last one after the list', () => {
      assert.deepEqual(values({ values: [1, '1.5', 2], from: '2009-06' }, 6), ['0', '1', '1.5', '2', '2', '2']);
    });
  });

  it('shares one Decimal instance between months with the same value, so priced items compute each value once', () => {
    const [first, second, third, fourth] = driverValues(driverOf({ value: 10, growth: { add: 1, every: 'quarter' } }), { first: month('2009-05'), count: 4 });
    assert.equal(first, second);
    assert.equal(second, third);
    assert.notEqual(third, fourth);
  });

  it('does not mutate the driver', () => {
    const driver = driverOf({ value: 200, growth: { add: 20, every: 'month' } });
    const before = JSON.stringify(driver);
    driverValues(driver, { first: month('2009-05'), count: 12 });
    assert.equal(JSON.stringify(driver), before);
  });
});

describe('scenarioDriverValues', () => {
  it('computes every driver of a scenario once, by name; none for a scenario without drivers', () => {
    const scenario = scenarioOf({
      name: 'Two drivers',
      currency: 'USD',
      start: '2009-05',
      drivers: { customers: { value: 200 }, storageTB: { values: [1, 2] } },
      costs: [],
    });
    const byName = scenarioDriverValues(scenario, { first: month('2009-05'), count: 2 });
    assert.deepEqual([...byName.keys()], ['customers', 'storageTB']);
    assert.deepEqual(byName.get('storageTB')?.map(String), ['1', '2']);
    assert.equal(scenarioDriverValues(scenarioOf({ name: 'None', currency: 'USD', start: '2009-05', costs: [] }), { first: month('2009-05'), count: 2 }).size, 0);
  });
});
