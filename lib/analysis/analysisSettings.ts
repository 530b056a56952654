import { addMonths, formatMonth, LAST_MONTH, outsideCalendar, parseMonth, type Month } from '../calendar/month.js';
import { didYouMeanSuffix } from '../issues/didYouMean.js';
import type { Issue, Result } from '../issues/issue.js';
import type { Decimal } from '../money/decimal.js';
import { minorUnitDigits, isKnownCurrency } from '../money/minorUnitDigits.js';
import { parseRate } from '../money/parseDecimal.js';
import type { LedgerView } from '../model/modelContext.js';
import { driverConflicts } from '../scenario/driverConflicts.js';
import type { Scenario } from '../scenario/scenario.js';
import { currencyCodeHint, exchangeRates, type ExchangeRateOption, type ExchangeRateRange } from './exchangeRates.js';
import { overlapSources } from './overlapSources.js';
import { unitCostSettings, type UnitCostSettings } from './unitCostSettings.js';

/**
 * The longest horizon costmodel analyses: 100 years.
 *
 * @example
 * MAX_HORIZON_MONTHS; // 1200
 * tryCompare([selfHosted], { months: MAX_HORIZON_MONTHS + 1 }).ok; // false
 */
export const MAX_HORIZON_MONTHS = 1200;
/**
 * The default horizon: three years, like the TCO calculators.
 *
 * @example
 * DEFAULT_HORIZON_MONTHS; // 36
 * compare([selfHosted]).settings.months; // 36
 */
export const DEFAULT_HORIZON_MONTHS = 36;

/**
 * Analysis options, as a notebook or the CLI gives them; every one has a default.
 *
 * @example
 * const options: AnalysisOptions = { months: 24, from: '2009-05', discountRate: '8%', baseline: 'Managed provider' };
 * compare([selfHosted, managedProvider], options).settings;
 * // { from: '2009-05', to: '2011-04', months: 24, currency: 'USD', minorDigits: 2, discountRate: '0.08', baseline: 'Managed provider' }
 */
export type AnalysisOptions = {
  /** Horizon length in months (default 36, at most 1200). */
  readonly months?: number;
  /** First month of the analysis, `YYYY-MM` (default: the earliest scenario start). */
  readonly from?: string;
  /** Annual effective discount rate for NPV: 0.08 or "8%" (default: no discounting). */
  readonly discountRate?: string | number;
  /** Name of the scenario the others are compared with (default: the first). */
  readonly baseline?: string;
  /** How hardware appears: `cash` pays it when bought (default), `amortized` spreads it over its life. */
  readonly view?: LedgerView;
  /** ISO 4217 code of the currency to report in (default: the first scenario's). */
  readonly currency?: string;
  /**
   * Exchange rates into the reporting currency, by currency: `{ EUR: '1.08' }` reads
   * "1 EUR = 1.08" of the reporting currency. Needed for every scenario in another currency.
   * A rate may be a range, `{ EUR: { low: '1.05', high: '1.15' } }`: the analysis uses its
   * median, a simulation draws it.
   */
  readonly rates?: Readonly<Record<string, ExchangeRateOption>>;
  /** Months from each committed scenario's start after which to cost leaving it (`--exit-after`). */
  readonly exitAfter?: number;
  /** A driver (e.g. `customers`) to show the cost per unit of, month by month (`--per`). */
  readonly per?: string;
  /** A cost per unit to reach: the comparison says when each scenario first gets there (`--per-target`). */
  readonly perTarget?: string | number;
};

/**
 * The options resolved against the scenarios, with every default filled in.
 *
 * @example
 * const settings: AnalysisSettings = unwrap(resolveSettings([selfHosted, managedProvider], { discountRate: '8%', baseline: 'Managed provider' }));
 * [formatMonth(settings.from), settings.months, settings.discountRate?.toString(), settings.baselineIndex]; // ['2009-05', 36, '0.08', 1]
 */
