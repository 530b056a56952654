/**
 * A calendar month as a whole number of months since year 0 (`year * 12 + monthIndex`),
 * so month arithmetic is integer arithmetic. Written `YYYY-MM` for people and files.
 *
 * @example
 * const may2009: Month = parseMonth('2009-05')!;
 * may2009; // 2009 * 12 + 4
 * formatMonth(may2009 + 24); // '2011-05'
 */
export type Month = number;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Reads `YYYY-MM`. Returns `undefined` for anything else (`2009-5`, `2009-13`, `May 2009`).
 *
 * @example
 * formatMonth(parseMonth('2009-05')!); // '2009-05'
 * parseMonth('2009-13'); // undefined
 */
export function parseMonth(text: unknown): Month | undefined {
  if (typeof text !== 'string') return undefined;
  const match = MONTH_PATTERN.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/**
 * Writes a month as `YYYY-MM`.
 *
 * @example
 * formatMonth(addMonths(parseMonth('2009-05')!, 12)); // '2010-05'
 */
export function formatMonth(month: Month): string {
  const year = Math.floor(month / 12);
  const monthOfYear = month - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(monthOfYear).padStart(2, '0')}`;
}

/**
 * The month `count` months after `month` (before, for a negative count).
 *
 * @example
 * formatMonth(addMonths(parseMonth('2009-11')!, 3)); // '2010-02'
 */
export function addMonths(month: Month, count: number): Month {
  return month + count;
}

/**
 * Writes a month for people: `May 2010`.
 *
 * @example
 * monthName(parseMonth('2010-05')!); // 'May 2010'
 */
export function monthName(month: Month): string {
  const year = Math.floor(month / 12);
  return `${MONTH_NAMES[month - year * 12]} ${year}`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
