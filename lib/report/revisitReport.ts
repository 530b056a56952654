/**
 * The revisit report, version 1: what was decided and why, what would have to change to
 * flip it, what signing commits you to, and — a year later — what was actually spent and
 * what changed since the last recorded decision. Plain JSON-serialisable data, like the
 * comparison it contains; every renderer (Markdown, HTML, JSON) consumes it, and every
 * figure they print is a field of it.
 *
 *   scenarios + options ─▶ as of the report's month: options not taken that should have
 *     started already are moved to start now (movedToStart), and the analysis looks ahead
 *   ─▶ resolveSettings (once) ─▶ comparisonLedger (once) ─▶ the comparison, the thresholds
 *      (by total; by NPV when discounting), the signing plans of every option, the decision
 *   ─▶ assumptions (every input with its source and note)
 *   ─▶ actual spending against the scenarios as written (when given, as rows or CSV text)
 *   ─▶ changes since a previous record and its forecast against the actuals (when given)
 *   ─▶ when an input is a range: the simulation on the same settings, waiting weighed
 *      against deciding now at the revisit month (lib/report/simulation.ts)
 *   ─▶ RevisitReport
 */
import { assumptionsOf, type Assumption } from '../analysis/assumptions.js';
import { DEFAULT_HORIZON_MONTHS, MAX_HORIZON_MONTHS, resolveSettings, type AnalysisOptions } from '../analysis/analysisSettings.js';
import { comparisonLedger } from '../analysis/comparisonLedger.js';
import { signingPlans, type Exposure } from '../analysis/signingPlans.js';
import { thresholdsWithSettings, type Thresholds } from '../analysis/thresholds.js';
import { isDay } from '../calendar/day.js';
import { addMonths, formatMonth, LAST_MONTH, outsideCalendar, parseMonth, type Month } from '../calendar/month.js';
import { unwrap, type Issue, type Result } from '../issues/issue.js';
import { unsafeTextProblem } from '../issues/unsafeText.js';
import { movedToStart } from '../scenario/movedToStart.js';
import type { Scenario } from '../scenario/scenario.js';
import { compareWithSettings } from './compare.js';
import type { Comparison } from './comparison.js';
import { parseActualsCsv } from '../actuals/parseActualsCsv.js';
import type { ActualsComparison } from '../analysis/actualsComparison.js';
import { forecastAgainstActuals, type ForecastAgainstActuals } from '../analysis/forecastAgainstActuals.js';
import { recordChanges, type RecordChanges } from '../analysis/recordChanges.js';
import { actualsAgainstPlan, actualsRows, previousRecord, type RevisitActuals, type RevisitPrevious } from './revisitInputs.js';
import { revisitDecision, revisitMonthIssues, type RevisitDecision } from './revisitDecision.js';

export type { RevisitDecision } from './revisitDecision.js';
import { simulationWithSettings, type Simulation } from './simulation.js';
import { DEFAULT_SEED, DEFAULT_TRIALS, trialOptionIssues } from './simulationOptions.js';

/**
 * The revisit report, version 1.
 *
 * @example
 * const report: RevisitReport = revisitReport([selfHosted, managedProvider], { months: 36 });
 * [report.version, report.kind, report.revisit, report.decision.cheapest]; // [1, 'revisit-report', '2010-05', 'Self-hosted']
 */
export type RevisitReport = {
  readonly version: 1;
  readonly kind: 'revisit-report';
  /** The day the report was made, `YYYY-MM-DD`, as the caller gave it; null when not given. */
  readonly date: string | null;
  /** The month to look at the decision again, `YYYY-MM`. */
  readonly revisit: string;
  /**
   * Options whose start had passed by the month of the report (`date`): not taken, they can
   * only be signed now, so they are analysed as starting then, with the months their items
   * name moved alike. Empty without a date, or when every start is still ahead.
   */
  readonly moved: readonly { readonly scenario: string; readonly from: string; readonly to: string }[];
  readonly decision: RevisitDecision;
  readonly comparison: Comparison;
  readonly thresholds: Thresholds;
  /** For every scenario other than the baseline: what signing commits you to, and what waiting until the revisit date is worth. */
  readonly exposure: readonly Exposure[];
  /** Every input of every scenario, with its value and where it comes from. */
  readonly assumptions: readonly Assumption[];
  /** Actual spending against the plan; null when no actuals were given. */
  readonly actuals: ActualsComparison | null;
  /** What changed since a previous decision record; null when none was given. */
  readonly changes: RecordChanges | null;
  /** The previous record's monthly forecast against the actual spending; null unless both were given. */
  readonly forecast: ForecastAgainstActuals | null;
  /**
   * How sure the decision is when an input is a range: the simulation of the options as
   * analysed (the same months, baseline and options moved to start), with waiting until
   * `revisit` weighed against deciding now. Null when no input is a range.
   */
  readonly uncertainty: Simulation | null;
};

