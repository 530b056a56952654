import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Issue, Result } from '../../lib/issues/issue.js';
import { normalizeScenario } from '../../lib/scenario/normalizeScenario.js';
import type { CostItem, OneTimeItem, RecurringItem, Scenario } from '../../lib/scenario/scenario.js';
import type { ScenarioFile } from '../../lib/scenario/scenarioFile.js';
import { month } from '../support/fixtures.js';

const base = { name: 'Option', currency: 'USD', start: '2009-05' } as const;

function normalized(file: ScenarioFile): Scenario {
  const result = normalizeScenario(file);
  if (!result.ok) assert.fail(JSON.stringify(result.issues));
  return result.value;
}

function issuesOf(result: Result<Scenario>): readonly Issue[] {
  if (result.ok) assert.fail('expected problems, the scenario was accepted');
  return result.issues;
}

function oneTimeItem(item: CostItem | undefined): OneTimeItem {
  assert.equal(item?.kind, 'one-time');
  return item as OneTimeItem;
}

function recurringItem(item: CostItem | undefined): RecurringItem {
  assert.equal(item?.kind, 'recurring');
  return item as RecurringItem;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('normalizeScenario', () => {
  it('applies the defaults: category "other", month = start for one-time items', () => {
    const scenario = normalized({ ...base, costs: [{ name: 'Setup', kind: 'one-time', amount: '45000' }] });
    const setup = oneTimeItem(scenario.items[0]);
    assert.equal(setup.category, 'other');
    assert.equal(setup.month, month('2009-05'));
    assert.equal(setup.amount.toFixed(2), '45000.00');
    assert.equal('source' in setup, false);
    assert.equal('note' in setup, false);
  });

  it('applies the defaults for recurring items: billing upfront, from = start, open-ended, no escalation', () => {
    const scenario = normalized({ ...base, costs: [{ name: 'Hosting', kind: 'recurring', amount: '12000', every: 'year' }] });
    const hosting = recurringItem(scenario.items[0]);
    assert.equal(hosting.billing, 'upfront');
    assert.equal(hosting.from, month('2009-05'));
    assert.equal(hosting.months, undefined);
    assert.equal(hosting.escalation, undefined);
    assert.equal(hosting.category, 'other');
    assert.equal(hosting.periodMonths, 12);
  });

  it('turns the periods into months: month 1, quarter 3, year 12', () => {
    const scenario = normalized({
      ...base,
      costs: [
        { name: 'a', kind: 'recurring', amount: 1, every: 'month' },
        { name: 'b', kind: 'recurring', amount: 1, every: 'quarter' },
        { name: 'c', kind: 'recurring', amount: 1, every: 'year' },
      ],
    });
    assert.deepEqual(scenario.items.map((item) => recurringItem(item).periodMonths), [1, 3, 12]);
  });

  it('keeps what is given: category, billing, from, months, source, note', () => {
    const scenario = normalized({
      ...base,
      costs: [
        { name: 'Setup', kind: 'one-time', amount: '45000', month: '2009-07', category: 'migration', source: 'quote', note: 'n' },
        { name: 'Hosting', kind: 'recurring', amount: '48000', every: 'year', billing: 'monthly', from: '2010-01', months: 18, category: 'hosting' },
      ],
    });
    const setup = oneTimeItem(scenario.items[0]);
    assert.equal(setup.month, month('2009-07'));
    assert.equal(setup.category, 'migration');
    assert.equal(setup.source, 'quote');
    assert.equal(setup.note, 'n');
    const hosting = recurringItem(scenario.items[1]);
    assert.equal(hosting.billing, 'monthly');
    assert.equal(hosting.from, month('2010-01'));
    assert.equal(hosting.months, 18);
    assert.equal(hosting.category, 'hosting');
  });

  it('reads escalation rates given as percent strings or fractions, stepping yearly by default', () => {
    const scenario = normalized({
      ...base,
      costs: [
        { name: 'a', kind: 'recurring', amount: 1, every: 'month', escalation: { rate: '3%' } },
        { name: 'b', kind: 'recurring', amount: 1, every: 'month', escalation: { rate: 0.035, every: 'quarter' } },
        { name: 'c', kind: 'recurring', amount: 1, every: 'month', escalation: { rate: '-2%', every: 'month' } },
      ],
    });
    const rates = scenario.items.map((item) => recurringItem(item).escalation);
    assert.deepEqual(rates.map((e) => [e?.rate.toString(), e?.everyMonths]), [['0.03', 12], ['0.035', 3], ['-0.02', 1]]);
  });

  it('rejects an escalation rate of -100% or below', () => {
    const issues = issuesOf(normalizeScenario({ ...base, costs: [{ name: 'a', kind: 'recurring', amount: 1, every: 'month', escalation: { rate: '-100%' } }] }));
    assert.deepEqual(issues, [{ code: 'invalid-value', path: '/costs/0/escalation/rate', message: 'expected a rate above -100%, found "-100%"' }]);
  });

  it('accepts numbers for amounts and reads them exactly', () => {
    const scenario = normalized({
      ...base,
      costs: [
        { name: 'a', kind: 'one-time', amount: 45000 },
        { name: 'b', kind: 'one-time', amount: 0.1 },
        { name: 'c', kind: 'recurring', amount: 40000.5, every: 'month' },
      ],
    });
    assert.deepEqual(scenario.items.map((item) => ('amount' in item ? item.amount.toString() : item.kind)), ['45000', '0.1', '40000.5']);
  });

  it('reads amount strings with surrounding whitespace', () => {
    const scenario = normalized({ ...base, costs: [{ name: 'a', kind: 'one-time', amount: ' 45000.00 ' }] });
    assert.equal((scenario.items[0] as OneTimeItem | undefined)?.amount.toFixed(2), '45000.00');
  });

  it('takes the minor unit from the currency: 2 for USD, 0 for JPY, 3 for KWD', () => {
    assert.equal(normalized({ ...base, costs: [] }).minorDigits, 2);
    assert.equal(normalized({ ...base, currency: 'JPY', costs: [] }).minorDigits, 0);
    assert.equal(normalized({ ...base, currency: 'KWD', costs: [] }).minorDigits, 3);
  });

  it('reads start as a month and keeps name, description, commitment, origin and the file as written', () => {
    const file: ScenarioFile = { ...base, description: 'd', commitment: { months: 24 }, costs: [] };
    const result = normalizeScenario(file, 'scenarios/option.json');
    assert.ok(result.ok);
    assert.equal(result.value.start, month('2009-05'));
    assert.equal(result.value.name, 'Option');
    assert.equal(result.value.description, 'd');
    assert.deepEqual(result.value.commitment, { months: 24 });
    assert.equal(result.value.origin, 'scenarios/option.json');
    assert.equal(result.value.definition, file);
  });

  it('rejects a currency that has the right shape but is not ISO 4217 ("XYZ")', () => {
    const issues = issuesOf(normalizeScenario({ ...base, currency: 'XYZ', costs: [] }, 'x.json'));
    assert.deepEqual(issues, [
      { code: 'unknown-currency', file: 'x.json', path: '/currency', message: 'expected an ISO 4217 currency code, found "XYZ", which is not a currency this platform knows' },
    ]);
  });

  it('rejects two cost items with the same name, pointing at the second', () => {
    const issues = issuesOf(
      normalizeScenario({
        ...base,
        costs: [
          { name: 'Hosting', kind: 'recurring', amount: 1, every: 'month' },
          { name: 'Setup', kind: 'one-time', amount: 1 },
          { name: 'Hosting', kind: 'one-time', amount: 2 },
        ],
      }),
    );
    assert.deepEqual(issues, [
      {
        code: 'duplicate-item',
        path: '/costs/2/name',
        message: 'another cost item (/costs/0) is already named "Hosting"; item names must be unique within a scenario',
      },
    ]);
  });

  it('rejects a FOCUS mapping rule that names no cost item, with a did-you-mean', () => {
    const issues = issuesOf(
      normalizeScenario({
        ...base,
        actuals: { map: [{ item: 'Hosting', serviceCategory: 'Compute' }, { item: 'Hostnig', serviceName: 'Rack' }] },
        costs: [{ name: 'Hosting', kind: 'recurring', amount: 1, every: 'month' }],
      }),
    );
    assert.deepEqual(issues, [
      { code: 'unknown-item', path: '/actuals/map/1/item', message: 'no cost item is named "Hostnig" (did you mean "Hosting"?); the items are "Hosting"' },
    ]);
  });

  it('rejects payments before the scenario starts, for one-time months and recurring from', () => {
    const issues = issuesOf(
      normalizeScenario({
        ...base,
        costs: [
          { name: 'Setup', kind: 'one-time', amount: 1, month: '2009-04' },
          { name: 'Hosting', kind: 'recurring', amount: 1, every: 'month', from: '2008-12' },
          { name: 'Fine', kind: 'one-time', amount: 1, month: '2009-05' },
        ],
      }),
    );
    assert.deepEqual(issues, [
      { code: 'before-start', path: '/costs/0/month', message: "2009-04 is before the scenario's start 2009-05; a scenario costs nothing before its start" },
      { code: 'before-start', path: '/costs/1/from', message: "2008-12 is before the scenario's start 2009-05; a scenario costs nothing before its start" },
    ]);
  });

  it('reports every problem at once', () => {
    const issues = issuesOf(
      normalizeScenario({
        ...base,
        currency: 'XYZ',
        costs: [
          { name: 'a', kind: 'one-time', amount: 1, month: '2009-01' },
          { name: 'a', kind: 'recurring', amount: 1, every: 'month', escalation: { rate: '-150%' } },
        ],
      }),
    );
    assert.deepEqual(issues.map((issue) => `${issue.path} ${issue.code}`), [
      '/currency unknown-currency',
      '/costs/0/month before-start',
      '/costs/1/name duplicate-item',
      '/costs/1/escalation/rate invalid-value',
    ]);
  });

  it('does not mutate its input', () => {
    const file = deepFreeze({
      ...base,
      commitment: { months: 24 },
      costs: [
        { name: 'Setup', kind: 'one-time', amount: '45000' },
        { name: 'Hosting', kind: 'recurring', amount: 40000, every: 'month', escalation: { rate: '3%' } },
      ],
    } satisfies ScenarioFile);
    const before = structuredClone(file);
    assert.ok(normalizeScenario(file).ok); // frozen: any write would throw in strict mode
    assert.deepEqual(file, before);
  });
});
