import { addMonths, monthName, parseMonth, type Month } from '../../calendar/month.js';

/**
 * The ticks of a calendar-month axis: where they are and how they are labelled.
 *
 * @example
 * const ticks: MonthTicks = monthTicks(parseMonth('2009-05') as number, 120);
 * [ticks.every, ticks.step, ticks.values.length]; // ['year', 1, 10]
 */
export type MonthTicks = {
  /** `month`, `quarter` or `year`, with `step` years between yearly ticks. */
  readonly every: 'month' | 'quarter' | 'year';
  readonly step: number;
  /** The tick positions, as timestamps: a Vega DateTime cannot name the years 1 to 99, which Date.UTC reads as 1901 to 1999. */
  readonly values: number[];
  /** A Vega expression writing each tick's label. */
  readonly labelExpr: string;
};

/**
 * The day bars of a short horizon are centred on, so each sits over its month's label.
 *
 * @example
 * monthDate('2009-05', MID_MONTH_DAY); // '2009-05-16'
 */
export const MID_MONTH_DAY = 16;

/** Year steps for long horizons, so a 100-year axis has about ten ticks. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100] as const;
/** At most this many yearly ticks fit at 800 px. */
const MAX_YEAR_TICKS = 12;

/**
 * Chooses ticks for an axis of calendar months at 800 px wide: every month up to a year,
 * every calendar quarter up to four years, then every year or every few years. Labels name
 * the year only on the first tick and where it changes (`Jul 2009`, `Oct`, `Jan 2010`).
 * Monthly ticks sit on `day` (the 1st by default; mid-month under bars centred on their month).
 *
 * @example
 * monthTicks(parseMonth('2009-05')!, 36).every; // 'quarter'
 * new Date(monthTicks(parseMonth('2009-05')!, 36).values[0]!).toISOString(); // '2009-07-01T00:00:00.000Z'
 * monthTicks(parseMonth('2009-05')!, 1200).step; // 10
 */
export function monthTicks(first: Month, count: number, options: { readonly day?: number } = {}): MonthTicks {
  const last = addMonths(first, count - 1);
  if (count <= 12) {
    const values = range(first, last, () => true, options.day ?? 1);
    return { every: 'month', step: 1, values, labelExpr: labelWithYearWhere('%b', 'utcmonth(datum.value) == 0', values) };
  }
  if (count <= 48) {
    const values = range(first, last, (month) => month % 3 === 0, 1);
    return { every: 'quarter', step: 1, values, labelExpr: labelWithYearWhere('%b', 'utcmonth(datum.value) < 3', values) };
  }
  const years = Math.ceil(count / 12);
  const step = YEAR_STEPS.find((candidate) => Math.ceil(years / candidate) <= MAX_YEAR_TICKS) ?? 100;
  const values = range(first, last, (month) => month % 12 === 0 && Math.floor(month / 12) % step === 0, 1);
  return { every: 'year', step, values, labelExpr: "utcFormat(datum.value, '%Y')" };
}

/**
 * A day of a month as a timestamp (milliseconds since 1970, UTC), the form Vega-Lite compares
 * scale domains in.
 *
 * @example
 * monthTime(parseMonth('2009-05')!); // 1241136000000
 */
export function monthTime(month: Month, day = 1): number {
  const year = Math.floor(month / 12);
  // Set apart from the month and day: Date.UTC would read the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - year * 12, day);
  return date.getTime();
}

/**
 * A day of a `YYYY-MM` month as an ISO date, the form chart data carries (parsed as UTC).
 *
 * @example
 * monthDate('2009-05'); // '2009-05-01'
 * monthDate('2009-05', 16); // '2009-05-16'
 */
export function monthDate(month: string, day = 1): string {
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * A `YYYY-MM` month for people, short: `May 2009`.
 *
 * @example
 * shortMonthName('2010-06'); // 'Jun 2010'
 */
export function shortMonthName(month: string): string {
  const parsed = parseMonth(month);
  if (parsed === undefined) throw new Error(`not a YYYY-MM month: ${month}`);
  const [name = '', year = ''] = monthName(parsed).split(' ');
  return `${name.slice(0, 3)} ${year}`;
}

/**
 * A span of months for people: `May 2009 – Apr 2012`, or one month when they are the same.
 *
 * @example
 * monthSpan('2009-05', '2012-04'); // 'May 2009 – Apr 2012'
 */
export function monthSpan(from: string, to: string): string {
  return from === to ? shortMonthName(from) : `${shortMonthName(from)} – ${shortMonthName(to)}`;
}

function range(first: Month, last: Month, keep: (month: Month) => boolean, day: number): number[] {
  const values: number[] = [];
  for (let month = first; month <= last; month++) if (keep(month)) values.push(monthTime(month, day));
  return values;
}

/** Month labels that add the year on the first tick and wherever `newYear` holds. */
function labelWithYearWhere(format: string, newYear: string, values: readonly number[]): string {
  const firstTime = values[0];
  if (firstTime === undefined) return `utcFormat(datum.value, '${format}')`;
  return `(${newYear} || datum.value <= ${firstTime}) ? utcFormat(datum.value, '${format} %Y') : utcFormat(datum.value, '${format}')`;
}