export type AnalysisSettings = {
  readonly from: Month;
  readonly months: number;
  readonly currency: string;
  readonly minorDigits: number;
  readonly discountRate?: Decimal;
  readonly baselineIndex: number;
  /** The view asked for; absent means `cash`. */
  readonly view?: LedgerView;
  /** The exchange rate of each scenario currency that is not the reporting currency (a range's median); absent when none is. */
  readonly rates?: ReadonlyMap<string, Decimal>;
  /** The exchange rates among `rates` given as ranges, by currency; absent when none is. */
  readonly rateRanges?: ReadonlyMap<string, ExchangeRateRange>;
  readonly exitAfter?: number;
  /** The driver to show the cost per unit of, and the target cost per unit; absent when not asked. */
  readonly unitCost?: UnitCostSettings;
  /**
   * For each scenario, the index of the scenario its `overlap` migrates from; absent when no
   * scenario has an overlap, undefined for one without (or one that would overlap itself).
   */
  readonly overlapFrom?: readonly (number | undefined)[];
};

/**
 * Checks the scenarios and options together — at least one scenario, unique names, one
 * currency, a sane horizon, a known baseline — and resolves the defaults.
 *
 * @example
 * const settings = resolveSettings([selfHosted, managedProvider], { months: 36 });
 * settings.ok && formatMonth(settings.value.from); // '2009-05'
 * const clash = resolveSettings([selfHosted, selfHosted]);
 * !clash.ok && clash.issues.map((issue) => issue.code); // ['duplicate-scenario']
 */
