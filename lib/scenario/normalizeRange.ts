/**
 * A value of a scenario file that may be a range: read the number, or check the range and
 * give its median, the value every deterministic analysis uses, and remember the range for a
 * simulation.
 *
 *   value ─▶ a number (or a rate such as "3%") ─▶ itself
 *   { low, high, dist?, mode? } ─▶ the bounds read as the value's kind ─▶ checked: low ≤ high,
 *     a lognormal's low above 0, a mode for triangular and pert only and within the bounds,
 *     a rate above −100% ─▶ the median (rangeMedian), rounded: money to the currency's minor
 *     unit, rates and quantities to 6 places, a count of months to whole months (half away
 *     from zero) ─▶ recorded as a ScenarioRange
 */
import type { IssueCode } from '../issues/issueCodes.js';
import type { Decimal } from '../money/decimal.js';
import { parseDecimal, parseRate } from '../money/parseDecimal.js';
import { roundMoney } from '../money/roundMoney.js';
import { rangeMedian, type Range, type RangeDistribution } from './rangeDistribution.js';
import type { RangeFile, Uncertain } from './scenarioFile.js';

/**
 * Places a median of a rate or a quantity is rounded to: a millionth, the grid thresholds
 * search rates on.
 *
 * @example
 * RANGE_MEDIAN_PLACES; // 6
 */
export const RANGE_MEDIAN_PLACES = 6;

/**
 * What a value counts: money in the scenario's currency, a rate (a fraction: 0.03 is 3%), a
 * quantity of driver units, a whole number of months (a term, a duration, a life), or an
 * exchange rate (units of the reporting currency per unit of another, an analysis option).
 *
 * @example
 * const kind: ValueKind = 'rate';
 * kind; // 'rate'
 */
export type ValueKind = 'money' | 'rate' | 'quantity' | 'months' | 'exchangeRate';

/**
 * The longest count of months the format allows, and so the most a drawn one can be.
 *
 * @example
 * MAX_MONTH_COUNT; // 1200
 */
export const MAX_MONTH_COUNT = 1200;

/**
 * The least count of months the field at `path` allows: 0 for a commitment's notice, 1 for
 * every other (a term, a duration, a life). A drawn count below it is this.
 *
 * @example
 * [leastMonthCount('/commitment/noticeMonths'), leastMonthCount('/costs/0/lifeMonths')]; // [0, 1]
 */
export function leastMonthCount(path: string): number {
  return path.endsWith('/noticeMonths') ? 0 : 1;
}

/**
 * A range of a scenario: where its file writes it, what it counts, the distribution, and the
 * median the deterministic analysis uses in its place.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '30000', high: '45000', dist: 'uniform' }, every: 'month' }] }));
 * const [fee]: readonly ScenarioRange[] = provider.ranges ?? [];
 * [fee?.path, fee?.kind, fee?.range.dist, fee?.median.toFixed(2)]; // ['/costs/0/amount', 'money', 'uniform', '37500.00']
 */
export type ScenarioRange = {
  /** JSON Pointer of the range in the scenario's definition. */
  readonly path: string;
  readonly kind: ValueKind;
  /** The range, its bounds read as `kind` (a rate as a fraction). */
  readonly range: Range;
  /** The median, rounded: money to the currency's minor unit, rates and quantities to {@link RANGE_MEDIAN_PLACES} places. */
  readonly median: Decimal;
  /** The file that writes it (a base file it extends, or the scenario's own), when read from a file: the same range is the same quantity in every scenario that inherits it. */
  readonly file?: string;
  /** True when waiting until the revisit date will not reveal it (`"known": "never"`). */
  readonly neverKnown?: true;
};

/**
 * What reading an uncertain value needs: where to report problems, the currency's minor
 * unit, and where to record the ranges read.
 *
 * @example
 * const problems: string[] = [];
 * const context: RangeContext = { problem: (path, code, message) => problems.push(`${path}: ${message}`), minorDigits: 2, ranges: [] };
 * uncertainValue({ low: '3', high: '1' }, '/amount', 'money', context);
 * problems; // ['/amount/low: "low" (3) is above "high" (1); give the smaller value as "low"']
 */
export type RangeContext = {
  readonly problem: (path: string, code: IssueCode, message: string) => void;
  readonly minorDigits: number;
  readonly ranges: ScenarioRange[];
};

/**
 * The value at `path` as the analysis uses it: a number as it is, a range's median (recorded
 * in `context.ranges`). Undefined, with the problems reported, when a range is not valid.
 *
 * @example
 * const ranges: ScenarioRange[] = [];
 * const context: RangeContext = { problem: () => undefined, minorDigits: 2, ranges };
 * [uncertainValue('3%', '/raise', 'rate', context)?.toString(), uncertainValue({ low: '20', high: '45' }, '/value', 'quantity', context)?.toString(), ranges.length];
 * // ['0.03', '30', 1]
 */
