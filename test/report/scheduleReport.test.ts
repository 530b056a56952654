import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { InputError } from '../../lib/issues/issue.js';
import { Money, type Decimal } from '../../lib/money/decimal.js';
import { compare } from '../../lib/report/compare.js';
import { schedule, trySchedule } from '../../lib/report/scheduleReport.js';
import type { CostItemFile, ScenarioFile } from '../../lib/scenario/scenarioFile.js';
import { foundingScenarios, scenarioOf, times } from '../support/fixtures.js';

const { selfHosted, managed } = foundingScenarios();

describe('schedule', () => {
  it('lists one entry per payment, month by month, then scenario by scenario, then item by item', () => {
    const ledger = schedule([selfHosted, managed], { months: 2 });
    assert.deepEqual(ledger.entries, [
      { month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', category: 'hosting', amount: '4000.00' },
      { month: '2009-05', scenario: 'Managed provider', item: 'Migration and setup', category: 'migration', amount: '45000.00' },
      { month: '2009-05', scenario: 'Managed provider', item: 'Managed hosting', category: 'hosting', amount: '40000.00' },
      { month: '2009-06', scenario: 'Self-hosted', item: 'Self-hosting', category: 'hosting', amount: '4000.00' },
      { month: '2009-06', scenario: 'Managed provider', item: 'Managed hosting', category: 'hosting', amount: '40000.00' },
    ]);
  });

  it('lists a payment that rounds to 0.00 as one, unlike a month with nothing due', () => {
    // 0.05 a year billed monthly: 5 cents over 12 months is 0.01 × 5 then 0.00 × 7
    const tiny = scenarioOf({ name: 'Tiny', currency: 'USD', start: '2009-05', costs: [{ name: 'Fee', kind: 'recurring', amount: '0.05', every: 'year', billing: 'monthly', months: 12 }] });
    const ledger = schedule([tiny], { months: 14 });
    assert.deepEqual(
      ledger.entries.map(({ month, amount }) => [month, amount]),
      [...times(5, '0.01'), ...times(7, '0.00')].map((amount, m) => [`${m < 8 ? '2009' : '2010'}-${String(((4 + m) % 12) + 1).padStart(2, '0')}`, amount]),
    );
  });

  it('gives the totals and monthly costs of the founding example over 36 months', () => {
    const ledger = schedule([selfHosted, managed]);
    assert.equal(ledger.version, 1);
    assert.equal(ledger.kind, 'schedule');
    assert.deepEqual(ledger.settings, { from: '2009-05', to: '2012-04', months: 36, currency: 'USD', minorDigits: 2 });
    assert.equal(ledger.months.length, 36);
    assert.deepEqual(ledger.scenarios.map((s) => [s.name, s.total]), [['Self-hosted', '144000.00'], ['Managed provider', '1485000.00']]);
    // 36 self-hosted payments, 36 hosting payments and the setup fee
    assert.equal(ledger.entries.length, 73);
  });

  it('writes 0.00 for months with nothing due and leaves them out of the entries', () => {
    const quarterly = scenarioOf({ name: 'Q', currency: 'USD', start: '2009-05', costs: [{ name: 'Fee', kind: 'recurring', amount: '300', every: 'quarter' }] });
    const ledger = schedule([quarterly], { months: 4 });
    assert.deepEqual(ledger.scenarios[0]?.monthly, ['300.00', '0.00', '0.00', '300.00']);
    assert.deepEqual(ledger.entries.map((e) => e.month), ['2009-05', '2009-08']);
  });

  it('writes amounts with the currency\'s digits: none for JPY', () => {
    const yen = scenarioOf({ name: 'Yen', currency: 'JPY', start: '2009-05', costs: [{ name: 'Fee', kind: 'recurring', amount: '100000', every: 'year', billing: 'monthly' }] });
    const ledger = schedule([yen], { months: 12 });
    // 100,000 / 12 = 8,333 rest 4
    assert.deepEqual(ledger.scenarios[0]?.monthly, [...times(4, '8334'), ...times(8, '8333')]);
    assert.equal(ledger.scenarios[0]?.total, '100000');
  });

  it('is plain JSON', () => {
    const ledger = schedule([selfHosted, managed], { months: 3 });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(ledger)), ledger);
  });

  it('throws an InputError on bad options, and trySchedule returns the problems', () => {
    assert.throws(() => schedule([selfHosted], { months: 1201 }), InputError);
    const outcome = trySchedule([selfHosted], { from: '2009-5' });
    assert.ok(!outcome.ok);
    assert.deepEqual(outcome.issues.map((issue) => issue.code), ['invalid-option']);
  });
});

