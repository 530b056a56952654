/**
 * What the revisit report and the explore page decide alike: the decision a comparison and
 * its thresholds support, and whether a revisit month lies within the analysis.
 */
import type { ActualsComparison } from '../analysis/actualsComparison.js';
import type { AnalysisSettings } from '../analysis/analysisSettings.js';
import { cheapestOf } from '../analysis/decisionModel.js';
import { termsPastCalendar } from '../analysis/termsPastCalendar.js';
import type { Thresholds } from '../analysis/thresholds.js';
import { formatMonth, type Month } from '../calendar/month.js';
import type { Issue } from '../issues/issue.js';
import { Money } from '../money/decimal.js';
import { toMinorUnits } from '../money/minorUnits.js';
import type { Scenario } from '../scenario/scenario.js';
import type { Comparison } from './comparison.js';

/**
 * The decision the numbers support.
 *
 * @example
 * revisitReport([selfHosted, managedProvider]).decision;
 * // { cheapest: 'Self-hosted', cheapestByNpv: null, keep: true, text: null, costsMore: [{ scenario: 'Managed provider', amount: '1341000.00' }], cheapestWithActuals: null }
 */
export type RevisitDecision = {
  /** The cheapest scenario over the horizon by total. */
  readonly cheapest: string;
  /** The cheapest by NPV when discounting; null otherwise. */
  readonly cheapestByNpv: string | null;
  /** True when the cheapest is the baseline (what you do today): the decision is to keep it. */
  readonly keep: boolean;
  /** The decision as people wrote it down (`--decision`); null when not given. */
  readonly text: string | null;
  /** How much more each other option costs than the cheapest over the horizon, in the comparison's order. */
  readonly costsMore: readonly { readonly scenario: string; readonly amount: string }[];
  /**
   * The cheapest option with actual spending to date and the plan after it (each scenario's
   * `reforecast`, the plan's total for the others; ties as for `cheapest`). Null without
   * actuals, or when the actuals were held against a plan over other months than the
   * analysis (a report that looks ahead from its date).
   */
  readonly cheapestWithActuals: string | null;
};

/**
 * Problems with the month to look at the decision again: it must fall after the first month
 * of the analysis and within it, and every term must end within the calendar by then.
 * `lookingAhead`: the analysis starts at the month of the report, not at the earliest start.
 */
export function revisitMonthIssues(scenarios: readonly Scenario[], settings: AnalysisSettings, revisitMonth: Month, lookingAhead: boolean): Issue[] {
  const end = settings.from + settings.months - 1;
  if (revisitMonth <= settings.from) {
    const what = lookingAhead ? `the month of the report (${formatMonth(settings.from)})` : `the start of the analysis (${formatMonth(settings.from)})`;
    return [{ code: 'invalid-option', message: `--revisit: ${formatMonth(revisitMonth)} is not after ${what}` }];
  }
  if (revisitMonth > end) {
    return [{ code: 'invalid-option', message: `--revisit: ${formatMonth(revisitMonth)} is after the end of the analysis (${formatMonth(end)}); choose an earlier month or a longer horizon (--months)` }];
  }
  return termsPastCalendar(scenarios, revisitMonth, '--revisit');
}

/**
 * The decision the numbers support: the cheapest option (one tie rule: the baseline, then the
 * one listed first), and what the others cost more. Shared by the revisit report and the
 * explore page's what-if report.
 */
export function revisitDecision(comparison: Comparison, thresholds: Thresholds, actuals: ActualsComparison | null, text: string | undefined): RevisitDecision {
  const digits = comparison.settings.minorDigits;
  const baseline = comparison.scenarios.findIndex((scenario) => scenario.isBaseline);
  const cheapest = comparison.scenarios.find((scenario) => scenario.name === thresholds.total.cheapest) as Comparison['scenarios'][number];
  const units = (amount: string) => toMinorUnits(new Money(amount), digits);
  let cheapestWithActuals: string | null = null;
  if (actuals !== null && actuals.scenarios.length > 0 && actuals.horizon.from === comparison.settings.from && actuals.horizon.to === comparison.settings.to) {
    const reforecast = new Map(actuals.scenarios.map((scenario) => [scenario.name, scenario.reforecast]));
    const totals = comparison.scenarios.map((scenario) => units(reforecast.get(scenario.name) ?? scenario.total));
    cheapestWithActuals = comparison.scenarios[cheapestOf(totals, baseline)]?.name ?? null;
  }
  return {
    cheapest: thresholds.total.cheapest,
    cheapestByNpv: thresholds.npv?.cheapest ?? null,
    keep: thresholds.total.cheapest === comparison.settings.baseline,
    text: text === undefined || text.trim() === '' ? null : text.trim(),
    costsMore: comparison.scenarios
      .filter((scenario) => scenario !== cheapest)
      .map((scenario) => ({ scenario: scenario.name, amount: new Money(scenario.total).minus(cheapest.total).toFixed(digits) })),
    cheapestWithActuals,
  };
}
