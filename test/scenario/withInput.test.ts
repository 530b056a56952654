import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Money } from '../../lib/money/decimal.js';
import { withInput } from '../../lib/scenario/withInput.js';
import { addressOfPath } from '../../lib/scenario/rangeAddress.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { unwrap } from '../../lib/issues/issue.js';
import { scenarioInputs } from '../../lib/scenario/thresholdInputs.js';
import { exampleScenarios, reparsedWithValue, withoutDriverOrigins } from './transformations.js';

const scenarios = await exampleScenarios();

/** Values worth trying for an input: its own, the edges of what the format allows, and beyond them. */
function valuesFor(kind: 'money' | 'rate' | 'months', current: string): string[] {
  switch (kind) {
    case 'money':
      return [current, '0', '0.01', '-0.01', '-1', new Money(current).times('1.5').toFixed(), '123456789012.345', '2750.00'];
    case 'rate':
      return [current, '0', '-1', '-0.999999', '-1.5', '0.05', '1000'];
    case 'months':
      return [current, '0', '1', '2', '13', '36', '1200', '1201', '1.5', '-3'];
  }
}

describe('withInput', () => {
  it('is tried on every kind of input of the examples', () => {
    const kinds = new Set(scenarios.flatMap((s) => scenarioInputs(s).map(({ input, address }) => `${address.on}:${input.kind}:${input.field.replace(/\[\d+\]/, '[n]')}`)));
    assert.deepEqual([...kinds].sort(), [
      'commitment:months:months',
      'item:money:amount',
      'item:money:annualCost',
      'item:money:minimum',
      'item:money:onCallStipend',
      'item:money:oneTimePerBlock',
      'item:money:price',
      'item:money:recurringPerBlock',
      'item:rate:raise',
      'item:rate:rate',
      'renewal:money:renewal price',
      'tier:money:price',
      'tier:money:tiers[n].price',
    ]);
  });

  for (const scenario of scenarios) {
    it(`gives what changing the file and parsing it again gives, for every input of ${scenario.name}`, () => {
      for (const { input, address } of scenarioInputs(scenario)) {
        for (const value of valuesFor(input.kind, input.current)) {
          // The definition gets the value as a plain decimal string, whatever form it was given in.
          const expected = reparsedWithValue(scenario, input.path, input.kind === 'months' ? Number(value) : new Money(value).toFixed());
          const actual = withInput(scenario, address, new Money(value));
          assert.deepEqual(actual === undefined ? undefined : withoutDriverOrigins(actual), expected, `${scenario.name} ${input.path} = ${value}`);
        }
      }
    });
  }

  it('gives what parsing again gives for any amount, rate or term (property)', () => {
    const cases = scenarios.flatMap((scenario) => scenarioInputs(scenario).map((addressed) => ({ scenario, ...addressed })));
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.integer({ min: -5_000_000, max: 50_000_000 }), fc.integer({ min: 0, max: 6 }), ({ scenario, input, address }, units, scale) => {
        const value = input.kind === 'months' ? new Money(units % 1300) : new Money(units).dividedBy(new Money(10).pow(scale));
        const text = value.toFixed();
        const expected = reparsedWithValue(scenario, input.path, input.kind === 'months' ? value.toNumber() : text);
        const actual = withInput(scenario, address, value);
        assert.deepEqual(actual === undefined ? undefined : withoutDriverOrigins(actual), expected, `${scenario.name} ${input.path} = ${text}`);
      }),
      { numRuns: 300 },
    );
  });

  it('does not change the scenario it is given', () => {
    const [, managed] = scenarios;
    const before = structuredClone(managed?.definition);
    withInput(managed!, { on: 'item', index: 1, field: 'amount' }, new Money('1'));
    withInput(managed!, { on: 'commitment' }, new Money('12'));
    assert.deepEqual(managed?.definition, before);
    assert.equal(managed?.items[1]?.kind === 'recurring' && managed.items[1].amount.toFixed(), '40000');
  });

  it('throws on an address the scenario does not have (a programming error)', () => {
    const [selfHosted] = scenarios;
    assert.throws(() => withInput(selfHosted!, { on: 'commitment' }, new Money('12')), /has no commitment/);
    assert.throws(() => withInput(selfHosted!, { on: 'item', index: 7, field: 'amount' }, new Money('12')), /has no cost item 7/);
    assert.throws(() => withInput(selfHosted!, { on: 'item', index: 0, field: 'price' }, new Money('12')), /a recurring item has no price/);
  });
});

describe('withInput at the place of a range', () => {
  const range = { low: '100', high: '200', dist: 'uniform' };
  const everything = unwrap(
    parseScenario(
      {
        name: 'Everything',
        currency: 'USD',
        start: '2009-05',
        drivers: { customers: { value: { low: 40, high: 60 }, growth: { add: { low: -2, high: 6 }, every: 'month' } }, storage: { value: 5, growth: { rate: { low: '1%', high: '3%' }, every: 'month' } } },
        commitment: { months: 12, exitFee: { kind: 'share', rate: { low: '40%', high: '60%', dist: 'uniform' }, amount: range }, renewal: { kind: 'monthly', price: range } },
        costs: [
          { name: 'Setup', kind: 'one-time', amount: range },
          { name: 'Fee', kind: 'usage', driver: 'customers', tiers: [{ upTo: 10, price: range }, { price: range }], minimum: range },
          { name: 'Flat fee', kind: 'usage', driver: 'storage', price: range },
          { name: 'Servers', kind: 'step', driver: 'customers', blockSize: 40, oneTimePerBlock: range, recurringPerBlock: range },
          { name: 'Admin', kind: 'staff', annualCost: range, raise: { low: '1%', high: '5%', dist: 'uniform' }, onCallStipend: range },
          { name: 'Disks', kind: 'hardware', price: range, salvage: { low: '10', high: '20', dist: 'uniform' }, lifeMonths: 36 },
          { name: 'Hosting', kind: 'recurring', amount: range, every: 'month', escalation: { rate: { low: '2%', high: '4%' } } },
        ],
      },
      'everything.json',
    ),
  );

  it('finds an address for every range', () => {
    assert.equal(everything.ranges?.length, 20);
    assert.deepEqual(everything.ranges?.filter((r) => addressOfPath(everything, r.path) === undefined), []);
  });

  for (const scenario of [everything, ...scenarios.filter((s) => s.ranges !== undefined)]) {
    it(`gives what writing the number where the range was and parsing again gives, for every range of ${scenario.name}`, () => {
      for (const { path, kind } of scenario.ranges ?? []) {
        const values = kind === 'rate' ? ['0.02', '-0.5', '-1', '1.5'] : ['0', '150', '1000', '-1', '10.5'];
        for (const value of values) {
          const expected = reparsedWithValue(scenario, path, value);
          const actual = withInput(scenario, addressOfPath(scenario, path)!, new Money(value));
          assert.deepEqual(actual === undefined ? undefined : withoutDriverOrigins(actual), expected === undefined ? undefined : withoutDriverOrigins(expected), `${scenario.name} ${path} = ${value}`);
        }
      }
    });
  }
});
