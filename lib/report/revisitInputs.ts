/**
 * What the revisit report is given besides the scenarios, read: actual spending (rows, or the
 * text of a CSV file read in the reporting currency: a spreadsheet's, or a FinOps FOCUS bill
 * mapped to the scenarios' items) held against the plan, and a previous
 * decision record (the record, or the text of its JSON file).
 */
import { MAX_HORIZON_MONTHS, type AnalysisSettings } from '../analysis/analysisSettings.js';
import { tryActualsAgainstLedgers } from '../analysis/actualsAgainstPlan.js';
import type { ActualsComparison, FocusActualsSummary } from '../analysis/actualsComparison.js';
import { comparisonLedger } from '../analysis/comparisonLedger.js';
import { parseActualsCsv, type ActualsRow } from '../actuals/parseActualsCsv.js';
import { isFocusCsv } from '../actuals/isFocusCsv.js';
import { overlapItemName } from '../model/withOverlap.js';
import { parseFocusActuals, type FocusPlanScenario } from '../actuals/parseFocusActuals.js';
import { minorUnitDigits } from '../money/minorUnitDigits.js';
import { formatMonth, parseMonth, type Month } from '../calendar/month.js';
import type { Result } from '../issues/issue.js';
import type { DecisionRecord } from '../record/decisionRecord.js';
import { parseDecisionRecord } from '../record/parseDecisionRecord.js';
import { parseJsonText } from '../scenario/parseJsonText.js';
import type { Scenario } from '../scenario/scenario.js';

/**
 * Actual spending as the revisit report takes it: the text of a CSV file (read as
 * {@link parseActualsCsv} reads it, in the reporting currency), or rows already read; and the
 * file it came from, named in problems and in the report.
 *
 * @example
 * const actuals: RevisitActuals = { csv: 'Month,Scenario,Amount\n2009-05,Self-hosted,4100\n', file: 'spend.csv' };
 * revisitReport([selfHosted, managedProvider], { actuals }).actuals?.scenarios[0]?.actual; // '4100.00'
 */
export type RevisitActuals =
  | {
      readonly csv: string;
      readonly file?: string;
      /** For a FOCUS bill: sum `billed` (BilledCost, the default) or `effective` (EffectiveCost) cost. */
      readonly cost?: 'billed' | 'effective';
    }
  | { readonly rows: readonly ActualsRow[]; readonly file?: string };

/** The rows of actual spending, the file they came from, and what a FOCUS bill held. */
type GivenActuals = { readonly rows: readonly ActualsRow[]; readonly file?: string; readonly focus?: FocusActualsSummary };

/**
 * A previous decision record as the revisit report takes it: the record itself, or the text of
 * its JSON file and the file's name.
 *
 * @example
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]);
 * const previous: RevisitPrevious = { json: JSON.stringify(record), file: 'decision.json' };
 * revisitReport([selfHosted, managedProvider], { previous }).changes?.decision.changed; // false
 */
export type RevisitPrevious = DecisionRecord | { readonly json: string; readonly file?: string };

/** The previous record, read from its JSON text when given as text; undefined when none was given. */
export function previousRecord(previous: RevisitPrevious | undefined): Result<DecisionRecord | undefined> {
  if (previous === undefined) return { ok: true, value: undefined };
  if (!('json' in previous)) return { ok: true, value: previous };
  const data = parseJsonText(previous.json, previous.file);
  return data.ok ? parseDecisionRecord(data.value, previous.file) : data;
}