/**
 * Options of {@link revisitReport}: the analysis options, plus the revisit date, the day of
 * the report, the decision as written down, actual spending and an earlier decision record.
 *
 * @example
 * const options: RevisitOptions = { months: 36, revisit: '2010-05', date: '2009-05-04', decision: 'Not now; revisit in a year.' };
 * revisitReport([selfHosted, managedProvider], options).decision.text; // 'Not now; revisit in a year.'
 */
export type RevisitOptions = AnalysisOptions & {
  /** `YYYY-MM`: when to look again. Default: twelve months after the start of the analysis. */
  readonly revisit?: string;
  /** `YYYY-MM-DD`: the day of the report. Default: none (the report is a pure function of its input). */
  readonly date?: string;
  /** The decision as people wrote it down. */
  readonly decision?: string;
  /**
   * Actual spending to compare with the plan: the text of a CSV file (read as
   * {@link parseActualsCsv} reads it, in the reporting currency), or rows already read; and
   * the file it came from, named in problems and in the report.
   */
  readonly actuals?: RevisitActuals;
  /**
   * A decision record made earlier (see {@link decisionRecord}): the report says what changed
   * since. The record itself, or the text of its JSON file and the file's name.
   */
  readonly previous?: RevisitPrevious;
  /** Trials of the simulation when an input is a range (default {@link DEFAULT_TRIALS}). */
  readonly trials?: number;
  /** Seed of the simulation's draws (default {@link DEFAULT_SEED}). */
  readonly seed?: number;
};

/**
 * The revisit report for scenarios: one call for everything `costmodel report` prints. Throws
 * {@link InputError} on invalid scenarios, options, actuals or record; {@link tryRevisitReport}
 * returns the issues instead.
 *
 * @example
 * const report = revisitReport([selfHosted, managedProvider], { months: 36 });
 * report.thresholds.total.thresholds.slice(0, 2).map((t) => [t.item, t.value]); // [['Managed hosting', '2750.00'], ['Self-hosting', '495000.00']]
 *
 * @example
 * // a year later: actual spending as a spreadsheet exported it, and the record of May 2009
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider], { date: '2009-05-04' }), [selfHosted, managedProvider]);
 * const revisit = revisitReport([selfHosted, managedProvider], {
 *   date: '2010-05-03',
 *   actuals: { csv: 'Month,Scenario,Amount\n2009-05,Self-hosted,4100\n2009-06,Self-hosted,3950.25\n', file: 'spend.csv' },
 *   previous: { json: JSON.stringify(record), file: 'decision.json' },
 * });
 * [revisit.actuals?.scenarios[0]?.actual, revisit.changes?.decision.changed, revisit.forecast?.scenarios[0]?.total.difference]; // ['8050.25', false, '50.25']
 */
export function revisitReport(scenarios: readonly Scenario[], options: RevisitOptions = {}): RevisitReport {
  return unwrap(tryRevisitReport(scenarios, options));
}

/**
 * {@link revisitReport}, returning problems with the input as a value instead of throwing:
 * every problem with the options, the actuals and the record at once.
 *
 * @example
 * const report = tryRevisitReport([selfHosted, managedProvider], { revisit: 'next May' });
 * report.ok ? report.value.revisit : report.issues.map((issue) => issue.message); // ['--revisit: expected a month as YYYY-MM, found "next May"']
 */
