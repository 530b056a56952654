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
import { cumulativeDoubles, cumulativeMinorUnits, sumMinorUnits } from '../analysis/sumMinorUnits.js';
import { unwrap, type Result } from '../issues/issue.js';
import type { Decimal } from '../money/decimal.js';
import { formatMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import { packedMinorUnits, unpackedMinorUnits, type PackedMinorUnits } from '../money/packedMinorUnits.js';
import { roundMoney } from '../money/roundMoney.js';
import { categoriesOnRead, monthlySumsAsDoubles, type ScenarioSchedule } from '../model/schedule.js';
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

/**
 * Where a result written on first read keeps its {@link MonthByMonthSource}: a symbol key of
 * its own, not enumerable, so JSON, spreading and `Object.keys` do not see it.
 */
const SOURCE = Symbol('month-by-month');

/**
 * Writes one of a scenario's month-by-month fields into its result: now, or as a getter that
 * writes it on first read. The getters are shared by every result, and each reads what to
 * write from the result itself (its SOURCE): results whose keys are added in one order, each
 * getter the same function, share one hidden class. A getter made per result, or a value
 * turned into a getter, makes every result a dictionary, slower to make and to read.
 */
function writeField(result: Partial<Record<keyof ScenarioComparison, unknown>>, key: MonthByMonthField, when: MonthByMonth, source: MonthByMonthSource): void {
  if (when === 'now') result[key] = source[key]();
  else Object.defineProperty(result, key, WRITTEN_ON_FIRST_READ[key]);
}

const WRITTEN_ON_FIRST_READ = Object.fromEntries(
  (['years', 'monthly', 'cumulative', 'categories', 'items'] as const).map((key) => [
    key,
    {
      get(this: { [SOURCE]: MonthByMonthSource | undefined }) {
        const source = this[SOURCE] as MonthByMonthSource;
        const value = source[key]();
        // Once every field is written, nothing is kept to write them from.
        if (source.written()) this[SOURCE] = undefined;
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
    const scenario = entry.scenario;
    const isBaseline = index === settings.baselineIndex;
    // A ledger written on first read may hold its sums per month as exact doubles: the running
    // sums are worked out in them while they stay safe integers, its bigints never made.
    const doubles = when === 'now' ? undefined : monthlySumsAsDoubles(entry);
    const cumulative: readonly MinorUnits[] | readonly number[] = isBaseline ? baselineCumulative : ((doubles === undefined ? undefined : cumulativeDoubles(doubles)) ?? cumulativeMinorUnits(entry.monthlyMinorUnits));
    const last = cumulative[cumulative.length - 1] as MinorUnits | number;
    const total = typeof last === 'bigint' ? last : BigInt(last);
    const breakEvenAt = isBaseline ? undefined : breakEvenIndex(baselineCumulative, cumulative);
    const source =
      when === 'now'
        ? new MonthByMonthSource(entry.monthlyMinorUnits, cumulative as readonly MinorUnits[], () => entry.categories, entry, scenario, digits)
        : new MonthByMonthSource(doubles ?? packedMinorUnits(entry.monthlyMinorUnits), undefined, categoriesOnRead(entry), entry, scenario, digits);
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
    // Made for this result alone, and let go once every field is written.
    if (when === 'on first read') Object.defineProperty(result, SOURCE, { value: source, writable: true });
    writeField(result, 'years', when, source);
    result.npv = settings.discountRate === undefined ? null : money(roundMoney(npv(entry.monthlyTotals, settings.discountRate), digits));
    result.difference = units(total - baselineTotal);
    writeField(result, 'monthly', when, source);
    writeField(result, 'cumulative', when, source);
    writeField(result, 'categories', when, source);
    writeField(result, 'items', when, source);
    result.breakEven = isBaseline
      ? null
      : ({
          at: breakEvenAt === undefined ? null : at(breakEvenAt),
          crossings: crossings(baselineCumulative, cumulative).map((c) => definedOnly(at(c.monthIndex), { cheaper: c.cheaper })),
        } satisfies ScenarioComparison['breakEven']);
    result.commitment = commitmentSummary(scenario, settings, entry, months) satisfies ScenarioComparison['commitment'];
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
 * What a result's month-by-month fields (and its years and items) are written from: its
 * sums per month (kept as numbers until read: one object, where bigints are one more per
 * month), its sums per category (what the ledger makes them from), its items' totals. One
 * object for all five fields of a result, holding none of the comparison's other values (its
 * ledgers): a result written on first read keeps it until every field is written, and
 * whatever it holds is copied by every collection of the young generation until then.
 */
class MonthByMonthSource {
  readonly #monthly: PackedMinorUnits;
  /** The cumulative sums, when already made (a result written now); else made again when read. */
  readonly #cumulative: readonly MinorUnits[] | undefined;
  readonly #categories: () => Iterable<readonly [string, readonly MinorUnits[]]>;
  /** The ledger's items (the scenario's own when they are the same) and their totals, in order. */
  readonly #items: readonly CostItem[];
  readonly #itemTotals: PackedMinorUnits;
  readonly #digits: number;
  #unwritten = 5;

  constructor(
    monthly: PackedMinorUnits,
    cumulative: readonly MinorUnits[] | undefined,
    categories: () => Iterable<readonly [string, readonly MinorUnits[]]>,
    ledger: ScenarioSchedule,
    scenario: Scenario,
    digits: number,
  ) {
    this.#monthly = monthly;
    this.#cumulative = cumulative;
    this.#categories = categories;
    // Not the ledger's items, which hold every entry.
    const items = ledger.items;
    this.#items = items.length === scenario.items.length && items.every(({ item }, index) => item === scenario.items[index]) ? scenario.items : items.map(({ item }) => item);
    this.#itemTotals = packedMinorUnits(items.map(({ totalMinorUnits }) => totalMinorUnits));
    this.#digits = digits;
  }

  /** Counts a field written: true once all five are. */
  written(): boolean {
    return --this.#unwritten === 0;
  }

  years(): ScenarioComparison['years'] {
    return yearTotalsFromCumulative(this.#cumulativeSums(), this.#digits);
  }

  items(): ScenarioComparison['items'] {
    const totals = unpackedMinorUnits(this.#itemTotals);
    return this.#items.map((item, index) => ({
      name: item.name,
      kind: item.kind,
      category: item.category,
      total: formatMinorUnits(totals[index] as MinorUnits, this.#digits),
      source: item.source ?? null,
      note: item.note ?? null,
    }));
  }

  monthly(): ScenarioComparison['monthly'] {
    return unpackedMinorUnits(this.#monthly).map((units) => formatMinorUnits(units, this.#digits));
  }

  cumulative(): ScenarioComparison['cumulative'] {
    return this.#cumulativeSums().map((units) => formatMinorUnits(units, this.#digits));
  }

  categories(): ScenarioComparison['categories'] {
    const digits = this.#digits;
    const units = (amount: MinorUnits) => formatMinorUnits(amount, digits);
    return Array.from(this.#categories(), ([category, monthly]) => ({ category, total: units(sumMinorUnits(monthly)), years: yearTotals(monthly, digits), monthly: monthly.map(units) }));
  }

  #cumulativeSums(): readonly MinorUnits[] {
    return this.#cumulative ?? cumulativeMinorUnits(unpackedMinorUnits(this.#monthly));
  }
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
