/**
 * Ranges in scenario files, by hand: the median of a lognormal range is √(low × high)
 * (√(30000 × 45000) = 36,742.346…, 36,742.35 to the cent), of a normal or uniform range the
 * midpoint, of a triangular range with its mode in the middle the mode.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIssue } from '../../lib/issues/issue.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import type { RangeFile } from '../../lib/scenario/scenarioFile.js';
import { compare } from '../../lib/report/compare.js';
import { unwrap } from '../../lib/issues/issue.js';

const scenarioOf = (data: unknown) => unwrap(parseScenario(data));

const provider = (amount: unknown, more: Record<string, unknown> = {}) => ({
  name: 'Provider',
  currency: 'USD',
  start: '2009-05',
  costs: [{ name: 'Hosting', kind: 'recurring', amount, every: 'month', ...more }],
});
const problems = (data: unknown) => {
  const result = parseScenario(data, 'provider.json');
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe('ranges in a scenario file', () => {
  it('stand for their median, to the cent for money: √(30000 × 45000) = 36,742.35', () => {
    const scenario = scenarioOf(provider({ low: '30000', high: '45000' }));
    assert.equal(scenario.items[0]?.kind === 'recurring' && scenario.items[0].amount.toFixed(), '36742.35');
    assert.deepEqual(
      scenario.ranges?.map((r) => [r.path, r.kind, r.range.dist, r.range.low.toString(), r.range.high.toString(), r.median.toFixed()]),
      [['/costs/0/amount', 'money', 'lognormal', '30000', '45000', '36742.35']],
    );
    // 36 months of it
    assert.equal(compare([scenario]).scenarios[0]?.total, '1322724.60');
  });

  it('default to normal when low is 0 or below, and round rates and quantities to 6 places', () => {
    const scenario = scenarioOf({
      ...provider({ low: '0', high: '100' }, { escalation: { rate: { low: '2%', high: '5%' } } }),
      drivers: { customers: { value: { low: 150, high: 260 }, growth: { add: { low: -5, high: 25 }, every: 'month' } } },
    });
    assert.deepEqual(
      scenario.ranges?.map((r) => [r.path, r.range.dist, r.median.toFixed()]),
      [
        // √(150 × 260) = 197.4841765…; (−5 + 25) ÷ 2
        ['/drivers/customers/value', 'lognormal', '197.484177'],
        ['/drivers/customers/growth/add', 'normal', '10'],
        // √(0.02 × 0.05) = 0.0316227766…
        ['/costs/0/escalation/rate', 'lognormal', '0.031623'],
        ['/costs/0/amount', 'normal', '50'],
      ],
    );
  });

  it('are accepted wherever the format says: one-time, usage, step, staff and hardware money, exit fees and renewal prices', () => {
    const range: RangeFile = { low: '100', high: '200', dist: 'uniform' };
    const scenario = scenarioOf({
      name: 'Everything',
      currency: 'USD',
      start: '2009-05',
      drivers: { customers: { value: 50 } },
      commitment: { months: 12, exitFee: { kind: 'share', rate: { low: '40%', high: '60%', dist: 'uniform' }, amount: range }, renewal: { kind: 'monthly', price: range } },
      costs: [
        { name: 'Setup', kind: 'one-time', amount: range },
        { name: 'Fee', kind: 'usage', driver: 'customers', tiers: [{ upTo: 10, price: range }, { price: range }], minimum: range },
        { name: 'Servers', kind: 'step', driver: 'customers', blockSize: 40, oneTimePerBlock: range, recurringPerBlock: range },
        { name: 'Admin', kind: 'staff', annualCost: range, raise: { low: '1%', high: '5%', dist: 'uniform' }, onCallStipend: range },
        { name: 'Disks', kind: 'hardware', price: range, salvage: { low: '10', high: '20', dist: 'uniform' }, lifeMonths: 36 },
      ],
    });
    assert.equal(scenario.ranges?.length, 14);
    assert.deepEqual([scenario.commitment?.exitFee?.share.toString(), scenario.commitment?.exitFee?.amount.toString()], ['0.5', '150']);
  });

  it('give every problem at once, each at its place, as the rest of the file does', () => {
    assert.deepEqual(problems(provider({ low: '45000', high: '30000' })), ['provider.json: /costs/0/amount/low: "low" (45000) is above "high" (30000); give the smaller value as "low"']);
    assert.deepEqual(problems(provider({ low: '0', high: '30000', dist: 'lognormal' })), [
      'provider.json: /costs/0/amount/low: a lognormal range needs "low" above 0, found 0; for a range that reaches 0 or below, give "dist": "normal", "uniform", "triangular" or "pert"',
    ]);
    assert.deepEqual(problems(provider({ low: '1', high: '3', dist: 'pert' })), ['provider.json: /costs/0/amount: missing required key "mode": a pert range needs its most likely value']);
    assert.deepEqual(problems(provider({ low: '1', high: '3', dist: 'triangular', mode: '4' })), ['provider.json: /costs/0/amount/mode: expected a mode from "low" (1) to "high" (3), found 4']);
    assert.deepEqual(problems(provider({ low: '1', high: '3', mode: '2' })), [
      'provider.json: /costs/0/amount/mode: only a triangular or pert range has a "mode"; a lognormal range is given by "low" and "high" alone (remove "mode", or give "dist": "triangular" or "pert")',
    ]);
    assert.deepEqual(problems(provider('100', { escalation: { rate: { low: '-100%', high: '5%' } } })), ['provider.json: /costs/0/escalation/rate/low: expected a rate above -100%, found "-100%"']);
  });

  it('are checked by the schema: the keys of a range, and what its bounds are', () => {
    assert.deepEqual(problems(provider({ lo: '1', high: '3' })), [
      'provider.json: /costs/0/amount: missing required key "low"',
      'provider.json: /costs/0/amount: unknown key "lo" (did you mean "low"?)',
    ]);
    assert.deepEqual(problems(provider({ low: '-1', high: '3' })), ['provider.json: /costs/0/amount/low: expected a non-negative decimal amount such as "45000" or "40000.00" (no thousands separators, no currency symbols), found "-1"']);
    assert.deepEqual(problems(provider({ low: '1', high: '3', dist: 'beta' })), ['provider.json: /costs/0/amount/dist: expected one of "lognormal", "normal", "uniform", "triangular", "pert", found "beta"']);
  });

  it('a range without width is its value, exactly', () => {
    const scenario = scenarioOf(provider({ low: '40000', high: '40000' }));
    assert.equal(compare([scenario]).scenarios[0]?.total, '1440000.00');
  });
});