export function tryRevisitReport(scenarios: readonly Scenario[], options: RevisitOptions = {}): Result<RevisitReport> {
  const issues: Issue[] = [];
  const revisit = options.revisit === undefined ? undefined : parseMonth(options.revisit);
  if (options.revisit !== undefined && revisit === undefined) issues.push({ code: 'invalid-option', message: `--revisit: expected a month as YYYY-MM, found "${options.revisit}"` });
  if (options.date !== undefined && !isDay(options.date)) issues.push({ code: 'invalid-option', message: `--date: expected a day as YYYY-MM-DD, found "${options.date}"` });
  const unsafeDecision = options.decision === undefined ? undefined : unsafeTextProblem(options.decision);
  if (unsafeDecision !== undefined) issues.push({ code: 'invalid-character', message: `--decision: ${unsafeDecision}` });
  const asOf = options.date === undefined || !isDay(options.date) ? undefined : (parseMonth(options.date.slice(0, 7)) as Month);
  if (asOf !== undefined && outsideCalendar(asOf) !== undefined) return { ok: false, issues: [{ code: 'outside-calendar', message: `--date: ${outsideCalendar(asOf) as string}` }] };

  // As of the report's month: the baseline is what runs today; an option not taken cannot
  // start in the past, so one whose start has passed is signed now; the analysis looks ahead.
  // (An unknown baseline is reported by resolveSettings; nothing is moved meanwhile.)
  const baselineIndex = options.baseline === undefined ? 0 : scenarios.findIndex((scenario) => scenario.name === options.baseline);
  const current = scenarios.map((scenario, index) => (asOf === undefined || baselineIndex < 0 || index === baselineIndex || scenario.start >= asOf ? scenario : movedToStart(scenario, asOf)));
  const earliest = Math.min(...scenarios.map((scenario) => scenario.start));
  const lookAhead = options.from === undefined && asOf !== undefined && asOf > earliest ? { from: formatMonth(asOf) } : {};
  // Looking ahead from --date, a horizon past the calendar is the date's: no --from was given.
  const pastCalendar = 'from' in lookAhead && asOf !== undefined ? horizonPastCalendarFrom(asOf, options) : undefined;
  if (pastCalendar !== undefined) return { ok: false, issues: [pastCalendar] };
  const resolved = resolveSettings(current, { ...options, ...lookAhead });
  issues.push(...trialOptionIssues(options));
  const previous = previousRecord(options.previous);
  const rows = actualsRows(options.actuals, resolved.ok ? resolved.value : scenarios[0], scenarios);
  // The settings first, then the report's own options, the actual spending and the record.
  const all = [...(resolved.ok ? [] : resolved.issues), ...issues, ...(rows.ok ? [] : rows.issues), ...(previous.ok ? [] : previous.issues)];
  if (!resolved.ok || !previous.ok || !rows.ok || all.length > 0) return { ok: false, issues: all };
  const settings = resolved.value;

  const revisitMonth = revisit ?? addMonths(settings.from, 12);
  const outOfRange = revisitMonthIssues(current, settings, revisitMonth, 'from' in lookAhead);
  if (outOfRange.length > 0) return { ok: false, issues: outOfRange };
  const ledgers = comparisonLedger(current, settings);
  const comparison = compareWithSettings(current, settings, ledgers);
  let actuals: ActualsComparison | null = null;
  if (rows.value !== undefined) {
    const compared = actualsAgainstPlan(scenarios, current, settings, ledgers, rows.value);
    if (!compared.ok) return compared;
    actuals = compared.value;
  }
  const thresholds = thresholdsWithSettings(current, settings, ledgers);
  const uncertain = current.some((scenario) => (scenario.ranges?.length ?? 0) > 0) || settings.rateRanges !== undefined;
  const simulation = uncertain ? simulationWithSettings(current, settings, { trials: options.trials ?? DEFAULT_TRIALS, seed: options.seed ?? DEFAULT_SEED, revisit: revisitMonth }) : null;
  const report: RevisitReport = {
    version: 1,
    kind: 'revisit-report',
    date: options.date ?? null,
    revisit: formatMonth(revisitMonth),
    moved: scenarios.flatMap((scenario, index) => (current[index] === scenario ? [] : [{ scenario: scenario.name, from: formatMonth(scenario.start), to: formatMonth(current[index]?.start as Month) }])),
    decision: revisitDecision(comparison, thresholds, actuals, options.decision),
    comparison,
    thresholds,
    exposure: signingPlans(current, settings, ledgers, revisitMonth),
    assumptions: assumptionsOf(scenarios),
    actuals,
    changes: null,
    forecast: null,
    uncertainty: simulation,
  };
  if (previous.value === undefined) return { ok: true, value: report };
  const spent = (actuals?.scenarios ?? []).flatMap((scenario) => scenario.months.map((m) => ({ scenario: scenario.name, month: m.month, amount: m.actual })));
  return {
    ok: true,
    value: { ...report, changes: recordChanges(previous.value, report, scenarios), forecast: actuals === null ? null : forecastAgainstActuals(previous.value, spent) },
  };
}

/**
 * The problem with a report that looks ahead from the month of its `--date` over a horizon
 * that would run past the last month costmodel models; undefined when it would not (a horizon
 * that is no count of months is resolveSettings's to report).
 */
function horizonPastCalendarFrom(asOf: Month, options: RevisitOptions): Issue | undefined {
  const months = options.months ?? DEFAULT_HORIZON_MONTHS;
  if (!Number.isInteger(months) || months < 1 || months > MAX_HORIZON_MONTHS || asOf + months - 1 <= LAST_MONTH) return undefined;
  const end = formatMonth(asOf + months - 1);
  return {
    code: 'outside-calendar',
    message: `--date ${options.date as string}: the report looks ahead from ${formatMonth(asOf)}; over ${months} months, it would run to ${end}, after ${formatMonth(LAST_MONTH)}, the last month costmodel models; give fewer --months or an earlier --date`,
  };
}
