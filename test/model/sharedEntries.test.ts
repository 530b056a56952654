/**
 * Usage and step items alike in compared scenarios are worked out once and shared
 * (lib/model/sharedEntries.ts): each scenario still gets exactly its own entries, and an item
 * that differs in anything its charges depend on is worked out for itself.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../lib/report/compare.js';
import { scenarioSchedule, scenarioScheduleReadLater } from '../../lib/model/schedule.js';
import { driverValues } from '../../lib/model/driverValues.js';
import { stepEntries } from '../../lib/model/stepEntries.js';
import type { StepItem } from '../../lib/scenario/scenario.js';
import type { MinorUnits } from '../../lib/money/minorUnits.js';
import { identityOf, sharedByKey } from '../../lib/model/sharedEntries.js';
import type { CostItemFile, DriverFile } from '../../lib/scenario/scenarioFile.js';
import { month, scenarioOf } from '../support/fixtures.js';
import { minorUnitsOf } from '../../lib/model/minorUnitEntries.js';

/** Customers over five months: 40, 41, 80, 81, 30. */
const CUSTOMERS: DriverFile = { values: [40, 41, 80, 81, 30] };
/** One server for every 40 customers: 3,000.00 to buy, 500.00 a month to run. */
const SERVERS: CostItemFile = { name: 'Servers', kind: 'step', driver: 'customers', blockSize: 40, oneTimePerBlock: '3000', recurringPerBlock: '500' };
/** 2.50 a customer, at least 150.00 a month. */
const PER_CUSTOMER: CostItemFile = { name: 'Per customer', kind: 'usage', driver: 'customers', price: '2.50', minimum: '150' };

function option(name: string, costs: CostItemFile[], customers: DriverFile = CUSTOMERS) {
  return scenarioOf({ name, currency: 'USD', start: '2009-05', drivers: { customers }, costs });
}

const FIVE_MONTHS = { first: month('2009-05'), count: 5 };

/** Each item's entries in cents. */
function cents(scenario: ReturnType<typeof option>): MinorUnits[][] {
  return scenarioSchedule(scenario, FIVE_MONTHS).items.map((item) => [...item.minorUnits]);
}