export function resolveSettings(scenarios: readonly Scenario[], options: AnalysisOptions = {}): Result<AnalysisSettings> {
  const issues: Issue[] = [];
  if (scenarios.length === 0) {
    return { ok: false, issues: [{ code: 'no-scenarios', message: 'no scenarios to analyse: give at least one scenario file' }] };
  }
  const firstWithName = new Map<string, Scenario>();
  const givenAgain = new Set<string>();
  for (const scenario of scenarios) {
    const earlier = firstWithName.get(scenario.name);
    if (earlier === undefined) {
      firstWithName.set(scenario.name, scenario);
    } else if (earlier.origin !== undefined && earlier.origin === scenario.origin) {
      // One file given twice or more (a glob and its name both match it): said once.
      if (!givenAgain.has(scenario.origin)) {
        givenAgain.add(scenario.origin);
        issues.push({
          code: 'duplicate-scenario',
          file: scenario.origin,
          message: `this file is given more than once, and its scenario "${scenario.name}" cannot be compared with itself; give each file once (a glob and a file name can both match one file)`,
        });
      }
    } else {
      issues.push({
        code: 'duplicate-scenario',
        ...(scenario.origin === undefined ? {} : { file: scenario.origin }),
        path: '/name',
        message: `the scenario name "${scenario.name}" is already used${earlier.origin === undefined ? '' : ` by ${earlier.origin}`}; compared scenarios need unique names`,
      });
    }
  }
  const first = scenarios[0] as Scenario;
  let currency = first.currency;
  if (options.currency !== undefined) {
    if (isKnownCurrency(options.currency)) currency = options.currency;
    else issues.push({ code: 'invalid-option', message: `--currency: expected an ISO 4217 currency code such as USD, found "${options.currency}"${currencyCodeHint(options.currency)}` });
  }
  const { rates: givenRates, ranges: givenRanges } = exchangeRates(options.rates, currency, issues);
  const rates = new Map<string, Decimal>();
  const rateRanges = new Map<string, ExchangeRateRange>();
  for (const scenario of scenarios) {
    if (scenario.currency === currency || rates.has(scenario.currency)) continue;
    const rate = givenRates.get(scenario.currency);
    if (rate !== undefined) {
      rates.set(scenario.currency, rate);
      const range = givenRanges.get(scenario.currency);
      if (range !== undefined) rateRanges.set(scenario.currency, range);
      continue;
    }
    // A rate given but unreadable has been reported already.
    if (options.rates !== undefined && scenario.currency in options.rates) continue;
    const against = options.currency === undefined ? `${first.currency} of "${first.name}"${first.origin === undefined ? '' : ` (${first.origin})`}` : `the reporting currency ${currency}`;
    const advice = givenRates.size === 0 && options.currency === undefined ? 'compared scenarios must share one currency, ' : '';
    issues.push({
      code: 'mixed-currencies',
      ...(scenario.origin === undefined ? {} : { file: scenario.origin }),
      path: '/currency',
      message: `currency ${scenario.currency} differs from ${against}; ${advice}${advice === '' ? 'give' : 'or give'} an exchange rate: --rate ${scenario.currency}=N, N ${currency} per ${scenario.currency}`,
    });
  }

  const months = options.months ?? DEFAULT_HORIZON_MONTHS;
  if (!Number.isInteger(months) || months < 1 || months > MAX_HORIZON_MONTHS) {
    issues.push({ code: 'invalid-option', message: `--months: expected a whole number of months from 1 to ${MAX_HORIZON_MONTHS}, found ${String(options.months)}` });
  }
  let from = Math.min(...scenarios.map((s) => s.start));
  if (options.from !== undefined) {
    const parsed = parseMonth(options.from);
    if (parsed === undefined) issues.push({ code: 'invalid-option', message: `--from: expected a month as YYYY-MM, found "${options.from}"` });
    else if (outsideCalendar(parsed) !== undefined) issues.push({ code: 'outside-calendar', message: `--from: ${outsideCalendar(parsed) as string}` });
    else from = parsed;
  }
  if (Number.isInteger(months) && months >= 1 && months <= MAX_HORIZON_MONTHS) issues.push(...horizonPastCalendar(scenarios, from, months, options));
  let discountRate: Decimal | undefined;
  if (options.discountRate !== undefined) {
    discountRate = parseRate(options.discountRate);
    if (discountRate === undefined || discountRate.lessThanOrEqualTo(-1)) {
      issues.push({ code: 'invalid-option', message: `--discount-rate: expected an annual rate such as 0.08 or "8%", found "${String(options.discountRate)}"` });
    } else if (discountRate.greaterThanOrEqualTo(1) && !String(options.discountRate).includes('%')) {
      // "8" for 8%: a fraction of 1 or more is a slip far more often than a rate of 100% a year or more.
      const text = String(options.discountRate).trim();
      const percent = discountRate.times(100).toString();
      issues.push({ code: 'invalid-option', message: `--discount-rate: ${text} reads as ${percent}% a year; write ${text}% (or ${discountRate.dividedBy(100).toString()}) for ${text} percent, or ${percent}% if that is meant` });
    }
  }
  let baselineIndex = 0;
  if (options.baseline !== undefined) {
    baselineIndex = scenarios.findIndex((s) => s.name === options.baseline);
    if (baselineIndex < 0) {
      const names = scenarios.map((s) => s.name);
      issues.push({
        code: 'unknown-baseline',
        message: `--baseline: no scenario is named "${options.baseline}"${didYouMeanSuffix(options.baseline, names)}; the scenarios are ${names.map((n) => `"${n}"`).join(', ')}`,
      });
    }
  }
  if (options.view !== undefined && options.view !== 'cash' && options.view !== 'amortized') {
    issues.push({ code: 'invalid-option', message: `--view: expected "cash" or "amortized", found "${String(options.view)}"` });
  }
  const exitAfter = options.exitAfter;
  if (exitAfter !== undefined && !isMonthCount(exitAfter)) {
    issues.push({ code: 'invalid-option', message: `--exit-after: expected a whole number of months from 1 to ${MAX_HORIZON_MONTHS}, found ${String(exitAfter)}` });
  }
  const overlapFrom = overlapSources(scenarios, baselineIndex, issues);
  issues.push(...driverConflicts(scenarios));
  const unitCost = unitCostSettings(scenarios, options, issues);
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      from,
      months,
      currency,
      minorDigits: currency === first.currency ? first.minorDigits : minorUnitDigits(currency),
      ...(discountRate === undefined ? {} : { discountRate }),
      baselineIndex,
      ...(options.view === undefined ? {} : { view: options.view }),
      ...(rates.size === 0 ? {} : { rates }),
      ...(rateRanges.size === 0 ? {} : { rateRanges }),
      ...(exitAfter === undefined ? {} : { exitAfter }),
      ...(overlapFrom === undefined ? {} : { overlapFrom }),
      ...(unitCost === undefined ? {} : { unitCost }),
    },
  };
}

