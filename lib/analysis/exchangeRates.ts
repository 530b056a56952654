/**
 * The `rates` analysis option read exactly:
 *
 *   { EUR: '1.37' } ─▶ the rate, above 0
 *   { EUR: { low, high, dist?, mode?, known? } } ─▶ an uncertain exchange rate: its keys and
 *     bounds checked (each above 0), then read as any range (normalizeRange) ─▶ its median
 *     (rounded to 6 places) is the rate every deterministic analysis uses; a simulation draws it
 */
import type { Issue } from '../issues/issue.js';
import type { Decimal } from '../money/decimal.js';
import { isKnownCurrency } from '../money/minorUnitDigits.js';
import { parseDecimal } from '../money/parseDecimal.js';
import { isRangeFile, uncertainValue, type ScenarioRange } from '../scenario/normalizeRange.js';
import { RANGE_DISTRIBUTIONS, type Range } from '../scenario/rangeDistribution.js';
import type { RangeFile } from '../scenario/scenarioFile.js';

/**
 * An exchange rate given as a range: the range, and its median, the rate the deterministic
 * analysis uses.
 *
 * @example
 * const range: ExchangeRateRange = exchangeRates({ EUR: { low: '1.05', high: '1.15', dist: 'uniform' } }, 'USD', []).ranges.get('EUR')!;
 * [range.range.dist, range.median.toString()]; // ['uniform', '1.1']
 */
export type ExchangeRateRange = {
  readonly range: Range;
  readonly median: Decimal;
  /** True when waiting until the revisit date will not reveal it (`"known": "never"`). */
  readonly neverKnown?: true;
};

/**
 * One exchange rate as the `rates` option gives it: a number, or a range.
 *
 * @example
 * const rate: ExchangeRateOption = { low: '1.05', high: '1.15' };
 * typeof rate; // 'object'
 */
export type ExchangeRateOption = string | number | RangeFile;

const RANGE_KEYS: ReadonlySet<string> = new Set(['low', 'high', 'mode', 'dist', 'known']);

/**
 * The `rates` analysis option read exactly, by currency: each code a known ISO 4217
 * currency, each rate (or each bound of a range) above 0, and the reporting currency's own
 * rate, if given, 1. A range's median is its rate, and the range is kept in `ranges`.
 * Problems are added to `issues`, and their currencies left out.
 *
 * @example
 * const issues: Issue[] = [];
 * const { rates, ranges } = exchangeRates({ EUR: '1.37', GBP: 0, CHF: { low: '0.9', high: '1.1', dist: 'normal' } }, 'USD', issues);
 * [...rates].map(([code, rate]) => [code, rate.toString()]); // [['EUR', '1.37'], ['CHF', '1']]
 * [...ranges.keys()]; // ['CHF']
 * issues.map((issue) => issue.message); // ['--rate GBP: expected a positive exchange rate (USD per GBP) such as GBP=1.08, or a range such as GBP=1.05..1.15, found 0']
 */
export function exchangeRates(
  given: Readonly<Record<string, ExchangeRateOption>> | undefined,
  currency: string,
  issues: Issue[],
): { readonly rates: Map<string, Decimal>; readonly ranges: Map<string, ExchangeRateRange> } {
  const rates = new Map<string, Decimal>();
  const ranges = new Map<string, ExchangeRateRange>();
  for (const [code, value] of Object.entries(given ?? {})) {
    const problem = (message: string) => issues.push({ code: 'invalid-option', message: `--rate ${code}: ${message}` });
    const expected = (found: unknown) => `expected a positive exchange rate (${currency} per ${code}) such as ${code}=1.08, or a range such as ${code}=1.05..1.15, found ${JSON.stringify(found)}`;
    if (!isKnownCurrency(code)) {
      issues.push({ code: 'invalid-option', message: `--rate: expected CODE=RATE with an ISO 4217 currency code such as EUR=1.08, found the currency "${code}"${currencyCodeHint(code)}` });
    } else if (isRangeFile(value)) {
      if (code === currency) {
        problem(`${code} is the reporting currency, so its rate is 1, not a range`);
        continue;
      }
      const range = rangeOption(value, (message) => problem(message), expected);
      if (range !== undefined) {
        rates.set(code, range.median);
        ranges.set(code, range);
      }
    } else {
      const rate = parseDecimal(value);
      if (rate === undefined || !rate.greaterThan(0)) problem(expected(value));
      else if (code === currency && !rate.equals(1)) problem(`${code} is the reporting currency, so its rate is 1, not ${rate.toString()}`);
      else rates.set(code, rate);
    }
  }
  return { rates, ranges };
}

/**
 * A hint for a currency code that is not one: ` (did you mean "EUR"?)` when the code in
 * capitals is a known currency (ISO 4217 codes are written in capitals), else nothing.
 *
 * @example
 * [currencyCodeHint('eur'), currencyCodeHint('XXY')]; // [' (did you mean "EUR"?)', '']
 */
export function currencyCodeHint(code: string): string {
  const capitals = code.trim().toUpperCase();
  return capitals !== code && isKnownCurrency(capitals) ? ` (did you mean "${capitals}"?)` : '';
}

/** A range of an exchange rate, checked as the schema checks a scenario's ranges, then read as one; undefined, with the problems said, when it is not valid. */
function rangeOption(file: RangeFile, problem: (message: string) => void, expected: (found: unknown) => string): ExchangeRateRange | undefined {
  let valid = true;
  const fail = (message: string) => {
    problem(message);
    valid = false;
  };
  for (const key of Object.keys(file)) {
    if (!RANGE_KEYS.has(key)) fail(`unknown key "${key}" in a range; a range has "low", "high" and optionally "dist", "mode" and "known"`);
  }
  for (const key of ['low', 'high', 'mode'] as const) {
    const bound = file[key];
    if (bound === undefined) {
      if (key !== 'mode') fail(`missing required key "${key}" of a range`);
      continue;
    }
    const rate = typeof bound === 'string' || typeof bound === 'number' ? parseDecimal(bound) : undefined;
    if (rate === undefined || !rate.greaterThan(0)) fail(`"${key}": ${expected(bound)}`);
  }
  if (file.dist !== undefined && !(RANGE_DISTRIBUTIONS as readonly unknown[]).includes(file.dist)) {
    fail(`"dist": expected one of ${RANGE_DISTRIBUTIONS.map((dist) => `"${dist}"`).join(', ')}, found ${JSON.stringify(file.dist)}`);
  }
  if (file.known !== undefined && file.known !== 'never') fail(`"known": expected "never" (or no "known"), found ${JSON.stringify(file.known)}`);
  if (!valid) return undefined;
  const found: ScenarioRange[] = [];
  const median = uncertainValue(file, '', 'exchangeRate', { problem: (_path, _code, message) => problem(message), minorDigits: 0, ranges: found });
  const [read] = found;
  if (median === undefined || read === undefined) return undefined;
  if (!median.greaterThan(0)) {
    problem(`the median of the range is ${median.toString()} to 6 places; give a range of larger rates`);
    return undefined;
  }
  return { range: read.range, median, ...(read.neverKnown === true ? { neverKnown: true as const } : {}) };
}