/** The rows of actual spending, read from CSV text in the reporting currency when given as text (in the first scenario's, when the settings are invalid: so that its problems are reported too). */
export function actualsRows(
  actuals: RevisitActuals | undefined,
  currency: Pick<AnalysisSettings, 'currency' | 'minorDigits' | 'overlapFrom'> | undefined,
  scenarios: readonly Scenario[],
): Result<GivenActuals | undefined> {
  if (actuals === undefined) return { ok: true, value: undefined };
  const file = actuals.file === undefined ? {} : { file: actuals.file };
  if ('rows' in actuals) return { ok: true, value: { rows: actuals.rows, ...file } };
  if (isFocusCsv(actuals.csv)) {
    const code = currency?.currency ?? 'USD';
    const read = parseFocusActuals(actuals.csv, { ...file, currency: code, minorDigits: currency?.minorDigits ?? minorUnitDigits(code), cost: actuals.cost ?? 'billed', scenarios: scenarios.map((scenario, index) => focusPlanScenario(scenario, overlapSource(scenarios, currency?.overlapFrom, index))) });
    if (!read.ok) return read;
    const { rows, unplanned, cost, chargeRows, corrections, credits } = read.value;
    return { ok: true, value: { rows, ...file, focus: { cost, chargeRows, corrections, credits, unplanned } } };
  }
  if (actuals.cost !== undefined) {
    return { ok: false, issues: [{ code: 'invalid-option', ...file, message: '--actuals-cost applies to a FOCUS bill; this file is the simple actuals CSV (month, scenario, item, amount), whose amounts are taken as they are: leave out --actuals-cost' }] };
  }
  const rows = parseActualsCsv(actuals.csv, { ...file, currency: currency?.currency ?? 'USD', ...(currency === undefined ? {} : { minorDigits: currency.minorDigits }) });
  return rows.ok ? { ok: true, value: { rows: rows.value, ...file } } : rows;
}

/**
 * Actual spending against the scenarios as written (what they said would be paid), over a
 * plan that runs from the first month with actuals (or the analysis start, if earlier) to the
 * end of the analysis: actuals of the months before a report's look-ahead are history, held
 * against the plan of their own months. The analysis's ledgers are the plan's when nothing
 * was moved and no actuals come before it.
 */
export function actualsAgainstPlan(
  scenarios: readonly Scenario[],
  current: readonly Scenario[],
  settings: AnalysisSettings,
  ledgers: ReturnType<typeof comparisonLedger>,
  given: GivenActuals,
): Result<ActualsComparison> {
  const months = given.rows.map((row) => parseMonth(row.month)).filter((month): month is Month => month !== undefined);
  const start = Math.min(settings.from, ...months);
  if (settings.from + settings.months - start > MAX_HORIZON_MONTHS) {
    const earliest = given.rows.find((row) => parseMonth(row.month) === start);
    return {
      ok: false,
      issues: [
        {
          code: 'outside-horizon',
          ...(given.file === undefined ? {} : { file: given.file }),
          ...(earliest?.line === undefined ? {} : { line: earliest.line }),
          message: `month ${formatMonth(start)} is more than ${MAX_HORIZON_MONTHS} months before the end of the analysis (${formatMonth(settings.from + settings.months - 1)}); leave out actual spending that old`,
        },
      ],
    };
  }
  const same = start === settings.from && current.every((scenario, index) => scenario === scenarios[index]);
  const plan: AnalysisSettings = same ? settings : { ...settings, from: start, months: settings.from + settings.months - start };
  const planLedgers = same ? ledgers : comparisonLedger(scenarios, plan);
  return tryActualsAgainstLedgers(given.rows, { ...plan, ledgers: planLedgers }, { ...(given.file === undefined ? {} : { file: given.file }), ...(given.focus === undefined ? {} : { focus: given.focus }) });
}

/** The scenario that scenario `index` migrates from, if any. */
function overlapSource(scenarios: readonly Scenario[], overlapFrom: readonly (number | undefined)[] | undefined, index: number): Scenario | undefined {
  const from = overlapFrom?.[index];
  return from === undefined ? undefined : scenarios[from];
}

/**
 * What the FOCUS import needs of a scenario: the ProviderName of its rows, its items (with
 * the "… (overlap)" items of the scenario it migrates from, `overlapFrom`, as its ledger has
 * them) and its `actuals.map`.
 */
function focusPlanScenario(scenario: Scenario, overlapFrom: Scenario | undefined): FocusPlanScenario {
  const mapping = scenario.definition.actuals;
  return {
    name: scenario.name,
    provider: mapping?.provider ?? scenario.definition.billing?.provider ?? scenario.name,
    mapped: mapping !== undefined,
    items: [...scenario.items.map((item) => item.name), ...(overlapFrom?.items ?? []).map((item) => overlapItemName(item.name))],
    rules: mapping?.map ?? [],
  };
}
