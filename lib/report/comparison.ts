import type { AnalysisMonth } from '../analysis/analysisMonth.js';

export type { AnalysisMonth } from '../analysis/analysisMonth.js';

/**
 * The comparison result, version 1: the one data contract every renderer (table, Markdown,
 * JSON, CSV, charts) consumes. Plain JSON-serialisable data; money is a decimal string with
 * exactly the currency's minor-unit digits (`"1485000.00"`); months are `YYYY-MM`; month
 * numbers shown to people are 1-based. Adding fields is a minor change; renaming or
 * removing one bumps `version`.
 *
 * @example
 * const result: Comparison = compare([selfHosted, managedProvider], { months: 36 });
 * [result.version, result.kind, result.months.length, result.years.length, result.scenarios.length]; // [1, 'comparison', 36, 3, 2]
 * // plain data: it comes back from JSON unchanged
 * JSON.parse(JSON.stringify(result)); // result
 */
export type Comparison = {
  readonly version: 1;
  readonly kind: 'comparison';
  readonly settings: ComparisonSettings;
  /** `YYYY-MM` of each month of the horizon, in order. */
  readonly months: readonly string[];
  /** The years of the horizon: year 1 is months 1–12 of the analysis. */
  readonly years: readonly HorizonYear[];
  readonly scenarios: readonly ScenarioComparison[];
};

/**
 * The settings a comparison was made with, every default resolved.
 *
 * @example
 * compare([selfHosted, managedProvider], { months: 36 }).settings;
 * // { from: '2009-05', to: '2012-04', months: 36, currency: 'USD', minorDigits: 2, discountRate: null, baseline: 'Self-hosted' }
 */
export type ComparisonSettings = {
  /** First month of the analysis. */
  readonly from: string;
  /** Last month of the analysis. */
  readonly to: string;
  /** Horizon length in months. */
  readonly months: number;
  readonly currency: string;
  /** Digits of the currency's minor unit (2 for USD). */
  readonly minorDigits: number;
  /** Annual effective discount rate as a decimal fraction (`"0.08"`), or null when not discounting. */
  readonly discountRate: string | null;
  /** Name of the baseline scenario. */
  readonly baseline: string;
  /** The ledger view when one was asked for: `amortized` spreads hardware over its life; absent or `cash` pays it when bought. */
  readonly view?: 'cash' | 'amortized';
  /**
   * The exchange rates used, by currency, as decimal strings: `{ "EUR": "1.08" }` reads
   * "1 EUR = 1.08 `currency`". Absent when every scenario is in `currency`.
   */
  readonly rates?: Readonly<Record<string, string>>;
  /** The months after which leaving each committed scenario is costed (`commitment.exit`); absent when not asked. */
  readonly exitAfter?: number;
  /** `"medians"` when a scenario gives a value as a range: the analysis used each range's median. Absent when there are no ranges. */
  readonly ranges?: 'medians';
};

/**
 * One year of the horizon, counted from the first month of the analysis (not calendar years).
 *
 * @example
 * compare([selfHosted], { months: 30 }).years.map((year) => [year.label, year.from, year.to, year.months]);
 * // [['Year 1', '2009-05', '2010-04', 12], ['Year 2', '2010-05', '2011-04', 12], ['Year 3', '2011-05', '2011-10', 6]]
 */
export type HorizonYear = {
  /** `Year 1`, `Year 2`, …; a shorter last year is still `Year N`. */
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly months: number;
};

/**
 * One scenario's results: totals, monthly and cumulative costs, and how it stands against the baseline.
 *
 * @example
 * const provider = compare([selfHosted, managedProvider], { months: 36 }).scenarios[1]!;
 * [provider.name, provider.total, provider.difference, provider.isBaseline]; // ['Managed provider', '1485000.00', '1341000.00', false]
 * provider.years; // ['525000.00', '480000.00', '480000.00']
 * provider.cumulative.slice(0, 2); // ['85000.00', '125000.00']
 */
