/**
 * The comparison result, version 1: the one data contract every renderer (table, Markdown,
 * JSON, CSV, charts) consumes. Plain JSON-serialisable data; money is a decimal string with
 * exactly the currency's minor-unit digits (`"1485000.00"`); months are `YYYY-MM`; month
 * numbers shown to people are 1-based. Adding fields is a minor change; renaming or
 * removing one bumps `version`.
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

export type HorizonYear = {
  /** `Year 1`, `Year 2`, …; a shorter last year is still `Year N`. */
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly months: number;
};

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

export type CategoryCost = {
  readonly category: string;
  readonly total: string;
  readonly monthly: readonly string[];
};

export type ItemCost = {
  readonly name: string;
  readonly kind: string;
  readonly category: string;
  readonly total: string;
  readonly source: string | null;
  readonly note: string | null;
};

/** A month as people see it: 1-based within the analysis, with its calendar month. */
export type AnalysisMonth = {
  readonly month: number;
  readonly calendar: string;
};

/** The cost of leaving a commitment at the end of one month of its term. */
export type ExitCost = {
  /** Months of the term served, 1-based (not the month of the analysis). */
  readonly month: number;
  /** The calendar month at whose end you leave. */
  readonly calendar: string;
  /** The payments still due in the rest of the term. */
  readonly cost: string;
};

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