export function uncertainValue(value: Uncertain<string | number>, path: string, kind: ValueKind, context: RangeContext): Decimal | undefined {
  if (!isRangeFile(value)) {
    const parsed = kind === 'rate' ? parseRate(value) : parseDecimal(value);
    if (parsed === undefined && kind !== 'rate') throw new Error(`schema let through an unreadable number at ${path}`);
    return parsed;
  }
  const range = checkedRange(value, path, kind, context.problem);
  if (range === undefined) return undefined;
  const median = roundedMedian(range, kind, context.minorDigits);
  context.ranges.push({ path, kind, range, median, ...(value.known === 'never' ? { neverKnown: true as const } : {}) });
  return median;
}

/**
 * Whether a value of a scenario file is a range rather than a number.
 *
 * @example
 * [isRangeFile({ low: 1, high: 2 }), isRangeFile('3%')]; // [true, false]
 */
export function isRangeFile(value: unknown): value is RangeFile {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A range as a file writes it, read as `kind` with its default distribution; undefined when it
 * is not a valid range (what is wrong is said when the scenario is normalized).
 *
 * @example
 * const range = rangeOfFile({ low: '2%', high: '4%' }, 'rate');
 * [range?.dist, range?.low.toString(), range?.high.toString()]; // ['lognormal', '0.02', '0.04']
 */
export function rangeOfFile(file: RangeFile, kind: ValueKind): Range | undefined {
  return checkedRange(file, '', kind, () => undefined);
}

/**
 * The median of a range as a file writes it, rounded as the analysis uses it: money to
 * `minorDigits` places, rates, quantities and exchange rates to {@link RANGE_MEDIAN_PLACES}, a count of months
 * to whole months (half away from zero; its bounds are whole months of the field, so the
 * median is one too).
 *
 * @example
 * roundedMedian(rangeOfFile({ low: '30000', high: '45000' }, 'money')!, 'money', 2).toFixed(2); // '36742.35'
 * roundedMedian(rangeOfFile({ low: 12, high: 36 }, 'months')!, 'months', 2).toString(); // '21'
 */
export function roundedMedian(range: Range, kind: ValueKind, minorDigits: number): Decimal {
  return roundMoney(rangeMedian(range), kind === 'money' ? minorDigits : kind === 'months' ? 0 : RANGE_MEDIAN_PLACES);
}

const WITH_MODE: ReadonlySet<RangeDistribution> = new Set(['triangular', 'pert']);

function checkedRange(file: RangeFile, path: string, kind: ValueKind, problem: RangeContext['problem']): Range | undefined {
  const read = (value: string | number | undefined) => (value === undefined ? undefined : kind === 'rate' ? parseRate(value) : parseDecimal(value));
  const low = read(file.low);
  const high = read(file.high);
  const mode = read(file.mode);
  let valid = low !== undefined && high !== undefined;
  if (kind === 'rate') {
    for (const [key, bound] of [['low', low], ['high', high], ['mode', mode]] as const) {
      if (bound === undefined && (key !== 'mode' || file.mode !== undefined)) {
        problem(`${path}/${key}`, 'invalid-value', `expected a rate such as 0.03 or "3%", found ${JSON.stringify(file[key])}`);
        valid = false;
      } else if (bound !== undefined && bound.lessThanOrEqualTo(-1)) {
        problem(`${path}/${key}`, 'out-of-range', `expected a rate above -100%, found ${JSON.stringify(file[key])}`);
        valid = false;
      }
    }
  }
  if (low === undefined || high === undefined || !valid) return undefined;
  if (low.greaterThan(high)) {
    problem(`${path}/low`, 'invalid-value', `"low" (${low.toString()}) is above "high" (${high.toString()}); give the smaller value as "low"`);
    return undefined;
  }
  const dist: RangeDistribution = file.dist ?? (low.isPositive() && !low.isZero() ? 'lognormal' : 'normal');
  if (dist === 'lognormal' && !(low.isPositive() && !low.isZero())) {
    problem(`${path}/low`, 'out-of-range', `a lognormal range needs "low" above 0, found ${low.toString()}; for a range that reaches 0 or below, give "dist": "normal", "uniform", "triangular" or "pert"`);
    return undefined;
  }
  if (WITH_MODE.has(dist)) {
    if (mode === undefined) {
      problem(path, 'missing-key', `missing required key "mode": a ${dist} range needs its most likely value`);
      return undefined;
    }
    if (mode.lessThan(low) || mode.greaterThan(high)) {
      problem(`${path}/mode`, 'out-of-range', `expected a mode from "low" (${low.toString()}) to "high" (${high.toString()}), found ${mode.toString()}`);
      return undefined;
    }
    return { dist, low, high, mode };
  }
  if (file.mode !== undefined) {
    problem(`${path}/mode`, 'invalid-value', `only a triangular or pert range has a "mode"; a ${dist} range is given by "low" and "high" alone (remove "mode", or give "dist": "triangular" or "pert")`);
    return undefined;
  }
  return { dist, low, high };
}
