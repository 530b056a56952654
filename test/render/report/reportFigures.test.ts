/**
 * Every figure the revisit report prints is a field of its JSON: a program reading the JSON
 * gets exactly what people read. Each amount, percentage, percentage-point change and
 * multiplier in the Markdown must be found among the decimals of the JSON:
 *
 *   amount `1,341,000.00`, `+3,710.50`, `(1,234.56)` ─▶ a JSON decimal equal to it (sign aside:
 *     the words say "more", "less", "saves", "costs")
 *   percentage `−93%`, `7.7%`; `+0.45 points` ─▶ a JSON fraction that is it when shown
 *     (× 100, rounded to the places printed)
 *   multiplier `×10.3` ─▶ a JSON decimal that is it when rounded to the places printed
 *
 * Text people wrote (a source, a note, the decision) is copied into the JSON as it is: a figure
 * found inside a string of the JSON is present too. Counts, month numbers and dates are not
 * figures of money and are not checked.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Money } from '../../../lib/money/decimal.js';
import type { Decimal } from '../../../lib/money/decimal.js';
import { projectRoot } from '../../support/fixtures.js';

type Figure = { readonly text: string; readonly kind: 'amount' | 'percent' | 'multiplier'; readonly value: Decimal; readonly places: number };

/** The figures printed in a Markdown report. */
export function printedFigures(markdown: string): Figure[] {
  const figures: Figure[] = [];
  const number = (text: string) => new Money(text.replaceAll(',', ''));
  const places = (text: string) => (text.includes('.') ? (text.split('.')[1] as string).length : 0);
  const found = (pattern: RegExp, kind: Figure['kind'], text: string) => {
    for (const [whole, digits] of text.matchAll(pattern)) figures.push({ text: whole, kind, value: number(digits as string), places: places(digits as string) });
    return text.replace(pattern, ' ');
  };
  let rest = found(/×(\d+(?:\.\d+)?)/g, 'multiplier', markdown);
  rest = found(/(\d+(?:\.\d+)?)(?:%| points| percentage points)/g, 'percent', rest);
  found(/(?<![\d.,-])(\d{1,3}(?:,\d{3})*\.\d{2,})(?![\d])/g, 'amount', rest);
  return figures;
}

/** Every decimal in a JSON document: decimal strings and numbers, as absolute values. */
export function jsonDecimals(json: unknown): Decimal[] {
  const found: Decimal[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'number') found.push(new Money(value).abs());
    else if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) found.push(new Money(value).abs());
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(json);
  return found;
}

function presentIn(figure: Figure, decimals: readonly Decimal[]): boolean {
  switch (figure.kind) {
    case 'amount':
      return decimals.some((d) => d.equals(figure.value));
    case 'percent':
      return decimals.some((d) => d.times(100).toDecimalPlaces(figure.places).equals(figure.value));
    case 'multiplier':
      return decimals.some((d) => d.toDecimalPlaces(figure.places).equals(figure.value));
  }
}

/** Every string of a JSON document that is not a decimal: names, sources, notes, the decision. */
function jsonTexts(json: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && !/^-?\d+(\.\d+)?$/.test(value)) found.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(json);
  return found;
}

/** The figures of the Markdown that the JSON lacks. */
function missingFigures(markdown: string, json: unknown): string[] {
  const decimals = jsonDecimals(json);
  const texts = jsonTexts(json);
  return printedFigures(markdown)
    .filter((figure) => !presentIn(figure, decimals) && !texts.some((text) => text.includes(figure.text)))
    .map((figure) => figure.text);
}

describe('figures of the revisit report', () => {
  it('finds the kinds of figure it checks', () => {
    const figures = printedFigures('costs 1,341,000.00 more (−93%) or ×10.3; +0.45 points; 4,310.50 a month (4.5%) in 2009-05, month 12, 36 months');
    assert.deepEqual(
      figures.map((f) => [f.kind, f.text]),
      [
        ['multiplier', '×10.3'],
        ['percent', '93%'],
        ['percent', '0.45 points'],
        ['percent', '4.5%'],
        ['amount', '1,341,000.00'],
        ['amount', '4,310.50'],
      ],
    );
  });

  it('knows a figure missing from the JSON', () => {
    assert.deepEqual(missingFigures('costs 1,341,000.00 more (−93%), ×10.3', { total: '1341000.00', change: '-0.93125' }), ['×10.3']);
  });

  for (const name of ['founding', '2010-05', 'growth', 'terms', 'uncertain']) {
    it(`prints no figure that its JSON lacks: ${name} (test/golden/report.${name}.md against .json)`, () => {
      const markdown = readFileSync(`${projectRoot}test/golden/report.${name}.md`, 'utf8');
      const json = JSON.parse(readFileSync(`${projectRoot}test/golden/report.${name}.json`, 'utf8')) as unknown;
      assert.ok(printedFigures(markdown).length > 30, 'the report prints its figures');
      assert.deepEqual(missingFigures(markdown, json), []);
    });
  }
});
