/**
 * Actual spending against the plan, for the revisit-in-a-year report:
 *
 *   CSV text exported from a spreadsheet ─▶ parseActualsCsv ─▶ ActualsRow[] (exact amounts in
 *     the reporting currency, each with its line in the file)
 *   rows + the plan (a Comparison and the ScheduleReport made with the same options)
 *     ─▶ compareActuals ─▶ ActualsComparison: per scenario with actuals, month by month and
 *        item by item, plan against actual, and the horizon reforecast
 *
 * Pure: the file is read by lib/io/readActualsCsv.ts. Money is summed as bigint minor units
 * and written as decimal strings with exactly the currency's minor-unit digits.
 */
import { formatMonth, parseMonth, type Month } from '../calendar/month.js';
import { parseCsv } from '../csv/parseCsv.js';
import { didYouMean, didYouMeanSuffix } from '../issues/didYouMean.js';
import { unwrap, type Issue, type Result } from '../issues/issue.js';
import { Money } from '../money/decimal.js';
import { formatMoney } from '../money/formatMoney.js';
import { isKnownCurrency, minorUnitDigits } from '../money/minorUnitDigits.js';
import { formatMinorUnits, fromMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import type { Comparison } from './comparison.js';
import type { ScheduleReport } from './scheduleReport.js';

/**
 * One payment read from an actuals file: what was paid in a month for a scenario's item.
 * `item` is null for spending that is not itemised (an empty item cell, or no item column).
 * `amount` is a decimal string with exactly the currency's minor-unit digits; negative for
 * a refund or a credit.
 *
 * @example
 * const row: ActualsRow = { line: 9, month: '2009-11', scenario: 'Self-hosted', item: null, amount: '1850.00' };
 * compareActuals([row], { comparison: compare([selfHosted]), schedule: schedule([selfHosted]) }).scenarios[0]?.items;
 * // [{ name: 'Self-hosting', plan: '28000.00', actual: '0.00', variance: '-28000.00' }, { name: null, plan: '0.00', actual: '1850.00', variance: '1850.00' }]
 */
export type ActualsRow = {
  /** The row's first physical line in the file (1-based: the header is line 1); absent for a row built in code. */
  readonly line?: number;
  /** `YYYY-MM`. */
  readonly month: string;
  /** The scenario's name, as the file spells it. */
  readonly scenario: string;
  /** The item's name, as the file spells it; null when not itemised. */
  readonly item: string | null;
  readonly amount: string;
};

/**
 * How to read an actuals file: its name for the issues, and the reporting currency (the
 * plan's: `comparison.settings.currency`), whose minor unit bounds the decimals of an amount.
 *
 * @example
 * const options: ActualsCsvOptions = { file: 'actuals.csv', currency: 'USD', minorDigits: 2 };
 * parseActualsCsv('Month,Scenario,Amount\n2009-05,Self-hosted,"$4,000.00"\n', options);
 * // { ok: true, value: [{ line: 2, month: '2009-05', scenario: 'Self-hosted', item: null, amount: '4000.00' }] }
 */
export type ActualsCsvOptions = {
  /** The file the text was read from, named in every issue. */
  readonly file?: string;
  /** ISO 4217 code of the reporting currency. */
  readonly currency: string;
  /** Digits of its minor unit (default: from `Intl.NumberFormat`, like the plan's). */
  readonly minorDigits?: number;
};

const COLUMNS = ['month', 'scenario', 'item', 'amount'] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['month', 'scenario', 'amount'];
const COLUMN_LIST = 'the columns month, scenario, item (optional) and amount';
const EXPECTED_COLUMNS = `expected ${COLUMN_LIST}, in any order`;
/** What spreadsheets and accounts call the columns. */
const COLUMN_SYNONYMS: Readonly<Record<string, Column>> = { date: 'month', period: 'month', cost: 'amount', total: 'amount', value: 'amount', spend: 'amount', option: 'scenario' };
const EXPORT_ADVICE = 'export amounts as plain numbers with a dot for decimals (format the column as Number with no thousands separator before saving as CSV)';
const MONTH_ADVICE = 'format the month column as text YYYY-MM (such as 2009-05) before saving as CSV';

/**
 * Reads the actual spending a spreadsheet exported as CSV: a header row naming the columns
 * `month`, `scenario`, `item` (optional) and `amount` — any order, any case — then one row
 * per payment. Several rows for the same month, scenario and item are several invoices
 * (they are summed when compared with the plan).
 *
 * - `month` is `YYYY-MM`; a date `YYYY-MM-DD` (what spreadsheets make of months) counts as its month.
 * - `item` empty, or no item column: spending that is not itemised.
 * - `amount` is exact and in the reporting currency, at most its minor-unit digits (payments
 *   are whole cents: nothing is rounded). Negative amounts are refunds or credits; accounting
 *   parentheses `(1,234.56)` are negative too. Thousands separators are read only in the
 *   unambiguous English form `1,234,567.89`; the currency's ISO code (`USD 4000`,
 *   `4000.00 USD`) or its English symbol (`$4,000.00`) may be written. Anything else
 *   (`1.234,56`, `1 234,56`, `4000,50`, another currency) is refused with advice on how to export.
 *
 * A byte order mark, CRLF line ends, blank lines, rows of empty cells, spaces around cells
 * and a trailing column without header or values (a spreadsheet's trailing comma) are
 * tolerated. Every problem is reported at once, with the physical line of its row.
 *
 * @example
 * const csv = '\uFEFFMonth,Scenario,Item,Amount\r\n2009-07-01,Self-hosted,Self-hosting,"4,310.50"\r\n2009-09,Self-hosted,,(250)\r\n';
 * parseActualsCsv(csv, { currency: 'USD' });
 * // { ok: true, value: [{ line: 2, month: '2009-07', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4310.50' },
 * //   { line: 3, month: '2009-09', scenario: 'Self-hosted', item: null, amount: '-250.00' }] }
 *
 * @example
 * // every bad row at once, with its line
 * const result = parseActualsCsv('Month,Scenario,Amount\n2009-05,Self-hosted,"1.234,56"\nMay 2009,Self-hosted,4000.005\n', { file: 'actuals.csv', currency: 'USD' });
 * result.ok ? [] : result.issues.map(formatIssue);
 * // ['actuals.csv:2: amount "1.234,56" is ambiguous: export amounts as plain numbers with a dot for decimals (format the column as Number with no thousands separator before saving as CSV)',
 * //  'actuals.csv:3: month "May 2009" is not YYYY-MM (or a date YYYY-MM-DD): format the month column as text YYYY-MM (such as 2009-05) before saving as CSV',
 * //  'actuals.csv:3: amount "4000.005" has 3 decimals, but USD payments have at most 2']
 */
export function parseActualsCsv(text: string, options: ActualsCsvOptions): Result<ActualsRow[]> {
  const { currency } = options;
  const digits = options.minorDigits ?? minorUnitDigits(currency);
  const where = options.file === undefined ? {} : { file: options.file };
  const at = (line: number, code: string, message: string): Issue => ({ code, ...where, line, message });
  const fail = (...issues: Issue[]): Result<ActualsRow[]> => ({ ok: false, issues });

  if (/^\uFEFF?\s*[{[]/.test(text)) {
    return fail(at(1, 'invalid-csv', 'this is JSON (a scenario file or a decision record?), not a CSV of actual spending: give a CSV file with the columns month, scenario, item and amount'));
  }
  const parsed = parseCsv(text);
  if (!parsed.ok) return fail(...parsed.issues.map((issue) => ({ ...issue, ...where })));
  const [header, ...data] = parsed.value.filter(({ cells }) => cells.some((cell) => cell !== ''));
  if (header === undefined) return fail(at(1, 'no-rows', `the file is empty; expected a header row naming ${COLUMN_LIST}`));
  const headerLine = header.line;
  const names = header.cells;
  const separator = names.length === 1 ? /[;\t]/.exec(names[0] as string)?.[0] : undefined;
  if (separator !== undefined) {
    const which = separator === ';' ? 'semicolons' : 'tabs';
    return fail(at(headerLine, 'invalid-csv', `the header ${JSON.stringify(names[0])} is separated by ${which}; save the file as CSV separated by commas`));
  }
  const issues: Issue[] = [];
  const columns = new Map<Column, number>();
  const suggested = new Set<string>();
  names.forEach((name, i) => {
    if (name === '') return;
    const column = COLUMNS.find((known) => known === name.toLowerCase());
    if (column === undefined) {
      const suggestion = COLUMN_SYNONYMS[name.toLowerCase()] ?? didYouMean(name, COLUMNS);
      if (suggestion !== undefined) suggested.add(suggestion);
      issues.push(
        at(headerLine, 'unknown-column', `unknown column "${name}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}; ${EXPECTED_COLUMNS}${suggestion === undefined ? ' (delete other columns before saving)' : ''}`),
      );
      return;
    }
    const first = columns.get(column);
    if (first !== undefined) {
      issues.push(at(headerLine, 'duplicate-column', `the column "${column}" appears twice (columns ${first + 1} and ${i + 1}); keep one`));
      return;
    }
    columns.set(column, i);
  });
  for (const column of REQUIRED) {
    // A misspelt column ("Ammount") was reported with its did-you-mean already.
    if (columns.has(column) || suggested.has(column)) continue;
    issues.push(at(headerLine, 'missing-column', `no "${column}" column; the header has ${names.map((name) => `"${name}"`).join(', ')}; ${EXPECTED_COLUMNS}`));
  }
  if (issues.length > 0) return fail(...issues);
  if (data.length === 0) return fail(at(headerLine, 'no-rows', 'no rows after the header; expected one row per payment'));

  const marks = currencyMarks(currency);
  const rows: ActualsRow[] = [];
  for (const { line, cells } of data) {
    if (cells.length > names.length) {
      issues.push(at(line, 'invalid-row', `found ${cells.length} cells where the header has ${names.length}; quote a cell that holds a comma, or ${EXPORT_ADVICE}`));
      continue;
    }
    const unnamed = cells.findIndex((cell, i) => cell !== '' && names[i] === '');
    if (unnamed >= 0) {
      issues.push(at(line, 'invalid-row', `found ${JSON.stringify(cells[unnamed])} in column ${unnamed + 1}, which has no header; leave cells outside ${COLUMN_LIST.replace('item (optional)', 'item')} empty`));
      continue;
    }
    const cell = (column: Column): string => {
      const index = columns.get(column);
      return index === undefined ? '' : (cells[index] ?? '');
    };
    const rowIssues: Issue[] = [];
    const monthText = cell('month');
    const month = monthOfCell(monthText);
    if (month === undefined) {
      rowIssues.push(
        at(line, 'invalid-month', monthText === '' ? 'the month is empty; expected YYYY-MM (such as 2009-05)' : `month ${JSON.stringify(monthText)} is not YYYY-MM (or a date YYYY-MM-DD): ${MONTH_ADVICE}`),
      );
    }
    const scenario = cell('scenario');
    if (scenario === '') rowIssues.push(at(line, 'missing-value', 'the scenario is empty; every row names the scenario it was paid for'));
    const amount = readAmount(cell('amount'), currency, marks, digits);
    if (typeof amount === 'string') rowIssues.push(at(line, 'invalid-amount', amount));
    if (rowIssues.length > 0 || month === undefined || typeof amount === 'string') {
      issues.push(...rowIssues);
      continue;
    }
    const item = cell('item');
    rows.push({ line, month: formatMonth(month), scenario, item: item === '' ? null : item, amount: formatMinorUnits(amount, digits) });
  }
  return issues.length > 0 ? fail(...issues) : { ok: true, value: rows };
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** `YYYY-MM`, or the month of a valid date `YYYY-MM-DD`. */
function monthOfCell(text: string): Month | undefined {
  const month = parseMonth(text);
  if (month !== undefined) return month;
  const date = DATE_PATTERN.exec(text);
  if (date === null) return undefined;
  const ofDate = parseMonth(`${date[1]}-${date[2]}`);
  if (ofDate === undefined) return undefined;
  const year = Number(date[1]);
  const monthIndex = Number(date[2]) - 1;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = monthIndex === 1 && leap ? 29 : (DAYS_IN_MONTH[monthIndex] as number);
  const day = Number(date[3]);
  return day >= 1 && day <= days ? ofDate : undefined;
}

/** The ways the reporting currency may be written next to an amount: its ISO code and its English symbol. */
type CurrencyMarks = { readonly code: string; readonly symbol: string };

const marksByCurrency = new Map<string, CurrencyMarks>();

function currencyMarks(currency: string): CurrencyMarks {
  let marks = marksByCurrency.get(currency);
  if (marks === undefined) {
    const symbol = new Intl.NumberFormat('en', { style: 'currency', currency }).formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency;
    marks = { code: currency.toUpperCase(), symbol };
    marksByCurrency.set(currency, marks);
  }
  return marks;
}

/** The text without the currency's code or symbol at its start or end; undefined when it has neither. */
function withoutCurrency(text: string, marks: CurrencyMarks): string | undefined {
  for (const mark of [marks.code, marks.symbol]) {
    if (text.slice(0, mark.length).toUpperCase() === mark.toUpperCase()) return text.slice(mark.length).trim();
    if (text.length > mark.length && text.slice(-mark.length).toUpperCase() === mark.toUpperCase()) return text.slice(0, -mark.length).trim();
  }
  return undefined;
}

const PLAIN_NUMBER = /^(\d+(\.\d*)?|\.\d+)$/;
const ENGLISH_GROUPED_NUMBER = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/** An amount cell in minor units, or the sentence saying why it cannot be read. */
function readAmount(cell: string, currency: string, marks: CurrencyMarks, digits: number): MinorUnits | string {
  if (cell === '') return 'the amount is empty; give the amount paid (0 for nothing)';
  const shown = `amount ${JSON.stringify(cell)}`;
  let text = cell;
  let marked = false;
  const peel = () => {
    if (marked) return;
    const rest = withoutCurrency(text, marks);
    if (rest === undefined) return;
    text = rest;
    marked = true;
  };
  peel();
  let negative = false;
  if (text.length >= 2 && text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  } else if (text.startsWith('-')) {
    negative = true;
    text = text.slice(1).trim();
  }
  peel();
  let body: string | undefined;
  if (PLAIN_NUMBER.test(text)) body = text;
  // "1,234" could be 1.234 written with a decimal comma where three decimals are whole minor units.
  else if (ENGLISH_GROUPED_NUMBER.test(text) && !(digits >= 3 && !text.includes('.') && text.split(',').length === 2)) body = text.replaceAll(',', '');
  if (body === undefined) return `${shown} ${amountProblem(text, currency, marks)}`;
  const value = new Money(body);
  const places = value.decimalPlaces();
  if (places > digits) {
    const grouped = /^\d{1,3}(\.\d{3})+$/.test(body) ? `; if the dot separates thousands, ${EXPORT_ADVICE}` : '';
    return `${shown} has ${places} decimal${places === 1 ? '' : 's'}, but ${currency} payments have ${digits === 0 ? 'none' : `at most ${digits}`}${grouped}`;
  }
  const units = BigInt(value.toFixed(digits).replace('.', ''));
  return negative ? -units : units;
}

/** Why an amount (without the reporting currency's marks and sign) is not a number costmodel reads. */
function amountProblem(text: string, currency: string, marks: CurrencyMarks): string {
  const otherSymbol = [...text.matchAll(/\p{Sc}/gu)].some(([symbol]) => !marks.symbol.includes(symbol));
  const codes = [/^([A-Za-z]{3})(?![A-Za-z])/.exec(text)?.[1], /(?<![A-Za-z])([A-Za-z]{3})$/.exec(text)?.[1]];
  const otherCode = codes.some((code) => code !== undefined && code.toUpperCase() !== marks.code && isKnownCurrency(code.toUpperCase()));
  if (otherSymbol || otherCode) return `is not in ${currency}, the plan's currency: convert it to ${currency} and ${EXPORT_ADVICE}`;
  if (/\d/.test(text) && /^[\d.,'\s]+$/.test(text)) return `is ambiguous: ${EXPORT_ADVICE}`;
  return `is not a number: ${EXPORT_ADVICE}`;
}

// ---------------------------------------------------------------------------------------
// Against the plan

/**
 * The plan actuals are compared with: a {@link Comparison} and the {@link ScheduleReport}
 * made from the same scenarios with the same options (the revisit report computes both).
 * The comparison gives the horizon, the scenarios, their items (also those with nothing due
 * in the horizon), their monthly costs and totals; the schedule gives each item's cost month
 * by month, for the plan of each item over the months with actuals.
 *
 * @example
 * const options = { months: 36 };
 * const plan: ActualsPlan = { comparison: compare([selfHosted, managedProvider], options), schedule: schedule([selfHosted, managedProvider], options) };
 * plan.comparison.settings.to; // '2012-04'
 */
export type ActualsPlan = {
  readonly comparison: Comparison;
  readonly schedule: ScheduleReport;
};

/**
 * Options of {@link compareActuals}.
 *
 * @example
 * const options: CompareActualsOptions = { file: 'scenarios/actuals/self-hosted-2009-05-to-2010-04.csv' };
 * const plan = { comparison: compare([selfHosted]), schedule: schedule([selfHosted]) };
 * compareActuals([{ month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.00' }], plan, options).file;
 * // 'scenarios/actuals/self-hosted-2009-05-to-2010-04.csv'
 */
export type CompareActualsOptions = {
  /** Where the rows were read from: named in the issues and in the result. */
  readonly file?: string;
};

/**
 * Actual spending against the plan. Plain JSON-serialisable data; money is a decimal
 * string with exactly `minorDigits` digits, in `currency`. Only scenarios with at least one
 * row of actuals are in `scenarios`, in the plan's order.
 *
 * @example
 * const csv = 'Month,Scenario,Item,Amount\n2009-05,Self-hosted,Self-hosting,4000.00\n2009-06,Self-hosted,Self-hosting,4310.50\n';
 * const actuals: ActualsComparison = compareActuals(unwrap(parseActualsCsv(csv, { currency: 'USD' })), {
 *   comparison: compare([selfHosted, managedProvider]),
 *   schedule: schedule([selfHosted, managedProvider]),
 * });
 * [actuals.horizon, actuals.through, actuals.scenarios.map((s) => s.name)];
 * // [{ from: '2009-05', to: '2012-04', months: 36 }, '2009-06', ['Self-hosted']]
 */
export type ActualsComparison = {
  /** The actuals file, when one was named. */
  readonly file?: string;
  /** The reporting currency, and the digits of its minor unit. */
  readonly currency: string;
  readonly minorDigits: number;
  /** The analysis horizon of the plan: every scenario's `months` start at `from`. */
  readonly horizon: { readonly from: string; readonly to: string; readonly months: number };
  /** The last month with actuals, of any scenario. */
  readonly through: string;
  readonly scenarios: readonly ScenarioActuals[];
};

/**
 * One scenario's actual spending against its plan, over the months from the start of the
 * analysis through its last month with actuals (`through`): the period compared.
 *
 * @example
 * const csv = 'Month,Scenario,Item,Amount\n2009-05,Self-hosted,Self-hosting,4000.00\n2009-07,Self-hosted,Self-hosting,4310.50\n';
 * const plan = { comparison: compare([selfHosted]), schedule: schedule([selfHosted]) };
 * const { months, items, notes, ...totals }: ScenarioActuals = compareActuals(unwrap(parseActualsCsv(csv, { currency: 'USD' })), plan).scenarios[0]!;
 * totals;
 * // { name: 'Self-hosted', from: '2009-05', through: '2009-07', plan: '12000.00', actual: '8310.50', variance: '-3689.50',
 * //   planTotal: '144000.00', reforecast: '140310.50', reforecastDifference: '-3689.50', missingMonths: ['2009-06'] }
 * notes; // ['No rows for 2009-06, where 4,000.00 was planned: it counts as 0.00 spent.']
 */
export type ScenarioActuals = {
  /** The scenario's name, as the plan spells it. */
  readonly name: string;
  /** Its first and last month with actuals. */
  readonly from: string;
  readonly through: string;
  /** The period's plan, actual spending and `actual − plan` (positive: more was spent than planned). */
  readonly plan: string;
  readonly actual: string;
  readonly variance: string;
  /** Each month from the start of the analysis through `through`. */
  readonly months: readonly ActualsMonth[];
  /** Each item of the plan over the period, then (name null) the spending not itemised, if any. */
  readonly items: readonly ItemActuals[];
  /** The plan's total over the whole horizon. */
  readonly planTotal: string;
  /** Actual spending through `through`, plus the plan for the rest of the horizon. */
  readonly reforecast: string;
  /** `reforecast − planTotal`: the period's variance. */
  readonly reforecastDifference: string;
  /** Months of the period with a plan but no row at all; they count as nothing spent. */
  readonly missingMonths: readonly string[];
  /** What a reader of the numbers must know (missing months, spending not itemised), as sentences. */
  readonly notes: readonly string[];
};

/**
 * One month of a scenario: plan, actual, `actual − plan`, and that variance summed from the
 * start of the analysis.
 *
 * @example
 * const csv = 'Month,Scenario,Item,Amount\n2009-05,Managed provider,Migration and setup,46200\n2009-05,Managed provider,Managed hosting,40000\n';
 * const plan = { comparison: compare([managedProvider]), schedule: schedule([managedProvider]) };
 * const may: ActualsMonth | undefined = compareActuals(unwrap(parseActualsCsv(csv, { currency: 'USD' })), plan).scenarios[0]?.months[0];
 * may; // { month: '2009-05', plan: '85000.00', actual: '86200.00', variance: '1200.00', cumulativeVariance: '1200.00' }
 */
export type ActualsMonth = {
  readonly month: string;
  readonly plan: string;
  readonly actual: string;
  readonly variance: string;
  readonly cumulativeVariance: string;
};

/**
 * One item of a scenario over the period compared; `name` null is the spending not itemised.
 *
 * @example
 * const csv = 'Month,Scenario,Item,Amount\n2009-05,Managed provider,Migration and setup,46200\n2009-05,Managed provider,Managed hosting,40000\n';
 * const plan = { comparison: compare([managedProvider]), schedule: schedule([managedProvider]) };
 * const items: readonly ItemActuals[] | undefined = compareActuals(unwrap(parseActualsCsv(csv, { currency: 'USD' })), plan).scenarios[0]?.items;
 * items;
 * // [{ name: 'Migration and setup', plan: '45000.00', actual: '46200.00', variance: '1200.00' },
 * //  { name: 'Managed hosting', plan: '40000.00', actual: '40000.00', variance: '0.00' }]
 */
export type ItemActuals = {
  readonly name: string | null;
  readonly plan: string;
  readonly actual: string;
  readonly variance: string;
};

/**
 * Compares actual spending with the plan. Rows of the same month, scenario and item are
 * summed (several invoices); a month of the period with a plan but no row counts as nothing
 * spent (and is named in `missingMonths` and `notes`). Scenario and item names are matched
 * ignoring case. Throws {@link InputError} when a row names an unknown scenario or item or
 * a month outside the horizon; {@link tryCompareActuals} returns the issues instead.
 *
 * @example
 * const csv = 'Month,Scenario,Item,Amount\n2009-05,Self-hosted,Self-hosting,4000.00\n2009-06,Self-hosted,Self-hosting,4310.50\n';
 * const rows = unwrap(parseActualsCsv(csv, { currency: 'USD' }));
 * const actuals = compareActuals(rows, { comparison: compare([selfHosted], { months: 36 }), schedule: schedule([selfHosted], { months: 36 }) });
 * actuals.scenarios[0]?.months[1]; // { month: '2009-06', plan: '4000.00', actual: '4310.50', variance: '310.50', cumulativeVariance: '310.50' }
 * [actuals.scenarios[0]?.planTotal, actuals.scenarios[0]?.reforecast]; // ['144000.00', '144310.50']
 */
export function compareActuals(rows: readonly ActualsRow[], plan: ActualsPlan, options: CompareActualsOptions = {}): ActualsComparison {
  return unwrap(tryCompareActuals(rows, plan, options));
}

/**
 * {@link compareActuals}, returning problems with the rows as a value instead of throwing.
 * Throws a RangeError when the comparison and the schedule were not made alike (a mistake
 * in the calling code, not in the user's input).
 *
 * @example
 * const csv = 'Month,Scenario,Item,Amount\n2009-05,Self hosted,Self-hosting,4000.00\n2012-05,Self-hosted,Self-hosting,4000.00\n';
 * const plan = { comparison: compare([selfHosted, managedProvider]), schedule: schedule([selfHosted, managedProvider]) };
 * const result = tryCompareActuals(unwrap(parseActualsCsv(csv, { currency: 'USD' })), plan, { file: 'actuals.csv' });
 * result.ok ? [] : result.issues.map(formatIssue);
 * // ['actuals.csv:2: no scenario of the plan is named "Self hosted" (did you mean "Self-hosted"?); the scenarios are "Self-hosted", "Managed provider"',
 * //  'actuals.csv:3: month 2012-05 is outside the analysis horizon, 2009-05 to 2012-04 (36 months); analyse a horizon that includes it (--from, --months)']
 */
export function tryCompareActuals(rows: readonly ActualsRow[], plan: ActualsPlan, options: CompareActualsOptions = {}): Result<ActualsComparison> {
  const { comparison } = plan;
  checkPlan(plan);
  const { currency, minorDigits: digits, months: count } = comparison.settings;
  const start = parseMonth(comparison.settings.from) as Month;
  const where = options.file === undefined ? {} : { file: options.file };
  if (rows.length === 0) return { ok: false, issues: [{ code: 'no-rows', ...where, message: 'no rows of actual spending to compare' }] };

  const scenarioNames = comparison.scenarios.map((scenario) => scenario.name);
  const tallies = new Map<number, Tally>();
  const issues: Issue[] = [];
  for (const row of rows) {
    const at = (code: string, message: string): Issue => ({ code, ...where, ...(row.line === undefined ? {} : { line: row.line }), message });
    const rowIssues: Issue[] = [];
    const month = parseMonth(row.month);
    if (month === undefined) rowIssues.push(at('invalid-month', `month ${JSON.stringify(row.month)} is not YYYY-MM`));
    else if (month < start || month >= start + count) {
      rowIssues.push(
        at('outside-horizon', `month ${row.month} is outside the analysis horizon, ${comparison.settings.from} to ${comparison.settings.to} (${count} months); analyse a horizon that includes it (--from, --months)`),
      );
    }
    const s = findName(row.scenario, scenarioNames);
    let item: string | null = null;
    if (s === undefined) {
      rowIssues.push(at('unknown-scenario', `no scenario of the plan is named "${row.scenario}"${didYouMeanSuffix(row.scenario, scenarioNames)}; the scenarios are ${quoted(scenarioNames)}`));
    } else if (row.item !== null && row.item.trim() !== '') {
      const itemNames = (comparison.scenarios[s] as Comparison['scenarios'][number]).items.map((entry) => entry.name);
      const i = findName(row.item, itemNames);
      if (i === undefined) {
        const its = itemNames.length === 0 ? 'it has no items' : `its items are ${quoted(itemNames)}`;
        rowIssues.push(at('unknown-item', `scenario "${scenarioNames[s]}" has no item named "${row.item}"${didYouMeanSuffix(row.item, itemNames)}; ${its} (leave the item empty for spending that is not itemised)`));
      } else {
        item = itemNames[i] as string;
      }
    }
    const units = minorUnitsOf(row.amount, digits);
    if (units === undefined) rowIssues.push(at('invalid-amount', `amount ${JSON.stringify(row.amount)} is not a decimal string with at most ${digits} decimals`));
    if (rowIssues.length > 0 || month === undefined || s === undefined || units === undefined) {
      issues.push(...rowIssues);
      continue;
    }
    const m = month - start;
    let tally = tallies.get(s);
    if (tally === undefined) {
      tally = { monthly: new Array<MinorUnits>(count).fill(0n), hasRow: new Array<boolean>(count).fill(false), items: new Map(), first: m, last: m };
      tallies.set(s, tally);
    }
    tally.monthly[m] = (tally.monthly[m] as MinorUnits) + units;
    tally.hasRow[m] = true;
    tally.items.set(item, (tally.items.get(item) ?? 0n) + units);
    tally.first = Math.min(tally.first, m);
    tally.last = Math.max(tally.last, m);
  }
  if (issues.length > 0) return { ok: false, issues };

  const scenarios: ScenarioActuals[] = [];
  let through = 0;
  comparison.scenarios.forEach((scenario, s) => {
    const tally = tallies.get(s);
    if (tally === undefined) return;
    through = Math.max(through, tally.last);
    scenarios.push(scenarioActuals(scenario, tally, plan.schedule, start, digits));
  });
  return {
    ok: true,
    value: {
      ...where,
      currency,
      minorDigits: digits,
      horizon: { from: comparison.settings.from, to: comparison.settings.to, months: count },
      through: formatMonth(start + through),
      scenarios,
    },
  };
}

/** A scenario's actuals, summed: by month of the horizon (0-based), by item (null: not itemised). */
type Tally = { monthly: MinorUnits[]; hasRow: boolean[]; items: Map<string | null, MinorUnits>; first: number; last: number };

function scenarioActuals(scenario: Comparison['scenarios'][number], tally: Tally, schedule: ScheduleReport, start: Month, digits: number): ScenarioActuals {
  const money = (units: MinorUnits) => formatMinorUnits(units, digits);
  const forPeople = (units: MinorUnits) => formatMoney(fromMinorUnits(units, digits), { digits, grouping: true });
  const planMonthly = scenario.monthly.map((amount) => planUnits(amount, digits));
  const months: ActualsMonth[] = [];
  const missing: { month: string; plan: MinorUnits }[] = [];
  let planSum = 0n;
  let actualSum = 0n;
  for (let m = 0; m <= tally.last; m++) {
    const plan = planMonthly[m] ?? 0n;
    const actual = tally.monthly[m] ?? 0n;
    planSum += plan;
    actualSum += actual;
    const month = formatMonth(start + m);
    months.push({ month, plan: money(plan), actual: money(actual), variance: money(actual - plan), cumulativeVariance: money(actualSum - planSum) });
    if (!tally.hasRow[m] && plan !== 0n) missing.push({ month, plan });
  }

  const itemPlans = new Map<string, MinorUnits>();
  for (const entry of schedule.entries) {
    if (entry.scenario !== scenario.name) continue;
    const m = (parseMonth(entry.month) as Month) - start;
    if (m > tally.last) continue;
    itemPlans.set(entry.item, (itemPlans.get(entry.item) ?? 0n) + planUnits(entry.amount, digits));
  }
  const itemLine = (name: string | null, plan: MinorUnits): ItemActuals => {
    const actual = tally.items.get(name) ?? 0n;
    return { name, plan: money(plan), actual: money(actual), variance: money(actual - plan) };
  };
  const items = scenario.items.map((item) => itemLine(item.name, itemPlans.get(item.name) ?? 0n));
  const notItemised = tally.items.get(null);
  if (notItemised !== undefined) items.push(itemLine(null, 0n));

  const notes: string[] = [];
  if (missing.length > 0) {
    const planned = missing.reduce((sum, { plan }) => sum + plan, 0n);
    notes.push(
      `No rows for ${listed(missing.map(({ month }) => month))}, where ${forPeople(planned)} was planned: ${missing.length === 1 ? 'it counts' : 'they count'} as ${forPeople(0n)} spent.`,
    );
  }
  if (notItemised !== undefined) {
    notes.push(`${forPeople(notItemised)} was paid without an item (rows with an empty item): it counts in the monthly totals, against no item of the plan.`);
  }

  const planTotal = planUnits(scenario.total, digits);
  const variance = actualSum - planSum;
  return {
    name: scenario.name,
    from: formatMonth(start + tally.first),
    through: formatMonth(start + tally.last),
    plan: money(planSum),
    actual: money(actualSum),
    variance: money(variance),
    months,
    items,
    planTotal: money(planTotal),
    reforecast: money(planTotal + variance),
    reforecastDifference: money(variance),
    missingMonths: missing.map(({ month }) => month),
    notes,
  };
}

/** The plan must be one comparison and the schedule made with the same scenarios and options. */
function checkPlan({ comparison, schedule }: ActualsPlan): void {
  const a = comparison.settings;
  const b = schedule.settings;
  const same =
    a.from === b.from &&
    a.months === b.months &&
    a.currency === b.currency &&
    a.minorDigits === b.minorDigits &&
    (a.view ?? 'cash') === (b.view ?? 'cash') &&
    comparison.scenarios.length === schedule.scenarios.length &&
    comparison.scenarios.every((scenario, s) => scenario.name === schedule.scenarios[s]?.name);
  if (!same) {
    throw new RangeError(
      `compareActuals: the comparison and the schedule must come from the same scenarios and options (comparison: ${a.from}, ${a.months} months, ${a.currency}; schedule: ${b.from}, ${b.months} months, ${b.currency})`,
    );
  }
}

/** The index of a name: the same spelling, or else the only one equal ignoring case and surrounding spaces. */
function findName(name: string, names: readonly string[]): number | undefined {
  const exact = names.indexOf(name);
  if (exact >= 0) return exact;
  const wanted = name.trim().toLowerCase();
  const matches = names.flatMap((candidate, i) => (candidate.trim().toLowerCase() === wanted ? [i] : []));
  return matches.length === 1 ? matches[0] : undefined;
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/** `a`, `a and b`, `a, b and c`. */
function listed(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const DECIMAL_STRING = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A plain decimal string in minor units; undefined when it is not one or has more decimals than the minor unit. */
function minorUnitsOf(text: string, digits: number): MinorUnits | undefined {
  const match = DECIMAL_STRING.exec(text);
  if (match === null) return undefined;
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return undefined;
  const units = BigInt(`${match[2]}${fraction.padEnd(digits, '0')}`);
  return match[1] === '-' ? -units : units;
}

/** An amount of the plan (a result's decimal string) in minor units. */
function planUnits(amount: string, digits: number): MinorUnits {
  const units = minorUnitsOf(amount, digits);
  if (units === undefined) throw new RangeError(`compareActuals: the plan holds ${JSON.stringify(amount)}, not an amount with ${digits} decimals`);
  return units;
}
