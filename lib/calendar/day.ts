import { parseMonth, type Month } from './month.js';

/**
 * Whether a text is a calendar day written `YYYY-MM-DD` that exists (2010-02-30 does not).
 *
 * @example
 * [isDay('2009-05-04'), isDay('2010-02-30'), isDay('2009-5-4')]; // [true, false, false]
 */
export function isDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Set apart from the month and day: Date.UTC would read the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The month a text names: `YYYY-MM`, or the month of a day `YYYY-MM-DD` that exists (what a
 * spreadsheet makes of a month). Undefined for anything else.
 *
 * @example
 * [parseMonthOrDay('2009-05'), parseMonthOrDay('2012-02-29')].map((month) => formatMonth(month!)); // ['2009-05', '2012-02']
 * [parseMonthOrDay('2010-02-29'), parseMonthOrDay('May 2009')]; // [undefined, undefined]
 */
export function parseMonthOrDay(text: string): Month | undefined {
  return parseMonth(text) ?? (isDay(text) ? parseMonth(text.slice(0, 7)) : undefined);
}
