/**
 * The FOCUS forecast result, version 1: the exact schedule as FinOps FOCUS 1.2 rows, so a
 * forecast lines up with a provider's bill in the same spreadsheet or BI tool.
 */
import { formatMonth } from '../calendar/month.js';
import { unwrap, type Result } from '../issues/issue.js';
import { lastMonth, resolveSettings, type AnalysisOptions, rangesAtMedians } from '../analysis/analysisSettings.js';
import { focusCharges, type FocusCharge } from '../analysis/focusCharges.js';
import { FOCUS_COLUMNS, FOCUS_VERSION, type FocusColumn } from '../analysis/focusColumns.js';
import type { Scenario } from '../scenario/scenario.js';

/**
 * The forecast as FOCUS rows: the settings it was made with, the columns in the order they
 * are written, and one charge per payment (two for hardware in the amortized view).
 *
 * @example
 * const forecast: FocusForecast = focusForecast([selfHosted], { months: 12 });
 * [forecast.kind, forecast.settings.focusVersion, forecast.charges.length]; // ['focus-forecast', '1.2', 12]
 */
export type FocusForecast = {
  readonly version: 1;
  readonly kind: 'focus-forecast';
  readonly settings: {
    readonly focusVersion: string;
    readonly from: string;
    readonly to: string;
    readonly months: number;
    readonly currency: string;
    readonly minorDigits: number;
    /** `cash` (BilledCost = EffectiveCost) or `amortized` (hardware's EffectiveCost spread over its life). */
    readonly view: 'cash' | 'amortized';
    /** The exchange rates the rows of scenarios in other currencies were converted at (`{ "EUR": "1.08" }`); absent when none was. */
    readonly rates?: Readonly<Record<string, string>>;
    /** `"medians"` when a scenario gives a value as a range: the rows hold each range's median. Absent when there are no ranges. */
    readonly ranges?: 'medians';
  };
  readonly columns: readonly FocusColumn[];
  readonly charges: readonly FocusCharge[];
};

/**
 * The scenarios' exact schedule as FOCUS 1.2 charges. Throws {@link InputError} on invalid
 * options; {@link tryFocusForecast} returns the issues instead.
 *
 * @example
 * const forecast = focusForecast([selfHosted, managedProvider], { months: 36 });
 * const billed = (name: string) => forecast.charges.filter((c) => c.x_Scenario === name).reduce((sum, c) => sum.plus(c.BilledCost ?? '0'), toDecimal('0'));
 * [billed('Self-hosted').toFixed(2), billed('Managed provider').toFixed(2)]; // ['144000.00', '1485000.00']
 */
export function focusForecast(scenarios: readonly Scenario[], options: AnalysisOptions = {}): FocusForecast {
  return unwrap(tryFocusForecast(scenarios, options));
}

/**
 * {@link focusForecast}, returning problems with the options as a value instead of throwing.
 *
 * @example
 * const result = tryFocusForecast([selfHosted], { months: 0 });
 * result.ok ? result.value.charges.length : result.issues.map(formatIssue);
 * // ['--months: expected a whole number of months from 1 to 1200, found 0']
 */
export function tryFocusForecast(scenarios: readonly Scenario[], options: AnalysisOptions = {}): Result<FocusForecast> {
  const resolved = resolveSettings(scenarios, options);
  if (!resolved.ok) return resolved;
  const settings = resolved.value;
  return {
    ok: true,
    value: {
      version: 1,
      kind: 'focus-forecast',
      settings: {
        focusVersion: FOCUS_VERSION,
        from: formatMonth(settings.from),
        to: formatMonth(lastMonth(settings)),
        months: settings.months,
        currency: settings.currency,
        minorDigits: settings.minorDigits,
        view: settings.view ?? 'cash',
        ...(settings.rates === undefined ? {} : { rates: Object.fromEntries([...settings.rates].map(([currency, rate]) => [currency, rate.toString()])) }),
        ...rangesAtMedians(scenarios, settings),
      },
      columns: FOCUS_COLUMNS,
      charges: focusCharges(scenarios, settings),
    },
  };
}
