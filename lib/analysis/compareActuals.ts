/**
 * Actual spending against a plan given as results, for programs that hold a comparison and
 * a schedule rather than ledgers:
 *
 *   a Comparison and the ScheduleReport made alike ─▶ checked to match ─▶ their decimal
 *     strings in minor units: each scenario's monthly costs, each item's entries month by
 *     month ─▶ a LedgerPlan ─▶ tryActualsAgainstLedgers (the one comparison of actuals)
 */
import { parseMonth } from '../calendar/month.js';
import type { ActualsRow } from '../actuals/parseActualsCsv.js';
import { unwrap, type Result } from '../issues/issue.js';
import { parseMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import { tryActualsAgainstLedgers, type CompareActualsOptions, type LedgerPlan, type PlanLedger } from './actualsAgainstPlan.js';
import type { ActualsComparison } from './actualsComparison.js';

/**
 * The plan actuals are compared with: a comparison and the schedule made from the same
 * scenarios with the same options (what `compare` and `schedule` return; the revisit
 * report computes both). Only the fields read are required: the comparison gives the
 * horizon, the scenarios, their items (also those with nothing due in the horizon) and
 * their monthly costs; the schedule gives each item's cost month by month.
 *
 * @example
 * const options = { months: 36 };
 * const plan: ActualsPlan = { comparison: compare([selfHosted, managedProvider], options), schedule: schedule([selfHosted, managedProvider], options) };
 * plan.comparison.scenarios.map((scenario) => scenario.monthly[0]); // ['4000.00', '85000.00']
 */
export type ActualsPlan = {
  readonly comparison: {
    readonly settings: { readonly from: string; readonly months: number; readonly currency: string; readonly minorDigits: number; readonly view?: string };
    readonly scenarios: readonly { readonly name: string; readonly monthly: readonly string[]; readonly items: readonly { readonly name: string }[] }[];
  };
  readonly schedule: {
    readonly settings: ActualsPlan['comparison']['settings'];
    readonly scenarios: readonly { readonly name: string }[];
    readonly entries: readonly { readonly month: string; readonly scenario: string; readonly item: string; readonly amount: string }[];
  };
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
  checkPlan(plan);
  return tryActualsAgainstLedgers(rows, ledgerPlan(plan), options);
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

/** The comparison's monthly costs and the schedule's entries as ledgers in minor units. */
function ledgerPlan({ comparison, schedule }: ActualsPlan): LedgerPlan {
  const { currency, minorDigits: digits, months } = comparison.settings;
  const from = parseMonth(comparison.settings.from);
  if (from === undefined) throw new RangeError(`compareActuals: the comparison starts at ${JSON.stringify(comparison.settings.from)}, not a month YYYY-MM`);
  const units = (amount: string) => planUnits(amount, digits);
  // Item → its minor units month by month, per scenario.
  const itemUnits = new Map<string, Map<string, MinorUnits[]>>(comparison.scenarios.map((scenario) => [scenario.name, new Map()]));
  for (const entry of schedule.entries) {
    const byItem = itemUnits.get(entry.scenario);
    const m = (parseMonth(entry.month) ?? Number.NaN) - from;
    if (byItem === undefined || !(m >= 0 && m < months)) throw new RangeError(`compareActuals: the schedule has an entry for ${entry.scenario} in ${entry.month}, outside the comparison`);
    let monthly = byItem.get(entry.item);
    if (monthly === undefined) {
      monthly = new Array<MinorUnits>(months).fill(0n);
      byItem.set(entry.item, monthly);
    }
    monthly[m] = (monthly[m] as MinorUnits) + units(entry.amount);
  }
  const nothing: readonly MinorUnits[] = new Array<MinorUnits>(months).fill(0n);
  const ledgers = comparison.scenarios.map(
    (scenario): PlanLedger => ({
      scenario: { name: scenario.name },
      items: scenario.items.map(({ name }) => ({ item: { name }, minorUnits: itemUnits.get(scenario.name)?.get(name) ?? nothing })),
      monthlyMinorUnits: scenario.monthly.map(units),
    }),
  );
  return { from, months, currency, minorDigits: digits, ledgers };
}

/** An amount of the plan (a result's decimal string) in minor units. */
function planUnits(amount: string, digits: number): MinorUnits {
  const units = parseMinorUnits(amount, digits);
  if (units === undefined) throw new RangeError(`compareActuals: the plan holds ${JSON.stringify(amount)}, not an amount with ${digits} decimals`);
  return units;
}