/** The last month of the analysis. */
export function lastMonth(settings: Pick<AnalysisSettings, 'from' | 'months'>): Month {
  return addMonths(settings.from, settings.months - 1);
}

/** `YYYY-MM` of every month of the analysis. */
export function monthLabels(settings: Pick<AnalysisSettings, 'from' | 'months'>): string[] {
  return Array.from({ length: settings.months }, (_, i) => formatMonth(settings.from + i));
}

/**
 * The analysis must end by {@link LAST_MONTH}: its last month, and the end of each committed
 * scenario's term and of leaving it after `--exit-after` months, which its sentences name.
 * The problem is put where it can be fixed: the options, or the scenario's start.
 */
/** A whole number of months an analysis can have: 1 to {@link MAX_HORIZON_MONTHS}. */
function isMonthCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_HORIZON_MONTHS;
}

function horizonPastCalendar(scenarios: readonly Scenario[], from: Month, months: number, options: AnalysisOptions): Issue[] {
  const end = from + months - 1;
  if (end > LAST_MONTH) {
    const message = `the analysis from ${formatMonth(from)} over ${months} months would run to ${formatMonth(end)}, after ${formatMonth(LAST_MONTH)}, the last month costmodel models; give fewer --months`;
    // Without --from, the analysis starts at the earliest start: that file is where to look.
    const earliest = options.from === undefined ? scenarios.find((scenario) => scenario.start === from) : undefined;
    if (earliest === undefined) return [{ code: 'outside-calendar', message: `--months: ${message} or an earlier --from` }];
    return [{ code: 'outside-calendar', ...(earliest.origin === undefined ? {} : { file: earliest.origin }), path: '/start', message: `${message} or an earlier start` }];
  }
  const issues: Issue[] = [];
  for (const scenario of scenarios) {
    const commitment = scenario.commitment;
    // An exit after what is not a whole number of months in range is said to be that, and only that.
    if (commitment === undefined || !isMonthCount(options.exitAfter)) continue;
    const leaving = scenario.start + options.exitAfter + (commitment.noticeMonths ?? 0) - 1;
    if (leaving > LAST_MONTH) {
      issues.push({ code: 'outside-calendar', message: `--exit-after: leaving "${scenario.name}" after ${options.exitAfter} months would run to ${formatMonth(leaving)}, after ${formatMonth(LAST_MONTH)}, the last month costmodel models` });
    }
  }
  return issues;
}

/**
 * `{ ranges: 'medians' }` when a scenario gives a value as a range or an exchange rate is one
 * (a deterministic result then holds each range's median), `{}` otherwise: what every
 * result's settings spread in.
 *
 * @example
 * rangesAtMedians([selfHosted], unwrap(resolveSettings([selfHosted], { months: 12 }))); // {}
 */
export function rangesAtMedians(scenarios: readonly Scenario[], settings: AnalysisSettings): { readonly ranges?: 'medians' } {
  return scenarios.some((scenario) => scenario.ranges !== undefined) || settings.rateRanges !== undefined ? { ranges: 'medians' } : {};
}