export type ScenarioComparison = {
  readonly name: string;
  readonly description: string | null;
  /** Where it was read from (a file path), or null for a scenario built in code. */
  readonly origin: string | null;
  /** First month of the scenario's own costs. */
  readonly start: string;
  readonly isBaseline: boolean;
  /** Total cost over the horizon: the exact sum of the monthly amounts. */
  readonly total: string;
  /** Totals per year of the horizon, in the order of `years`. */
  readonly years: readonly string[];
  /** Net present value at `settings.discountRate`, rounded to the minor unit; null when not discounting. */
  readonly npv: string | null;
  /** `total` minus the baseline's total: positive when this scenario costs more. */
  readonly difference: string;
  /** Cost in each month of the horizon. */
  readonly monthly: readonly string[];
  /** Cumulative cost at the end of each month of the horizon. */
  readonly cumulative: readonly string[];
  /** Cost per category, for stacked charts; categories in order of first appearance. */
  readonly categories: readonly CategoryCost[];
  /** Each cost item with its total over the horizon. */
  readonly items: readonly ItemCost[];
  /** Against the baseline; null for the baseline itself. */
  readonly breakEven: BreakEven | null;
  /** Null when the scenario has no commitment. */
  readonly commitment: CommitmentSummary | null;
  /** Cost per driver unit, month by month; only when asked for (`per`, `--per`). */
  readonly unitCost?: UnitCost;
  /** For a scenario in another currency than `settings.currency`: its currency and the rate its entries were converted at. */
  readonly convertedFrom?: ConvertedFrom;
  /** A migration to this scenario: the option left behind, kept running during its first months; its items are in `items` as "… (overlap)". */
  readonly overlap?: OverlapSummary;
  /** Warnings a reader of the numbers must see, as sentences: e.g. on-call duty covered by fewer people than a sustainable rotation needs. */
  readonly notes?: readonly string[];
};

/**
 * How a scenario in another currency was converted: every ledger entry × `rate`, rounded to
 * the reporting currency's minor unit.
 *
 * @example
 * const inEuros = unwrap(parseScenario({ ...managedProvider.definition, name: 'Provider in euros', currency: 'EUR' }));
 * const convertedFrom: ConvertedFrom | undefined = compare([selfHosted, inEuros], { rates: { EUR: '1.08' } }).scenarios[1]?.convertedFrom;
 * convertedFrom; // { currency: 'EUR', rate: '1.08' }
 */
export type ConvertedFrom = {
  /** The scenario's own currency. */
  readonly currency: string;
  /** Units of the reporting currency per unit of `currency`. */
  readonly rate: string;
};

/**
 * A migration overlap: the scenario migrated from, the months both run, and what the option
 * left behind costs in them (within the horizon).
 *
 * @example
 * const migrating = unwrap(parseScenario({ ...managedProvider.definition, overlap: { months: 3 } }));
 * const overlap: OverlapSummary | undefined = compare([selfHosted, migrating]).scenarios[1]?.overlap;
 * overlap; // { scenario: 'Self-hosted', months: 3, from: '2009-05', to: '2009-07', total: '12000.00' }
 */
export type OverlapSummary = {
  /** The name of the scenario migrated from. */
  readonly scenario: string;
  readonly months: number;
  /** First and last month of the overlap. */
  readonly from: string;
  readonly to: string;
  /** What the option left behind costs during the overlap, within the horizon. */
  readonly total: string;
};

/**
 * A scenario's cost in one category (`hosting`, `staff`, …), in total, year by year and month by month.
 *
 * @example
 * const provider = compare([selfHosted, managedProvider], { months: 36 }).scenarios[1]!;
 * provider.categories.map((c) => [c.category, c.total, c.years[0], c.monthly[0]]);
 * // [['migration', '45000.00', '45000.00', '45000.00'], ['hosting', '1440000.00', '480000.00', '40000.00']]
 */
export type CategoryCost = {
  readonly category: string;
  readonly total: string;
  /** The cost in each year of the horizon, like the scenario's `years`. */
  readonly years: readonly string[];
  readonly monthly: readonly string[];
};

/**
 * One cost item of a scenario, its total over the horizon, and where its number comes from.
 *
 * @example
 * compare([managedProvider], { months: 36 }).scenarios[0]!.items[0];
 * // { name: 'Migration and setup', kind: 'one-time', category: 'migration', total: '45000.00', source: 'Vendor quote, 2009-04', note: null }
 */
