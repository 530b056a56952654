/**
 * Counts of months given as ranges: an item's duration, a hardware item's life, a
 * commitment's term and notice, a migration overlap. A draw is rounded half away from zero to
 * whole months, then kept within what the field allows; the median too. Expected values by
 * hand: a fee of 1,000.00 a month for M months costs M × 1,000.00, and M = round(12 + 24 U)
 * for a uniform range from 12 to 36, so its percentile p is round(12 + 24 p) wherever
 * 12 + 24 p is not within sampling error of a half month (20,000 trials: one standard error
 * of the 5th percentile of U is √(0.05 × 0.95 ÷ 20000) ≈ 0.0015, 0.04 months).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drawn, withDrawn } from '../../lib/analysis/trialLedgers.js';
import { uncertainQuantities } from '../../lib/analysis/uncertainQuantities.js';
import { formatIssue, unwrap } from '../../lib/issues/issue.js';
import { toDecimal } from '../../lib/money/toDecimal.js';
import { compare } from '../../lib/report/compare.js';
import { simulate } from '../../lib/report/simulation.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { addressOfPath } from '../../lib/scenario/rangeAddress.js';
import { withInput } from '../../lib/scenario/withInput.js';

const fee = (months: unknown, more: Record<string, unknown> = {}) =>
  unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount: '1000', every: 'month', months }], ...more }));
const problems = (data: unknown) => {
  const result = parseScenario(data, 'provider.json');
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe('a range of months in a scenario', () => {
  it('stands for its median in whole months, rounded half away from zero', () => {
    // uniform 1 to 2: the midpoint 1.5 is 2 months; lognormal 12 to 36: √432 = 20.78… is 21
    assert.equal(compare([fee({ low: 1, high: 2, dist: 'uniform' })], { months: 6 }).scenarios[0]?.total, '2000.00');
    const lognormal = fee({ low: 12, high: 36 });
    assert.deepEqual(
      lognormal.ranges?.map((r) => [r.path, r.kind, r.range.dist, r.median.toString()]),
      [['/costs/0/months', 'months', 'lognormal', '21']],
    );
    const result = compare([lognormal], { months: 48 });
    assert.deepEqual([result.scenarios[0]?.total, result.settings.ranges], ['21000.00', 'medians']);
  });

  it('without width gives the fixed-month result to the cent, in compare and in every trial', () => {
    const fixed = fee(18);
    for (const dist of ['lognormal', 'normal', 'uniform']) {
      const ranged = fee({ low: 18, high: 18, dist });
      assert.equal(compare([ranged], { months: 36 }).scenarios[0]?.total, compare([fixed], { months: 36 }).scenarios[0]?.total);
      const total = simulate([ranged], { months: 36, trials: 1000 }).scenarios[0]?.total;
      assert.deepEqual([total?.p5, total?.p50, total?.p95, total?.mean], ['18000.00', '18000.00', '18000.00', '18000.00'], dist);
    }
    const ends = (months: unknown) => fee(undefined, { commitment: { months, renewal: { kind: 'ends' } } });
    assert.equal(simulate([ends({ low: 7, high: 7, dist: 'pert', mode: 7 })], { months: 12, trials: 1000 }).scenarios[0]?.total.p95, '7000.00');
  });

  it('a uniform range of months: percentiles as round(12 + 24 p) months of 1,000.00, the mean 24 months', () => {
    const result = simulate([fee({ low: 12, high: 36, dist: 'uniform' })], { months: 48, trials: 20000, seed: 3 });
    const total = result.scenarios[0]!.total;
    // P10 and P90 (14.4 and 33.6 months) lie 0.1 month, two standard errors, from a half month:
    // they are checked exactly where they are drawn exactly, in the sensitivity below
    assert.deepEqual([total.p5, total.p25, total.p50, total.p75, total.p95], ['13000.00', '18000.00', '24000.00', '30000.00', '35000.00']);
    // the mean of M is 24 (12 and 36 have half the weight of the others); its standard error is
    // 24 ÷ √12 ÷ √20000 ≈ 0.049 months: within four of them
    assert.ok(Math.abs(Number(total.mean) - 24000) < 4 * 49, total.mean);
    assert.deepEqual(result.uncertain[0]?.drawn, { p5: '13', p50: '24', p95: '35' });
    assert.deepEqual([result.uncertain[0]?.kind, result.uncertain[0]?.label, result.uncertain[0]?.median], ['months', 'Provider: Hosting months', '24']);
  });

  it('draws whole months within what the field allows: at least 1 month, a notice at least 0', () => {
    const scenario = fee({ low: 1, high: 3, dist: 'normal' }, { commitment: { months: 12, noticeMonths: { low: 0, high: 2, dist: 'normal' } } });
    const [months, notice] = uncertainQuantities([scenario]);
    // a normal range from 1 to 3 (σ = 2 ÷ 3.29 = 0.608) reaches below 0.5 about one time in
    // 140: 1 month then, as at P10 (1.22); at P99.9 it is 2 + 3.09 σ = 3.88, 4 months
    assert.deepEqual([0.001, 0.1, 0.5, 0.75, 0.999].map((p) => drawn(months!, p, 2)), [1, 1, 2, 2, 4]);
    // a notice of 0 to 2 months: at P0.1, 1 − 3.09 σ = −0.88 is −1, kept at 0; at P99.99999, 1 + 5.2 σ = 4.16
    assert.deepEqual([0.001, 0.5, 0.9999999].map((p) => drawn(notice!, p, 2)), [0, 1, 4]);
    const result = simulate([scenario], { months: 12, trials: 2000 });
    assert.deepEqual(result.uncertain.map((q) => q.label), ['Provider: Hosting months', 'Provider: commitment notice']);
  });

  it('is sensitive at its P10 and P90 in whole months', () => {
    const self = unwrap(parseScenario({ name: 'Self', currency: 'USD', start: '2009-05', costs: [{ name: 'Own', kind: 'recurring', amount: '500', every: 'month' }] }));
    const [months] = simulate([self, fee({ low: 12, high: 36, dist: 'uniform' })], { months: 48, trials: 2000 }).sensitivity;
    // P10 = 12 + 2.4 = 14.4 → 14 months, P90 = 33.6 → 34; the baseline costs 24,000.00
    assert.deepEqual([months?.low, months?.high, months?.scenarios[0]?.atLow, months?.scenarios[0]?.atHigh], ['14', '34', '-10000.00', '10000.00']);
  });
});

describe('every count of months of the format', () => {
  const counts = (range: Record<string, unknown>) =>
    unwrap(
      parseScenario({
        name: 'Counts',
        currency: 'USD',
        start: '2009-05',
        drivers: { customers: { value: 100 } },
        commitment: { months: range, noticeMonths: { ...range, low: 0 }, renewal: { kind: 'ends' } },
        overlap: { months: range },
        costs: [
          { name: 'Hosting', kind: 'recurring', amount: '1000', every: 'month', months: range },
          { name: 'Per customer', kind: 'usage', driver: 'customers', price: '1', months: range },
          { name: 'Racks', kind: 'step', driver: 'customers', blockSize: 40, recurringPerBlock: '10', months: range },
          { name: 'Admin', kind: 'staff', annualCost: '12000', months: range },
          { name: 'Servers', kind: 'hardware', price: '1200', lifeMonths: range },
        ],
      }),
    );

  it('may be a range, each with an address a drawn value is written at', () => {
    const scenario = counts({ low: 2, high: 10, dist: 'uniform' });
    assert.deepEqual(
      scenario.ranges?.map((r) => [r.path, r.median.toString(), addressOfPath(scenario, r.path)]),
      [
        ['/costs/0/months', '6', { on: 'itemMonths', index: 0, field: 'months' }],
        ['/costs/1/months', '6', { on: 'itemMonths', index: 1, field: 'months' }],
        ['/costs/2/months', '6', { on: 'itemMonths', index: 2, field: 'months' }],
        ['/costs/3/months', '6', { on: 'itemMonths', index: 3, field: 'months' }],
        ['/costs/4/lifeMonths', '6', { on: 'itemMonths', index: 4, field: 'lifeMonths' }],
        ['/commitment/months', '6', { on: 'commitment' }],
        ['/commitment/noticeMonths', '5', { on: 'notice' }],
        ['/overlap/months', '6', { on: 'overlap' }],
      ],
    );
    const [item, , , , life, term, notice, overlap] = uncertainQuantities([scenario]);
    const drawnIn = withDrawn(withDrawn(withDrawn(withDrawn(withDrawn(scenario, item!, 3, 2), life!, 4, 2), term!, 9, 2), notice!, 0, 2), overlap!, 2, 2);
    assert.deepEqual(
      [drawnIn.items[0]?.kind === 'recurring' && drawnIn.items[0].months, drawnIn.items[4]?.kind === 'hardware' && drawnIn.items[4].lifeMonths, drawnIn.commitment, drawnIn.overlap],
      [3, 4, { months: 9, noticeMonths: 0, renewal: { kind: 'ends' } }, { months: 2 }],
    );
    assert.deepEqual(drawnIn.ranges?.map((r) => r.path), ['/costs/1/months', '/costs/2/months', '/costs/3/months']);
    // the term ends every item after 9 months: 3 of hosting, 9 of usage, racks and admin, servers bought at months 1, 5 and 9
    assert.equal(compare([drawnIn], { months: 12 }).scenarios[0]?.total, compare([unwrap(parseScenario(drawnIn.definition))], { months: 12 }).scenarios[0]?.total);
  });

  it('refuses a count the field does not allow', () => {
    const scenario = counts({ low: 2, high: 10, dist: 'uniform' });
    const value = (text: string) => toDecimal(text);
    assert.equal(withInput(scenario, { on: 'itemMonths', index: 0, field: 'months' }, value('0')), undefined);
    assert.equal(withInput(scenario, { on: 'itemMonths', index: 4, field: 'lifeMonths' }, value('1.5')), undefined);
    assert.equal(withInput(scenario, { on: 'overlap' }, value('1201')), undefined);
    assert.equal(withInput(scenario, { on: 'notice' }, value('-1')), undefined);
    assert.equal(withInput(scenario, { on: 'notice' }, value('0'))?.commitment?.noticeMonths, 0);
  });

  it('gives, in a simulation without width, the result of the fixed counts to the cent', () => {
    const self = unwrap(parseScenario({ name: 'Self', currency: 'USD', start: '2009-05', costs: [{ name: 'Own', kind: 'recurring', amount: '500', every: 'month' }] }));
    const fixed = compare([self, counts({ low: 5, high: 5 })], { months: 12 }).scenarios[1]?.total;
    const simulated = simulate([self, counts({ low: 5, high: 5 })], { months: 12, trials: 1000 }).scenarios[1]?.total;
    assert.deepEqual([simulated?.p5, simulated?.p95], [fixed, fixed]);
  });

  it('reports a bad range of months with the file and the place', () => {
    const provider = (months: unknown) => ({ name: 'Provider', currency: 'USD', start: '2009-05', commitment: { months }, costs: [] });
    assert.deepEqual(problems(provider({ low: 36, high: 12, dist: 'uniform' })), ['provider.json: /commitment/months/low: "low" (36) is above "high" (12); give the smaller value as "low"']);
    assert.deepEqual(problems(provider({ low: -3, high: 12 })), ['provider.json: /commitment/months/low: expected a number of at least 1, found -3']);
    assert.deepEqual(problems(provider({ low: 6, high: 12, dist: 'triangular', mode: 13 })), ['provider.json: /commitment/months/mode: expected a mode from "low" (6) to "high" (12), found 13']);
    assert.deepEqual(problems(provider({ low: 6.5, high: 12 })), ['provider.json: /commitment/months/low: expected an integer, found the number 6.5']);
    assert.deepEqual(problems({ ...provider(12), overlap: { months: { low: 0, high: 3 } } }), ['provider.json: /overlap/months/low: expected a number of at least 1, found 0']);
  });
});
