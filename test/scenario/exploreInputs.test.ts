import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import { compare } from '../../lib/report/compare.js';
import { definitionWithValue, exploreInputs } from '../../lib/scenario/exploreInputs.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { projectRoot, scenarioOf } from '../support/fixtures.js';

describe('exploreInputs', () => {
  it('lists the founding provider’s start, setup fee, monthly fee and commitment, in file order', async () => {
    const [managed] = await loadScenarios([`${projectRoot}scenarios/managed-provider.json`]);
    assert.ok(managed !== undefined);
    assert.deepEqual(
      exploreInputs(managed).map((input) => [input.path, input.kind, input.current, input.per]),
      [
        ['/start', 'month', '2009-05', ''],
        ['/costs/0/amount', 'money', '45000', 'once'],
        ['/costs/1/amount', 'money', '40000', 'a month'],
        ['/commitment/months', 'months', '24', 'months'],
      ],
    );
  });

  it('adds a driver’s value and growth, and a range with its bounds and median', async () => {
    const [managed] = await loadScenarios([`${projectRoot}scenarios/uncertain/managed-provider.json`]);
    assert.ok(managed !== undefined);
    const byPath = new Map(exploreInputs(managed).map((input) => [input.path, input]));
    assert.deepEqual([byPath.get('/drivers/customers/value')?.current, byPath.get('/drivers/customers/growth/add')?.range], ['200', { dist: 'triangular', low: '10', high: '30', mode: '20' }]);
    // The median of a lognormal range from 30,000 to 45,000: sqrt(30000 × 45000) = 36,742.346…
    assert.deepEqual([byPath.get('/costs/1/amount')?.current, byPath.get('/costs/1/amount')?.range], ['36742.35', { dist: 'lognormal', low: '30000', high: '45000' }]);
  });

  it('lists the notice and the exit fee of a commitment', () => {
    const provider = scenarioOf({
      name: 'Provider',
      currency: 'USD',
      start: '2009-05',
      commitment: { months: 24, noticeMonths: 3, exitFee: { kind: 'share', rate: '50%' } },
      costs: [{ name: 'Hosting', kind: 'recurring', amount: '40000', every: 'month' }],
    });
    assert.deepEqual(
      exploreInputs(provider).map((input) => [input.path, input.current]),
      [
        ['/start', '2009-05'],
        ['/costs/0/amount', '40000'],
        ['/commitment/months', '24'],
        ['/commitment/noticeMonths', '3'],
        ['/commitment/exitFee/rate', '0.5'],
      ],
    );
  });
});

describe('exploreInputs of counts of months given as ranges', () => {
  it('shows a notice period and a commitment length given as ranges at their whole-month medians, with their bounds', () => {
    const provider = scenarioOf({
      name: 'Provider',
      currency: 'USD',
      start: '2009-05',
      commitment: { months: { low: 12, high: 36, dist: 'uniform' }, noticeMonths: { low: 1, high: 4, dist: 'uniform' } },
      costs: [{ name: 'Hosting', kind: 'recurring', amount: '1000', every: 'month' }],
    });
    const byPath = new Map(exploreInputs(provider).map((input) => [input.path, input]));
    // Uniform medians by hand: (12 + 36) / 2 = 24; (1 + 4) / 2 = 2.5, half away from zero: 3.
    assert.deepEqual(
      ['/commitment/months', '/commitment/noticeMonths'].map((path) => [byPath.get(path)?.current, byPath.get(path)?.kind, byPath.get(path)?.range !== undefined]),
      [['24', 'months', true], ['3', 'months', true]],
    );
  });
});

describe('definitionWithValue', () => {
  it('writes an amount as the text typed, a commitment length as a whole number, and leaves the definition as it was', async () => {
    const [managed] = await loadScenarios([`${projectRoot}scenarios/managed-provider.json`]);
    assert.ok(managed !== undefined);
    const before = JSON.stringify(managed.definition);
    const changed = definitionWithValue(definitionWithValue(managed.definition, '/costs/1/amount', ' 2750.00 '), '/commitment/months', '12');
    assert.equal(JSON.stringify(managed.definition), before);
    assert.deepEqual([changed.costs[1] !== undefined && 'amount' in changed.costs[1] ? changed.costs[1].amount : undefined, changed.commitment?.months], ['2750.00', 12]);
    const parsed = parseScenario(changed);
    assert.ok(parsed.ok);
    // 45,000 once + 2,750 × 36 months = 144,000.00
    assert.equal(compare([parsed.value], { months: 36 }).scenarios[0]?.total, '144000.00');
  });

  it('leaves text that is not a number as it is, for validation to name', async () => {
    const [managed] = await loadScenarios([`${projectRoot}scenarios/managed-provider.json`]);
    assert.ok(managed !== undefined);
    const parsed = parseScenario(definitionWithValue(managed.definition, '/commitment/months', 'a year'), 'managed-provider.json');
    assert.deepEqual(parsed.ok ? [] : parsed.issues.map((issue) => [issue.path, issue.message]), [['/commitment/months', 'expected an integer, found the text "a year"']]);
  });
});
