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
 * The first month costmodel models, January of the year 1: there is no year 0 in the
 * calendar people use, and the date libraries the charts rely on fail on it.
 *
 * @example
 * formatMonth(FIRST_MONTH); // '0001-01'
 */
export const FIRST_MONTH: Month = 12;

/**
 * The last month costmodel models, December 9999: the last one `YYYY-MM` can write, so any
 * month costmodel prints it can also read back.
 *
 * @example
 * formatMonth(LAST_MONTH); // '9999-12'
 */
export const LAST_MONTH: Month = 9999 * 12 + 11;

/**
 * What is wrong with a month outside {@link FIRST_MONTH} to {@link LAST_MONTH}, in words;
 * `undefined` for a month within them. A month costmodel cannot model is a problem with an
 * input, which the caller reports at the place that gives or reaches it.
 *
 * @example
 * outsideCalendar(parseMonth('0000-01')!); // '0000-01 is before 0001-01, the first month costmodel models'
 * outsideCalendar(parseMonth('9999-12')! + 3); // '10000-03 is after 9999-12, the last month costmodel models'
 * outsideCalendar(parseMonth('2009-05')!); // undefined
 */
export function outsideCalendar(month: Month): string | undefined {
  if (month < FIRST_MONTH) return `${formatMonth(month)} is before ${formatMonth(FIRST_MONTH)}, the first month costmodel models`;
  if (month > LAST_MONTH) return `${formatMonth(month)} is after ${formatMonth(LAST_MONTH)}, the last month costmodel models`;
  return undefined;
}

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
