/**
 * The result of holding actual spending against the plan: plain JSON-serialisable data,
 * part of the revisit report (`actuals`). Every figure the report prints about actual
 * spending is here, computed by lib/analysis/actualsAgainstPlan.ts; the renderers only lay
 * it out.
 */
import type { UnplannedSpending } from '../actuals/parseFocusActuals.js';

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
  /** When the actuals were read from a FinOps FOCUS bill: which cost was summed, what was read, and the spending that maps to no item of the plan. */
  readonly focus?: FocusActualsSummary;
};

/**
 * What a FOCUS bill given as actuals held: the cost column summed, the rows read (corrections
 * and credits among them) and the unplanned spending, by scenario and service.
 *
 * @example
 * const summary: FocusActualsSummary = { cost: 'billed', chargeRows: 25, corrections: 0, credits: 0, unplanned: [] };
 * summary.chargeRows; // 25
 */
export type FocusActualsSummary = {
  readonly cost: 'billed' | 'effective';
  readonly chargeRows: number;
  readonly corrections: number;
  readonly credits: number;
  readonly unplanned: readonly UnplannedSpending[];
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
 * //   planTotal: '144000.00', reforecast: '140310.50', reforecastDifference: '-3689.50', missingMonths: ['2009-06'],
 * //   varianceShare: '-0.307458', runRate: null, reforecastPlanFrom: '2009-08' }
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
  /** Actual spending through `through`, plus the plan for the rest of the horizon (from `reforecastPlanFrom`). */
  readonly reforecast: string;
  /** `reforecast − planTotal`: the period's variance. */
  readonly reforecastDifference: string;
  /** Months of the period with a plan but no row at all; they count as nothing spent. */
  readonly missingMonths: readonly string[];
  /** What a reader of the numbers must know (missing months, spending not itemised), as sentences. */
  readonly notes: readonly string[];
  /**
   * `variance ÷ plan`: how far the period's spending is from its plan, as a share of the
   * plan (`"0.060010"` is 6.0% more than planned), with 6 decimals cut toward zero (not
   * rounded, so that rounding it again for display, to 6.0%, gives what rounding the exact
   * share would); null when the period's plan is 0.
   */
  readonly varianceShare: string | null;
  /** How the last months of the period ran against the plan; null when they do not say (see {@link ActualsRunRate}). */
  readonly runRate: ActualsRunRate | null;
  /** The first month of the plan in `reforecast`: the month after `through`. */
  readonly reforecastPlanFrom: string;
};

/**
 * The run rate of a scenario's actual spending: the average monthly variance over the last
 * three months of the period, a sign that the plan ahead is out of date. There is none
 * (`runRate` is null) when the period has fewer than three months, when one of the three
 * is missing (a plan but no row), or when the average variance is less than one minor unit.
 *
 * @example
 * const csv = 'Month,Scenario,Item,Amount\n2009-05,Self-hosted,Self-hosting,4000\n2009-06,Self-hosted,Self-hosting,4180\n2009-07,Self-hosted,Self-hosting,4180\n';
 * const plan = { comparison: compare([selfHosted]), schedule: schedule([selfHosted]) };
 * const runRate: ActualsRunRate | null | undefined = compareActuals(unwrap(parseActualsCsv(csv, { currency: 'USD' })), plan).scenarios[0]?.runRate;
 * // (0.00 + 180.00 + 180.00) ÷ 3 = 120.00 a month above a plan of 4,000.00 a month
 * runRate; // { months: 3, from: '2009-05', variance: '120.00', varianceShare: '0.030000' }
 */
export type ActualsRunRate = {
  /** How many months it is taken over (3), and the first of them; the last is the scenario's `through`. */
  readonly months: number;
  readonly from: string;
  /** The average monthly variance (`actual − plan`) over those months, rounded to the minor unit half away from zero. */
  readonly variance: string;
  /**
   * The average monthly variance, before rounding, ÷ the average monthly plan of those
   * months, with 6 decimals cut toward zero (as `varianceShare`); null when that plan is 0.
   */
  readonly varianceShare: string | null;
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