export type ItemCost = {
  readonly name: string;
  readonly kind: string;
  readonly category: string;
  readonly total: string;
  readonly source: string | null;
  readonly note: string | null;
};


/**
 * The cost of leaving a commitment at the end of one month of its term.
 *
 * @example
 * const { exitCosts } = compare([managedProvider], { months: 36 }).scenarios[0]!.commitment!;
 * exitCosts[11]; // { month: 12, calendar: '2010-04', cost: '480000.00' }
 * exitCosts.at(-1); // { month: 24, calendar: '2011-04', cost: '0.00' }
 */
export type ExitCost = {
  /** Months of the term served, 1-based (not the month of the analysis). */
  readonly month: number;
  /** The calendar month at whose end you leave. */
  readonly calendar: string;
  /** The payments still due in the rest of the term. */
  readonly cost: string;
};

/**
 * When a challenger's cumulative cost comes down to the baseline's, and where the cheaper one changes.
 *
 * @example
 * compare([selfHosted, managedProvider], { months: 36 }).scenarios[1]!.breakEven; // { at: null, crossings: [] }
 * // Self-hosted pays 4,000 a month; this one 10,000 once, then 2,000 a month: level in month 5, cheaper from month 6
 * const cheaper = unwrap(parseScenario({ name: 'Cheaper provider', currency: 'USD', start: '2009-05', costs: [
 *   { name: 'Setup', kind: 'one-time', amount: '10000' },
 *   { name: 'Hosting', kind: 'recurring', amount: '2000', every: 'month' },
 * ] }));
 * compare([selfHosted, cheaper]).scenarios[1]!.breakEven;
 * // { at: { month: 5, calendar: '2009-09' }, crossings: [{ month: 6, calendar: '2009-10', cheaper: 'challenger' }] }
 */
export type BreakEven = {
  /**
   * The first month from which this scenario's cumulative cost stays at or below the
   * baseline's to the end of the horizon; null when that never happens within it.
   */
  readonly at: AnalysisMonth | null;
  /**
   * Every month where the strictly cheaper of the two cumulative curves changes; months
   * where they are equal change nothing (so a challenger that ties the baseline from month
   * k on breaks even at k without a crossing there).
   */
  readonly crossings: readonly (AnalysisMonth & { readonly cheaper: 'challenger' | 'baseline' })[];
};

/**
 * What a scenario's commitment obliges you to pay, and what leaving early costs.
 *
 * @example
 * const { exitCosts, ...commitment } = compare([managedProvider], { months: 36 }).scenarios[0]!.commitment!;
 * commitment; // { months: 24, from: '2009-05', to: '2011-04', committedMinimum: '1005000.00' }
 * exitCosts.length; // 24
 */
export type CommitmentSummary = {
  /** Term length in months, from the scenario's start. */
  readonly months: number;
  /** First and last month of the term. */
  readonly from: string;
  readonly to: string;
  /** Sum of every payment due within the term, one-time payments included. */
  readonly committedMinimum: string;
  /**
   * The cost of leaving at the end of each month of the term (`month` counts months of the
   * term, 1-based): the exit fee on the payments still due in the rest of the term.
   */
  readonly exitCosts: readonly ExitCost[];
  /** The exit fee rule, when the scenario states one (otherwise: all the remaining payments). */
  readonly exitFee?: ExitFeeSummary;
  /** Months of notice, when the scenario states them. */
  readonly noticeMonths?: number;
  /** What happens at the end of the term, when the scenario states it (otherwise the items continue as written). */
  readonly renewal?: RenewalSummary;
  /** The cost of leaving after `settings.exitAfter` months, when asked for. */
  readonly exit?: ExitAfterCost;
};

/**
 * A commitment's exit fee rule: `amount` plus `rate` × the payments still due in the term.
 *
 * @example
 * const halfOfTheRest = unwrap(parseScenario({ ...managedProvider.definition, commitment: { months: 24, exitFee: { kind: 'share', rate: '50%' } } }));
 * const exitFee: ExitFeeSummary | undefined = compare([halfOfTheRest]).scenarios[0]?.commitment?.exitFee;
 * exitFee; // { kind: 'share', rate: '0.5', amount: '0.00' }
 */
