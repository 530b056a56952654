/**
 * Laws of the CSV exports, for random scenarios: what a spreadsheet sums is exactly what
 * compare prints, and no text cell can start a formula.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { unsafeTextProblem } from '../../lib/issues/unsafeText.js';
import { Money, type Decimal } from '../../lib/money/decimal.js';
import { compare } from '../../lib/report/compare.js';
import { schedule } from '../../lib/report/scheduleReport.js';
import { csvSafeText } from '../../lib/csv/csvSafeText.js';
import { renderComparisonCsv } from '../../lib/render/renderComparisonCsv.js';
import { renderScheduleCsv } from '../../lib/render/renderScheduleCsv.js';
import type { Scenario } from '../../lib/scenario/scenario.js';
import { scenarioOf } from './fixtures.js';

// Each run compares and schedules up to 3 scenarios over up to 48 months: 100 runs take a second or two.
const NUM_RUNS = 100;
const FORMULA_START = /^\s*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+\.\d{2}$/;

const month = (offset: number) => {
  const index = 2009 * 12 + 4 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};
const amount = fc.integer({ min: 0, max: 10_000_000 }).map((cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
const period = fc.constantFrom('month', 'quarter', 'year');
/** Text that may start a formula, hold CSV syntax or line breaks, or be any other string. */
const csvSpecial = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '＝', "'", '"', ',', ';', ' ');
const text = fc.tuple(
  fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', '＝', "'", '"', ',', ' =', '  -'),
  // Any character a scenario file may hold: no control characters but tabs and line breaks.
  fc.string({ unit: fc.oneof(csvSpecial, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((character) => unsafeTextProblem(character) === undefined)), maxLength: 6 }),
);

const oneTime = fc.record({ amount, offset: fc.integer({ min: 0, max: 30 }) }).map(({ amount, offset }) => (start: number) => ({
  kind: 'one-time',
  amount,
  month: month(start + offset),
}));
const recurring = fc
  .record({
    amount,
    every: period,
    billing: fc.constantFrom('upfront', 'monthly'),
    offset: fc.integer({ min: 0, max: 24 }),
    months: fc.option(fc.integer({ min: 1, max: 48 }), { nil: undefined }),
    escalation: fc.option(fc.record({ rate: fc.integer({ min: 0, max: 2500 }).map((basisPoints) => `${basisPoints / 100}%`), every: period }), { nil: undefined }),
  })
  .map(({ offset, months, escalation, ...item }) => (start: number) => ({
    kind: 'recurring',
    ...item,
    from: month(start + offset),
    ...(months === undefined ? {} : { months }),
    ...(escalation === undefined ? {} : { escalation }),
  }));
const item = fc.tuple(fc.oneof(oneTime, recurring), text, fc.constantFrom('hosting', 'staff', '=SUM(A1)', '-x', '@y', 'a,b'));

/** Scenarios with unique names (the index ends each name) and items named uniquely within each. */
const scenarios = fc
  .array(
    fc.record({
      name: text,
      start: fc.integer({ min: 0, max: 12 }),
      commitment: fc.option(fc.integer({ min: 1, max: 36 }), { nil: undefined }),
      items: fc.array(item, { maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((list): Scenario[] =>
    list.map(({ name: [prefix, body], start, commitment, items }, index) =>
      scenarioOf({
        name: `${prefix}${body}${index}`,
        currency: 'USD',
        start: month(start),
        ...(commitment === undefined ? {} : { commitment: { months: commitment } }),
        costs: items.map(([costAt, [itemPrefix, itemBody], category], itemIndex) => ({
          ...costAt(start),
          name: `${itemPrefix}${itemBody}${itemIndex}`,
          category,
        })),
      }),
    ),
  );
const analysis = fc.record({ scenarios, months: fc.integer({ min: 1, max: 48 }), discountRate: fc.option(fc.constantFrom('0', '8%', '0.035'), { nil: undefined }) });

const records = (csv: string) => parse(csv) as string[][];
const exactSum = (amounts: readonly string[]) => amounts.reduce<Decimal>((total, value) => total.plus(new Money(value)), new Money(0));

/** A text cell read back: the original text, with an apostrophe only where it would start a formula. */
function assertSafeTextCell(cell: string | undefined, original: string): void {
  assert.equal(cell, csvSafeText(original));
  assert.ok(!FORMULA_START.test(cell), `text cell starts a formula: ${JSON.stringify(cell)}`);
}

describe('CSV exports of random scenarios', () => {
  it('long schedule: per scenario, the amounts sum exactly to the total compare prints', () => {
    fc.assert(
      fc.property(analysis, ({ scenarios, months }) => {
        const totals = compare(scenarios, { months }).scenarios.map((s) => s.total);
        const rows = records(renderScheduleCsv(schedule(scenarios, { months }), { layout: 'long' })).slice(1);
        scenarios.forEach((scenario, index) => {
          const amounts = rows.filter((row) => row[1] === csvSafeText(scenario.name)).map((row) => row[4] as string);
          for (const value of amounts) assert.match(value, PLAIN_NUMBER);
          assert.equal(exactSum(amounts).toFixed(2), totals[index]);
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('wide schedule: each scenario column sums exactly to the total compare prints', () => {
    fc.assert(
      fc.property(analysis, ({ scenarios, months }) => {
        const totals = compare(scenarios, { months }).scenarios.map((s) => s.total);
        const [header, ...rows] = records(renderScheduleCsv(schedule(scenarios, { months }), { layout: 'wide' }));
        assert.equal(rows.length, months);
        scenarios.forEach((scenario, index) => {
          assert.equal(header?.[index + 1], csvSafeText(scenario.name));
          assert.equal(exactSum(rows.map((row) => row[index + 1] as string)).toFixed(2), totals[index]);
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('no text cell of any CSV starts a formula unless prefixed by an apostrophe, and numbers are never prefixed', () => {
    fc.assert(
      fc.property(analysis, ({ scenarios, months, discountRate }) => {
        const ledger = schedule(scenarios, { months });
        const longRows = records(renderScheduleCsv(ledger, { layout: 'long' })).slice(1);
        assert.equal(longRows.length, ledger.entries.length);
        longRows.forEach((row, index) => {
          const entry = ledger.entries[index];
          if (entry === undefined) throw new Error('more rows than entries');
          assert.equal(row[0], entry.month);
          assertSafeTextCell(row[1], entry.scenario);
          assertSafeTextCell(row[2], entry.item);
          assertSafeTextCell(row[3], entry.category);
          assert.equal(row[4], entry.amount);
        });

        const [wideHeader = []] = records(renderScheduleCsv(ledger, { layout: 'wide' }));
        scenarios.forEach((scenario, index) => assertSafeTextCell(wideHeader[index + 1], scenario.name));

        const comparison = compare(scenarios, discountRate === undefined ? { months } : { months, discountRate });
        const comparisonRows = records(renderComparisonCsv(comparison)).slice(1);
        comparisonRows.forEach((row, index) => {
          const result = comparison.scenarios[index];
          if (result === undefined) throw new Error('more rows than scenarios');
          assertSafeTextCell(row[0], result.name);
          const numbers = row.slice(1, -2).concat(row.slice(-1).filter((cell) => cell !== ''));
          for (const cell of numbers) assert.match(cell, PLAIN_NUMBER);
          assert.equal(row.at(-3), result.difference);
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
