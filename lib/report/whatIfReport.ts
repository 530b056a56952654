/**
 * The revisit report of a what-if: what the explore page recomputes on every change of an
 * input. The same analysis as {@link revisitReport} — the comparison, the thresholds, the
 * signing plans and the decision, from one ledger — without what a what-if has no use for:
 * no report date (nothing is moved to start), no actual spending, no earlier record, and no
 * simulation of ranges (they stand at their medians; `costmodel simulate` runs the trials).
 *
 *   scenarios + options ─▶ resolveSettings ─▶ revisit month checked ─▶ comparisonLedger
 *   ─▶ comparison · thresholds · signing plans · assumptions ─▶ decision ─▶ RevisitReport
 */
import { assumptionsOf } from '../analysis/assumptions.js';
import { resolveSettings, type AnalysisOptions } from '../analysis/analysisSettings.js';
import { comparisonLedger } from '../analysis/comparisonLedger.js';
import { signingPlans } from '../analysis/signingPlans.js';
import { thresholdsWithSettings } from '../analysis/thresholds.js';
import { addMonths, formatMonth, parseMonth } from '../calendar/month.js';
import type { Result } from '../issues/issue.js';
import type { Scenario } from '../scenario/scenario.js';
import { compareWithSettings } from './compare.js';
import { revisitDecision, revisitMonthIssues } from './revisitDecision.js';
import type { RevisitReport } from './revisitReport.js';

/**
 * Options of {@link tryWhatIfReport}: the analysis options and the month to revisit.
 *
 * @example
 * const options: WhatIfOptions = { months: 36, revisit: '2010-05' };
 * options.revisit; // '2010-05'
 */
export type WhatIfOptions = AnalysisOptions & {
  /** `YYYY-MM`: when to look again. Default: twelve months after the start of the analysis. */
  readonly revisit?: string;
};

/**
 * The revisit report of scenarios as they stand, without date, actuals, record or simulation:
 * every figure is the one `costmodel report` prints for the same files and options (when no
 * input is a range, the whole report is the same). What the explore page runs on every change.
 *
 * @example
 * const whatIf = tryWhatIfReport([selfHosted, managedProvider], { months: 36 });
 * whatIf.ok && [whatIf.value.decision.cheapest, whatIf.value.thresholds.total.thresholds[0]?.value, whatIf.value.uncertainty]; // ['Self-hosted', '2750.00', null]
 */
export function tryWhatIfReport(scenarios: readonly Scenario[], options: WhatIfOptions = {}): Result<RevisitReport> {
  const revisit = options.revisit === undefined ? undefined : parseMonth(options.revisit);
  const resolved = resolveSettings(scenarios, options);
  const issues = [
    ...(resolved.ok ? [] : resolved.issues),
    ...(options.revisit !== undefined && revisit === undefined ? [{ code: 'invalid-option' as const, message: `--revisit: expected a month as YYYY-MM, found "${options.revisit}"` }] : []),
  ];
  if (!resolved.ok || issues.length > 0) return { ok: false, issues };
  const settings = resolved.value;
  const revisitMonth = revisit ?? addMonths(settings.from, 12);
  const outOfRange = revisitMonthIssues(scenarios, settings, revisitMonth, false);
  if (outOfRange.length > 0) return { ok: false, issues: outOfRange };
  const ledgers = comparisonLedger(scenarios, settings);
  const comparison = compareWithSettings(scenarios, settings, ledgers);
  const thresholds = thresholdsWithSettings(scenarios, settings, ledgers);
  return {
    ok: true,
    value: {
      version: 1,
      kind: 'revisit-report',
      date: null,
      revisit: formatMonth(revisitMonth),
      moved: [],
      decision: revisitDecision(comparison, thresholds, null, undefined),
      comparison,
      thresholds,
      exposure: signingPlans(scenarios, settings, ledgers, revisitMonth),
      assumptions: assumptionsOf(scenarios),
      actuals: null,
      changes: null,
      forecast: null,
      uncertainty: null,
    },
  };
}
