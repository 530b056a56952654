/**
 * compare: scenarios → the comparison result every renderer consumes.
 *
 *   scenarios ─▶ resolveSettings ─▶ comparisonLedger (exact ledger over the horizon, in the
 *     reporting currency, migration overlaps added)
 *     ─▶ per scenario: monthly totals, cumulative, year totals, NPV, categories, items
 *     ─▶ against the baseline: difference, break-even, crossings
 *     ─▶ commitment exposure (over the term, whatever the horizon)
 *     ─▶ Comparison (version 1, money as decimal strings)
 */
import { formatMonth } from '../calendar/month.js';
import { breakEvenIndex, crossings } from '../analysis/breakEven.js';
import { npv } from '../analysis/npv.js';
import { cumulativeMinorUnits, sumMinorUnits } from '../analysis/sumMinorUnits.js';
import { unwrap, type Result } from '../issues/issue.js';
import type { Decimal } from '../money/decimal.js';
import { formatMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import { packedMinorUnits, unpackedMinorUnits } from '../money/packedMinorUnits.js';
import { roundMoney } from '../money/roundMoney.js';
import { categoriesOnRead, type ScenarioSchedule } from '../model/schedule.js';
import { definedOnly } from '../scenario/definedOnly.js';
import type { CostItem, Scenario } from '../scenario/scenario.js';
import { lastMonth, monthLabels, resolveSettings, type AnalysisOptions, type AnalysisSettings, rangesAtMedians } from '../analysis/analysisSettings.js';
import type { AnalysisMonth, Comparison, HorizonYear, ScenarioComparison } from './comparison.js';
import { keptOnFirstRead } from './keptOnFirstRead.js';
import { commitmentSummary } from './commitmentSummary.js';
import { comparisonLedgers } from '../analysis/comparisonLedger.js';
import { scenarioAnnotations } from './scenarioAnnotations.js';
import { scenarioUnitCost } from './scenarioUnitCost.js';

/**
 * Compares scenarios over a horizon. Throws {@link InputError} on invalid scenarios or
 * options; {@link tryCompare} returns the issues instead.
 *
 * @example
 * const result = compare([selfHosted, managedProvider], { months: 36 });
 * result.scenarios.map((s) => [s.name, s.total]); // [['Self-hosted', '144000.00'], ['Managed provider', '1485000.00']]
 */
export function compare(scenarios: readonly Scenario[], options: AnalysisOptions = {}): Comparison {
  return unwrap(tryCompare(scenarios, options));
}

/**
 * {@link compare}, returning problems with the input as a value instead of throwing.
 *
 * @example
 * const result = tryCompare([selfHosted, managedProvider], { baseline: 'Cloud' });
 * result.ok ? result.value.settings.baseline : result.issues.map((issue) => issue.code); // ['unknown-baseline']
 */
export function tryCompare(scenarios: readonly Scenario[], options: AnalysisOptions = {}): Result<Comparison> {
  return tryCompareWritingMonths(scenarios, options, 'now');
}

/**
 * {@link tryCompare}, for a caller that may never read the month-by-month figures (the
 * terminal table shows none of them): with `'on first read'`, each scenario's `monthly`,
 * `cumulative` and `categories`, and its `years` and `items` (which a table too narrow for
 * the years, and every table, leave out), are written out when first read, then stay as
 * plain data in their place, so JSON, spreading and cloning see what {@link tryCompare}
 * gives. For a thousand scenarios over ten years they would be over a million strings. The
 * library returns plain data ('now'): an inspected result shows its figures, not getters.
 */
export function tryCompareWritingMonths(scenarios: readonly Scenario[], options: AnalysisOptions, when: MonthByMonth): Result<Comparison> {
  const settings = resolveSettings(scenarios, options);
  if (!settings.ok) return settings;
  return { ok: true, value: compareWithSettings(scenarios, settings.value, undefined, when) };
}

/** When a comparison writes out its month-by-month figures: at once, or when first read. */
export type MonthByMonth = 'now' | 'on first read';

/** How a scenario's month-by-month fields (and its years and items) are written out. */
type MonthByMonthMakers = { readonly [K in MonthByMonthField]: () => ScenarioComparison[K] };

/** The makers a result written on first read holds until each has written its field (then let go, with what it writes from). */
type MakersUntilRead = { -readonly [K in MonthByMonthField]: (() => ScenarioComparison[K]) | undefined };

/** Where a result written on first read keeps its {@link MonthByMonthMakers}: a symbol key of its own, not enumerable, so JSON, spreading and `Object.keys` do not see it. */
const MAKERS = Symbol('month-by-month');

/**
 * Writes one of a scenario's month-by-month fields into its result: now, or as a getter that
 * writes it on first read. The getters are shared by every result, and each reads what to
 * write from the result itself (its MAKERS): results whose keys are added in one order, each
 * getter the same function, share one hidden class. A getter made per result, or a value
 * turned into a getter, makes every result a dictionary, slower to make and to read.
 */
function writeField(result: Partial<Record<keyof ScenarioComparison, unknown>>, key: MonthByMonthField, when: MonthByMonth, make: MonthByMonthMakers): void {
  if (when === 'now') result[key] = make[key]();
  else Object.defineProperty(result, key, WRITTEN_ON_FIRST_READ[key]);
}

const WRITTEN_ON_FIRST_READ = Object.fromEntries(
  (['years', 'monthly', 'cumulative', 'categories', 'items'] as const).map((key) => [
    key,
    {
      get(this: { readonly [MAKERS]: MakersUntilRead }) {
        const makers = this[MAKERS];
        const value = (makers[key] as () => unknown)();
        makers[key] = undefined;
        return keptOnFirstRead(this, key, value);
      },
      enumerable: true,
      configurable: true,
    },
  ]),
) as Readonly<Record<MonthByMonthField, PropertyDescriptor>>;

type MonthByMonthField = 'years' | 'monthly' | 'cumulative' | 'categories' | 'items';

/** The comparison for settings already resolved against the scenarios. */
export function compareWithSettings(scenarios: readonly Scenario[], settings: AnalysisSettings, ledgers?: readonly ScenarioSchedule[], when: MonthByMonth = 'now'): Comparison {
  const digits = settings.minorDigits;
  const money = (amount: Decimal) => amount.toFixed(digits);
  const units = (amount: MinorUnits) => formatMinorUnits(amount, digits);
  const months = monthLabels(settings);
  const at = (index: number): AnalysisMonth => ({ month: index + 1, calendar: months[index] as string });
  // Each scenario's ledger is read once, for its own result: built then (unless given), not kept.
  const ledgerOf = ledgers === undefined ? comparisonLedgers(scenarios, settings, when) : (index: number) => ledgers[index] as ScenarioSchedule;
  const baseline = ledgerOf(settings.baselineIndex);
  const baselineCumulative = cumulativeMinorUnits(baseline.monthlyMinorUnits);
  const baselineTotal = baselineCumulative[baselineCumulative.length - 1] as MinorUnits;

  const results = scenarios.map((_scenario, index): ScenarioComparison => {
    const entry = index === settings.baselineIndex ? baseline : ledgerOf(index);
    const { scenario, monthlyMinorUnits } = entry;
    const cumulative = index === settings.baselineIndex ? baselineCumulative : cumulativeMinorUnits(monthlyMinorUnits);
    const total = cumulative[cumulative.length - 1] as MinorUnits;
    const isBaseline = index === settings.baselineIndex;
    const breakEvenAt = isBaseline ? undefined : breakEvenIndex(baselineCumulative, cumulative);
    const sums = when === 'now' ? sumsNow(monthlyMinorUnits, cumulative, entry.categories) : sumsKept(monthlyMinorUnits, categoriesOnRead(entry));
    // What the items' totals are written from: not the ledger's items, which hold every entry.
    const itemTotals = entry.items.map(({ item, totalMinorUnits }) => ({ item, totalMinorUnits }));
    const make = monthByMonth(sums, itemTotals, digits);
    // Key by key, in the order of the keys, the month-by-month ones written now or added as
    // getters (see writeField).
    const result: Partial<Record<keyof ScenarioComparison, unknown>> = {
      name: scenario.name,
      description: scenario.description ?? null,
      origin: scenario.origin ?? null,
      start: formatMonth(scenario.start),
      isBaseline,
      total: units(total),
    };
    // Made for this result alone: each maker is let go once its field is written.
    if (when === 'on first read') Object.defineProperty(result, MAKERS, { value: make as MakersUntilRead });
    writeField(result, 'years', when, make);
    result.npv = settings.discountRate === undefined ? null : money(roundMoney(npv(entry.monthlyTotals, settings.discountRate), digits));
    result.difference = units(total - baselineTotal);
    writeField(result, 'monthly', when, make);
    writeField(result, 'cumulative', when, make);
    writeField(result, 'categories', when, make);
    writeField(result, 'items', when, make);
    result.breakEven = isBaseline
      ? null
      : ({
          at: breakEvenAt === undefined ? null : at(breakEvenAt),
          crossings: crossings(baselineCumulative, cumulative).map((c) => definedOnly(at(c.monthIndex), { cheaper: c.cheaper })),
        } satisfies ScenarioComparison['breakEven']);
    result.commitment = commitmentSummary(scenario, settings, entry) satisfies ScenarioComparison['commitment'];
    return Object.assign(result, scenarioAnnotations(entry, index, scenarios, settings), scenarioUnitCost(entry, settings, at)) as ScenarioComparison;
  });

  return {
    version: 1,
    kind: 'comparison',
    settings: {
      from: formatMonth(settings.from),
      to: formatMonth(lastMonth(settings)),
      months: settings.months,
      currency: settings.currency,
      minorDigits: digits,
      discountRate: settings.discountRate === undefined ? null : settings.discountRate.toString(),
      baseline: (scenarios[settings.baselineIndex] as Scenario).name,
      ...(settings.view === undefined ? {} : { view: settings.view }),
      ...(settings.rates === undefined ? {} : { rates: Object.fromEntries([...settings.rates].map(([currency, rate]) => [currency, rate.toString()])) }),
      ...(settings.exitAfter === undefined ? {} : { exitAfter: settings.exitAfter }),
      ...rangesAtMedians(scenarios, settings),
    },
    months,
    years: horizonYears(months),
    scenarios: results,
  };
}

/**
 * How a result's month-by-month fields are written from its sums. Made here, away from the
 * comparison's other closures: a result written on first read keeps these functions, and
 * through them whatever the function that made them refers to (there, every ledger).
 */
function monthByMonth(sums: MonthByMonthSums, itemTotals: readonly ItemTotal[], digits: number): { readonly [K in MonthByMonthField]: () => ScenarioComparison[K] } {
  const units = (amount: MinorUnits) => formatMinorUnits(amount, digits);
  return {
    years: () => yearTotalsFromCumulative(sums.cumulative(), digits),
    items: () =>
      itemTotals.map(({ item, totalMinorUnits }) => ({
        name: item.name,
        kind: item.kind,
        category: item.category,
        total: units(totalMinorUnits),
        source: item.source ?? null,
        note: item.note ?? null,
      })),
    monthly: () => sums.monthly().map(units),
    cumulative: () => sums.cumulative().map(units),
    categories: () => Array.from(sums.categories(), ([category, monthly]) => ({ category, total: units(sumMinorUnits(monthly)), years: yearTotals(monthly, digits), monthly: monthly.map(units) })),
  };
}

function yearTotals(monthly: readonly MinorUnits[], digits: number): string[] {
  return yearRanges(monthly.length).map(([from, to]) => formatMinorUnits(sumMinorUnits(monthly, from, to), digits));
}

/** {@link yearTotals} from the cumulative sums: each year's total is what the cumulative sum grew by over it, one subtraction a year. */
function yearTotalsFromCumulative(cumulative: readonly MinorUnits[], digits: number): string[] {
  const totals: string[] = [];
  let before = 0n;
  for (let from = 0; from < cumulative.length; from += 12) {
    const atEnd = cumulative[Math.min(from + 12, cumulative.length) - 1] as MinorUnits;
    totals.push(formatMinorUnits(atEnd - before, digits));
    before = atEnd;
  }
  return totals;
}

/** An item of a scenario and its total over the horizon, as its result writes them out. */
type ItemTotal = { readonly item: CostItem; readonly totalMinorUnits: MinorUnits };

/** A scenario's sums month by month, as its result writes them out. */
type MonthByMonthSums = {
  readonly monthly: () => readonly MinorUnits[];
  readonly cumulative: () => readonly MinorUnits[];
  readonly categories: () => Iterable<readonly [string, readonly MinorUnits[]]>;
};

function sumsNow(monthly: readonly MinorUnits[], cumulative: readonly MinorUnits[], categories: ReadonlyMap<string, readonly MinorUnits[]>): MonthByMonthSums {
  return { monthly: () => monthly, cumulative: () => cumulative, categories: () => categories };
}

/**
 * The sums kept until a result's month-by-month figures are first read: the monthly sums
 * packed as numbers (one object, where bigints are one more per month), the cumulative sums
 * worked out again then, the categories made from what the ledger makes them from. A
 * function of its own, so that these closures hold that alone: closures made in one function
 * share what they refer to, and made beside the ledger's bigints they would keep them all
 * (half a million for a thousand scenarios, copied by every collection of the young generation).
 */
function sumsKept(monthly: readonly MinorUnits[], categories: () => ReadonlyMap<string, readonly MinorUnits[]>): MonthByMonthSums {
  const monthlyKept = packedMinorUnits(monthly);
  return {
    monthly: () => unpackedMinorUnits(monthlyKept),
    cumulative: () => cumulativeMinorUnits(unpackedMinorUnits(monthlyKept)),
    categories,
  };
}

function horizonYears(months: readonly string[]): HorizonYear[] {
  const years: HorizonYear[] = [];
  for (let from = 0; from < months.length; from += 12) {
    const to = Math.min(from + 12, months.length) - 1;
    years.push({ label: `Year ${years.length + 1}`, from: months[from] as string, to: months[to] as string, months: to - from + 1 });
  }
  return years;
}

function yearRanges(months: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let from = 0; from < months; from += 12) ranges.push([from, Math.min(from + 12, months)]);
  return ranges;
}
