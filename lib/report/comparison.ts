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
};

/**
 * A scenario's cost in one category (`hosting`, `staff`, …), in total and month by month.
 *
 * @example
 * const provider = compare([selfHosted, managedProvider], { months: 36 }).scenarios[1]!;
 * provider.categories.map((c) => [c.category, c.total, c.monthly[0]]); // [['migration', '45000.00', '45000.00'], ['hosting', '1440000.00', '40000.00']]
 */
export type CategoryCost = {
  readonly category: string;
  readonly total: string;
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
 * A month as people see it: 1-based within the analysis, with its calendar month.
 *
 * @example
 * const cheaper = unwrap(parseScenario({ name: 'Cheaper provider', currency: 'USD', start: '2009-05', costs: [
 *   { name: 'Setup', kind: 'one-time', amount: '10000' },
 *   { name: 'Hosting', kind: 'recurring', amount: '2000', every: 'month' },
 * ] }));
 * const breakEven: AnalysisMonth | null | undefined = compare([selfHosted, cheaper]).scenarios[1]!.breakEven?.at;
 * breakEven; // { month: 5, calendar: '2009-09' }
 */
export type AnalysisMonth = {
  readonly month: number;
  readonly calendar: string;
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
   * term, 1-based): the payments still due in the rest of the term.
   */
  readonly exitCosts: readonly ExitCost[];
};