export type ExitFeeSummary = {
  readonly kind: 'remaining' | 'share' | 'fixed';
  /** The share of the remaining payments, as a fraction (`"1"` for `remaining`, `"0"` for `fixed`). */
  readonly rate: string;
  /** The fixed part, in the reporting currency. */
  readonly amount: string;
};

/**
 * What happens at the end of a commitment's term; `price` is the month-to-month price after it.
 *
 * @example
 * const monthToMonth = unwrap(parseScenario({ ...managedProvider.definition, commitment: { months: 24, renewal: { kind: 'monthly', price: '44000' } } }));
 * const renewal: RenewalSummary | undefined = compare([monthToMonth]).scenarios[0]?.commitment?.renewal;
 * renewal; // { kind: 'monthly', price: '44000.00' }
 */
export type RenewalSummary = {
  readonly kind: 'ends' | 'renews' | 'monthly';
  /** For `monthly` with a price: the price per month after the term, in the reporting currency. */
  readonly price?: string;
};

/**
 * The cost of leaving a committed scenario when you decide to after some months: notice is
 * given at the end of month `decidedAfter` of the scenario, the service runs through the
 * notice period, and the exit fee is due on what is left of the term then current.
 *
 * @example
 * const exit: ExitAfterCost | undefined = compare([managedProvider], { exitAfter: 12 }).scenarios[0]?.commitment?.exit;
 * exit; // { decidedAfter: 12, decidedAt: '2010-04', noticeMonths: 0, servedMonths: 12, endsAt: '2010-04', paid: '525000.00', fee: '480000.00', total: '1005000.00' }
 */
export type ExitAfterCost = {
  /** Months from the scenario's start after which notice is given. */
  readonly decidedAfter: number;
  /** The calendar month at whose end notice is given. */
  readonly decidedAt: string;
  readonly noticeMonths: number;
  /** Months paid from the scenario's start: `decidedAfter` + `noticeMonths`. */
  readonly servedMonths: number;
  /** The last month paid. */
  readonly endsAt: string;
  /** Every payment from the scenario's start to `endsAt`, one-time payments included. */
  readonly paid: string;
  /** The exit fee then due; `"0.00"` when the term is over. */
  readonly fee: string;
  /** `paid` + `fee`. */
  readonly total: string;
};

/**
 * A scenario's cost per unit of a driver (per customer, per TB) in each month of the
 * horizon, and when it first reaches a target.
 *
 * @example
 * const growth = unwrap(parseScenario({ name: 'Growth', currency: 'USD', start: '2009-05', drivers: { customers: { unit: 'customer', value: 200, growth: { add: 20, every: 'month' } } },
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: '4000', every: 'month' }, { name: 'Support', kind: 'usage', driver: 'customers', price: '5' }] }));
 * const unitCost: UnitCost | undefined = compare([growth], { months: 3, per: 'customers', perTarget: '23.60' }).scenarios[0]?.unitCost;
 * // 5,000.00 for 200 customers, 5,100.00 for 220, 5,200.00 for 240
 * unitCost;
 * // { driver: 'customers', unit: 'customer', units: ['200', '220', '240'], monthly: ['25.00', '23.18', '21.67'], target: '23.60', atOrBelowTarget: { month: 2, calendar: '2009-06' } }
 */
export type UnitCost = {
  /** The driver's name. */
  readonly driver: string;
  /** What one unit is called ("customer"): the driver's `unit`, or "unit of" and its name. */
  readonly unit: string;
  /** The driver's value in each month, as exact decimal strings. */
  readonly units: readonly string[];
  /** Cost ÷ units in each month, rounded to the minor unit; null where the driver is 0. */
  readonly monthly: readonly (string | null)[];
  /** The target cost per unit, or null when none was given. */
  readonly target: string | null;
  /** The first month whose cost per unit is at or below the target; null without a target or when it never is. */
  readonly atOrBelowTarget: AnalysisMonth | null;
};
