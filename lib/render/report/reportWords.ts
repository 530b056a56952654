/**
 * The words and number formats every section of the revisit report shares: a horizon and a
 * month in words, a list of names, and a fraction of the report shown as a percentage, in
 * percentage points or as a multiplier. They format fields; none of them derives a figure.
 */
import { monthName, parseMonth } from '../../calendar/month.js';
import { Money } from '../../money/decimal.js';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "three", "eleven" as "11": small counts read better as words. */
export function countWords(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** "three years", "18 months"; "Three years" with `capital`. */
export function horizonWords(months: number, options: { readonly capital?: boolean } = {}): string {
  const words = months % 12 === 0 ? `${countWords(months / 12)} year${months === 12 ? '' : 's'}` : `${months} month${months === 1 ? '' : 's'}`;
  return options.capital === true ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}

/** A month of the report, `YYYY-MM`, for people: "May 2010". */
export function monthWords(month: string): string {
  const parsed = parseMonth(month);
  if (parsed === undefined) throw new Error(`the report holds "${month}" where a month YYYY-MM belongs`);
  return monthName(parsed);
}

/** "May 2009 to April 2011". */
export function spanWords(from: string, to: string): string {
  return `${monthWords(from)} to ${monthWords(to)}`;
}

/** "A or B", "A, B or C". */
export function orList(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' or ');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/**
 * A relative change for people: `×10.3` for a rise to twice or more (the factor, to one
 * place), otherwise a signed percentage with a true minus sign (`−93%`, `+25%`, `−0.4%`).
 *
 * @example
 * [changeText({ change: '-0.93125', factor: '0.06875' }), changeText({ change: '9.3125', factor: '10.3125' }), changeText({ change: '0.25', factor: '1.25' }), changeText({ change: '-0.004', factor: '0.996' })];
 * // ['−93%', '×10.3', '+25%', '−0.4%']
 */
export function changeText(relative: { readonly change: string; readonly factor: string }): string {
  const value = new Money(relative.change);
  if (value.greaterThanOrEqualTo(1)) return `×${new Money(relative.factor).toDecimalPlaces(1).toFixed(1)}`;
  const percent = value.times(100);
  const places = percent.abs().greaterThanOrEqualTo(1) ? 0 : percent.abs().greaterThanOrEqualTo(0.1) ? 1 : 2;
  const text = percent.abs().toDecimalPlaces(places).toFixed(places);
  return `${percent.isNegative() ? '−' : '+'}${text}%`;
}

/** A difference of two rates (fractions) in percentage points: `+0.45 points`. */
export function pointsText(difference: string): string {
  const points = new Money(difference).times(100);
  return `${points.isNegative() ? '−' : '+'}${points.abs().toDecimalPlaces(2).toFixed()} points`;
}

/** A rate (a fraction) as a percentage, to four places at most: `8%`, `3.25%`. */
export function percentText(fraction: string): string {
  return `${new Money(fraction).times(100).toDecimalPlaces(4).toFixed()}%`;
}

/**
 * A probability (a fraction) as a share of trials, to one place: `89.7%`, `100%`, `0%`.
 *
 * @example
 * [shareText('0.8965'), shareText('1.0000'), shareText('0.0004')]; // ['89.7%', '100%', '0%']
 */
export function shareText(fraction: string): string {
  return `${new Money(fraction).times(100).toDecimalPlaces(1).toFixed(1).replace(/\.0$/, '')}%`;
}