// ---------------------------------------------------------------------------------------------
// The promise of rule 3: the ledger a spreadsheet imports sums exactly to the totals printed.

const monthText = fc.tuple(fc.integer({ min: 2008, max: 2012 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
/** Amounts with up to 4 decimals, so entries really get rounded. */
const amountText = fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 })).map(([units, scale]) => new Money(units).dividedBy(new Money(10).pow(scale)).toFixed(scale));
const rateText = fc.oneof(fc.integer({ min: -50, max: 200 }).map((n) => `${n / 10}%`), fc.integer({ min: -500, max: 2000 }).map((n) => n / 10000));

/** Months after the scenario start, as YYYY-MM. */
function afterStart(start: string, offset: number): string {
  const [year, month] = start.split('-').map(Number) as [number, number];
  const index = year * 12 + month - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const itemShape = fc.oneof(
  fc.record({ kind: fc.constant('one-time' as const), amount: amountText, offset: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }) }),
  fc.record({
    kind: fc.constant('recurring' as const),
    amount: amountText,
    every: fc.constantFrom('month' as const, 'quarter' as const, 'year' as const),
    billing: fc.option(fc.constantFrom('upfront' as const, 'monthly' as const), { nil: undefined }),
    offset: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    months: fc.option(fc.integer({ min: 1, max: 80 }), { nil: undefined }),
    escalation: fc.option(fc.record({ rate: rateText, every: fc.constantFrom('month' as const, 'quarter' as const, 'year' as const) }), { nil: undefined }),
    category: fc.constantFrom('hosting', 'staff', 'other'),
  }),
);

const scenarioShape = fc.record({
  start: monthText,
  commitment: fc.option(fc.integer({ min: 1, max: 48 }), { nil: undefined }),
  items: fc.array(itemShape, { maxLength: 5 }),
});

function scenarioFile(index: number, currency: string, shape: typeof scenarioShape extends fc.Arbitrary<infer T> ? T : never): ScenarioFile {
  const costs = shape.items.map((item, i): CostItemFile => {
    const name = `Item ${i + 1}`;
    if (item.kind === 'one-time') {
      return { name, kind: 'one-time', amount: item.amount, ...(item.offset === undefined ? {} : { month: afterStart(shape.start, item.offset) }) };
    }
    return {
      name,
      kind: 'recurring',
      amount: item.amount,
      every: item.every,
      category: item.category,
      ...(item.billing === undefined ? {} : { billing: item.billing }),
      ...(item.offset === undefined ? {} : { from: afterStart(shape.start, item.offset) }),
      ...(item.months === undefined ? {} : { months: item.months }),
      ...(item.escalation === undefined ? {} : { escalation: item.escalation }),
    };
  });
  return {
    name: `Scenario ${index + 1}`,
    currency,
    start: shape.start,
    ...(shape.commitment === undefined ? {} : { commitment: { months: shape.commitment } }),
    costs,
  };
}

function sum(values: readonly string[]): Decimal {
  return values.reduce<Decimal>((total, value) => total.plus(value), new Money(0));
}

describe('schedule and compare, for random scenarios', () => {
  it('agree exactly: the entries of each scenario sum to its total, and so do its years, months, categories and items', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('USD', 'JPY', 'KWD'),
        fc.array(scenarioShape, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 120 }),
        fc.option(monthText, { nil: undefined }),
        (currency, shapes, months, from) => {
          const scenarios = shapes.map((shape, i) => scenarioOf(scenarioFile(i, currency, shape)));
          const options = { months, ...(from === undefined ? {} : { from }) };
          const comparison = compare(scenarios, options);
          const ledger = schedule(scenarios, options);
          assert.equal(ledger.scenarios.length, comparison.scenarios.length);
          for (const result of comparison.scenarios) {
            const total = new Money(result.total);
            const entries = ledger.entries.filter((entry) => entry.scenario === result.name).map((entry) => entry.amount);
            assert.ok(sum(entries).equals(total), `${result.name}: entries ${sum(entries).toString()} ≠ total ${result.total}`);
            assert.equal(ledger.scenarios.find((s) => s.name === result.name)?.total, result.total);
            assert.ok(sum(result.years).equals(total), 'years');
            assert.ok(sum(result.monthly).equals(total), 'months');
            assert.equal(result.cumulative.at(-1), result.total);
            assert.ok(sum(result.categories.map((c) => c.total)).equals(total), 'categories');
            assert.ok(sum(result.items.map((i) => i.total)).equals(total), 'items');
            assert.equal(result.years.length, Math.ceil(months / 12));
            for (const amount of [...entries, ...result.monthly]) {
              assert.ok(new Money(amount).decimalPlaces() <= comparison.settings.minorDigits, amount);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