describe('items alike in compared scenarios', () => {
  // Servers: 1, 2, 2, 3 and 3 held (none released): 3,000 for each bought, 500 a month for each held.
  const SERVER_CENTS = [350000n, 400000n, 100000n, 450000n, 150000n];
  // Per customer: 100.00 and 102.50 are below the minimum of 150.00, then 200.00 and 202.50, and 75.00 is below it again.
  const CUSTOMER_CENTS = [15000n, 15000n, 20000n, 20250n, 15000n];

  it('give each scenario the entries it would have alone', () => {
    const scenarios = ['A', 'B', 'C'].map((name) => option(name, [SERVERS, PER_CUSTOMER]));
    for (const scenario of scenarios) assert.deepEqual(cents(scenario), [SERVER_CENTS, CUSTOMER_CENTS]);
    const result = compare(scenarios, { months: 5 });
    // 14,500.00 for the servers and 852.50 for the customers.
    assert.deepEqual(result.scenarios.map((s) => s.total), ['15352.50', '15352.50', '15352.50']);
  });

  it('are worked out again when anything their charges depend on differs', () => {
    const cheaper = option('Cheaper', [{ ...SERVERS, oneTimePerBlock: '2000' }, { ...PER_CUSTOMER, minimum: '0' }]);
    const released = option('Released', [{ ...SERVERS, releaseUnused: true }, { ...PER_CUSTOMER, every: 'year' }]);
    const more = option('More customers', [SERVERS, PER_CUSTOMER], { values: [40, 41, 80, 81, 130] });
    const shorter = option('Shorter', [{ ...SERVERS, months: 3 }, { ...PER_CUSTOMER, months: 3 }]);
    // The items alike worked out first: each below must not be taken for them.
    assert.deepEqual(cents(option('Shared first', [SERVERS, PER_CUSTOMER])), [SERVER_CENTS, CUSTOMER_CENTS]);
    // 2,000 a server bought; no minimum: 75.00 in the last month.
    assert.deepEqual(cents(cheaper), [[250000n, 300000n, 100000n, 350000n, 150000n], [10000n, 10250n, 20000n, 20250n, 7500n]]);
    // Servers released as customers fall: 1 held in the last month. A yearly price: 40 × 2.50 ÷ 12 = 8.33 a month, and no month reaches the minimum of 150.00.
    assert.deepEqual(cents(released), [[350000n, 400000n, 100000n, 450000n, 50000n], [15000n, 15000n, 15000n, 15000n, 15000n]]);
    // 130 customers in the last month: a 4th server (3,000.00 + 4 × 500.00), and 130 × 2.50.
    assert.deepEqual(cents(more), [[350000n, 400000n, 100000n, 450000n, 500000n], [15000n, 15000n, 20000n, 20250n, 32500n]]);
    // Three months from the start: nothing after them.
    assert.deepEqual(cents(shorter), [[350000n, 400000n, 100000n, 0n, 0n], [15000n, 15000n, 20000n, 0n, 0n]]);
  });

  it('that began before the range keep the blocks their own driver bought then', () => {
    // Two scenarios whose customers agree from 2009-06 on, but not in 2009-05: one needed 3 servers then, the other 1.
    const many = option('Many before', [SERVERS], { values: [120, 40, 41, 80, 81, 30] });
    const few = option('Few before', [SERVERS], { values: [40, 40, 41, 80, 81, 30] });
    const fromJune = { first: month('2009-06'), count: 5 };
    // The same values in the range, as one array: only what came before tells the items apart.
    const inRange = scenarioSchedule(many, fromJune).items[0]!;
    const drivers = new Map([['customers', driverValues(many.drivers!.get('customers')!, fromJune)]]);
    const entries = (scenario: typeof many) => minorUnitsOf(stepEntries(scenario.items[0] as StepItem, { range: fromJune, minorDigits: 2, drivers, driverDefinitions: scenario.drivers!, view: 'cash' }));
    // 3 servers kept from 2009-05, enough for every month after: 1,500.00 a month.
    assert.deepEqual([...inRange.minorUnits], [150000n, 150000n, 150000n, 150000n, 150000n]);
    assert.deepEqual(entries(many), [150000n, 150000n, 150000n, 150000n, 150000n]);
    // 1 server from 2009-05: a 2nd for 41 customers, a 3rd for 81, as in SERVER_CENTS a month later.
    assert.deepEqual(entries(few), [50000n, 400000n, 100000n, 450000n, 150000n]);
  });

  it('are the same when written alike in other spellings ("3000.00" for "3000")', () => {
    const spelled = option('Spelled', [{ ...SERVERS, oneTimePerBlock: '3000.00' }, { ...PER_CUSTOMER, price: '2.5' }]);
    assert.deepEqual(cents(spelled), [SERVER_CENTS, CUSTOMER_CENTS]);
  });

  it("are each item's own: a change to one scenario's entries is not another's", () => {
    const [first, second] = ['First', 'Second'].map((name) => option(name, [SERVERS, PER_CUSTOMER]));
    const ledger = scenarioSchedule(first!, FIVE_MONTHS);
    for (const item of ledger.items) (item.minorUnits as MinorUnits[]).fill(0n);
    assert.deepEqual(cents(second!), [SERVER_CENTS, CUSTOMER_CENTS]);
    assert.deepEqual(cents(first!), [SERVER_CENTS, CUSTOMER_CENTS]);
  });

  it('are shared as they are by the ledgers a comparison reads alone (written on first read), and copied for every other', () => {
    const [first, second] = ['First', 'Second'].map((name) => option(name, [SERVERS, PER_CUSTOMER]));
    const [a, b] = [first!, second!].map((scenario) => scenarioScheduleReadLater(scenario, FIVE_MONTHS));
    assert.deepEqual(a!.items.map((item, i) => item.minorUnits === b!.items[i]?.minorUnits), [true, true]);
    assert.deepEqual(a!.items.map((item) => item.minorUnits), [SERVER_CENTS, CUSTOMER_CENTS]);
    const [c, d] = [first!, second!].map((scenario) => scenarioSchedule(scenario, FIVE_MONTHS));
    assert.deepEqual(c!.items.map((item, i) => item.minorUnits === d!.items[i]?.minorUnits), [false, false]);
  });
});

describe('identityOf and sharedByKey', () => {
  it('number each object once, and make what is shared once per key', () => {
    const [a, b] = [{}, {}];
    assert.deepEqual([identityOf(a) === identityOf(a), identityOf(a) === identityOf(b), identityOf(undefined)], [true, false, 0]);
    const memo = new Map<string, number[]>();
    let made = 0;
    const make = () => [++made];
    const first = sharedByKey(memo, 'k', make);
    assert.equal(sharedByKey(memo, 'k', make), first);
    assert.deepEqual([sharedByKey(memo, 'other', make), made], [[2], 2]);
  });

  it('keeps at most 256 results, and makes again what it no longer keeps', () => {
    const memo = new Map<string, number>();
    let made = 0;
    for (let key = 0; key < 300; key++) sharedByKey(memo, String(key), () => ++made);
    assert.ok(memo.size <= 256);
    sharedByKey(memo, '0', () => ++made);
    assert.equal(made, 301);
  });
});
