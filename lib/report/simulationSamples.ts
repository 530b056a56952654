/**
 * The trials of a simulation, for a spreadsheet or a notebook to check its statistics
 * against: per trial, what each uncertain quantity drew and what each scenario cost.
 *
 *   simulate's checked options ─▶ simulationWithTrials ─▶ the Simulation, and the trials'
 *   outcomes kept as they are (typed arrays: no copy) ─▶ a value as text, trial by trial
 *
 * A million trials of a few columns are a few dozen megabytes as numbers and several hundred
 * as strings, so the samples stay numbers and become text one trial at a time (sampleText).
 */
import type { AnalysisSettings } from '../analysis/analysisSettings.js';
import { drawnText } from '../analysis/drawnText.js';
import type { TrialOutcomes } from '../analysis/simulateTrials.js';
import type { UncertainQuantity } from '../analysis/uncertainQuantities.js';
import { unwrap, type Result } from '../issues/issue.js';
import { formatMinorUnits } from '../money/minorUnits.js';
import type { ValueKind } from '../scenario/normalizeRange.js';
import type { Scenario } from '../scenario/scenario.js';
import { simulationWithTrials, type Simulation } from './simulation.js';
import { checkedSimulationOptions, type SimulationOptions } from './simulationOptions.js';

/**
 * Every trial of a simulation, column by column: each uncertain quantity's draws (in the
 * order of the simulation's `uncertain`), each scenario's total, then each scenario's NPV
 * when discounting (in the order of its `scenarios`).
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000', dist: 'uniform' }, every: 'month' }] }));
 * const { samples }: { samples: SimulationSamples } = simulateWithSamples([selfHosted, provider], { months: 2, trials: 3, seed: 1 });
 * samples.columns.map((column) => column.name); // ['Provider: Hosting', 'Self-hosted: total', 'Provider: total']
 * // each trial pays the drawn fee twice; self-hosting always costs 2 × 4,000.00
 * [0, 1, 2].every((t) => Number(sampleText(samples.columns[2]!, t)) === 2 * Number(sampleText(samples.columns[0]!, t))); // true
 * [0, 1, 2].map((t) => sampleText(samples.columns[1]!, t)); // ['8000.00', '8000.00', '8000.00']
 */
export type SimulationSamples = {
  readonly trials: number;
  readonly columns: readonly SampleColumn[];
};

/**
 * One column of the samples: its name (`Provider: Hosting` for a quantity, `Provider: total`,
 * `Provider: npv`) and its value in each trial: a draw as the trial used it (`unit` the kind
 * of quantity), or an amount in minor units (`unit` `minor-units`). Money has `digits`
 * decimals: the minor unit of the currency it is in.
 *
 * @example
 * const column: SampleColumn = { name: 'Provider: total', unit: 'minor-units', digits: 2, values: Float64Array.of(4800000) };
 * sampleText(column, 0); // '48000.00'
 */
export type SampleColumn = {
  readonly name: string;
  readonly unit: ValueKind | 'minor-units';
  readonly digits: number;
  readonly values: Float64Array;
};

/**
 * A simulation and its trials: what `costmodel simulate --samples FILE` writes. The
 * simulation is the one {@link simulate} returns for the same options.
 *
 * @example
 * const { simulation, samples } = simulateWithSamples([selfHosted, managedProvider], { trials: 2 });
 * [simulation.settings.trials, samples.trials, samples.columns.length]; // [2, 2, 2]
 */
export function simulateWithSamples(scenarios: readonly Scenario[], options: SimulationOptions = {}): { readonly simulation: Simulation; readonly samples: SimulationSamples } {
  return unwrap(trySimulateWithSamples(scenarios, options));
}

/**
 * {@link simulateWithSamples}, returning problems with the input as a value instead of throwing.
 *
 * @example
 * const result = trySimulateWithSamples([selfHosted], { trials: 1.5 });
 * result.ok ? [] : result.issues.map((issue) => issue.message); // ['--trials: expected a whole number of trials from 1 to 1000000, found 1.5']
 */
export function trySimulateWithSamples(scenarios: readonly Scenario[], options: SimulationOptions = {}): Result<{ readonly simulation: Simulation; readonly samples: SimulationSamples }> {
  const checked = checkedSimulationOptions(scenarios, options);
  if (!checked.ok) return checked;
  const { simulation, outcomes, quantities } = simulationWithTrials(scenarios, checked.value.settings, checked.value);
  return { ok: true, value: { simulation, samples: simulationSamples(scenarios, checked.value.settings, quantities, outcomes) } };
}

/**
 * The samples of trials run for `quantities` of `scenarios` (`outcomes`), without copying
 * them: money drawn in the minor unit of the first scenario that uses it (the unit it was
 * drawn to), totals and NPVs in the reporting currency's.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '3000' }, every: 'month' }] }));
 * const settings = unwrap(resolveSettings([provider], { months: 1, discountRate: '8%' }));
 * const quantities = uncertainQuantities([provider]);
 * const samples = simulationSamples([provider], settings, quantities, simulateTrials([provider], settings, quantities, { trials: 2, seed: 1 }));
 * samples.columns.map((column) => [column.name, sampleText(column, 1)]); // [['Provider: Hosting', '3000.00'], ['Provider: total', '3000.00'], ['Provider: npv', '3000.00']]
 */
export function simulationSamples(scenarios: readonly Scenario[], settings: AnalysisSettings, quantities: readonly UncertainQuantity[], outcomes: TrialOutcomes): SimulationSamples {
  const digits = settings.minorDigits;
  const amounts = (values: readonly Float64Array[], measure: string): SampleColumn[] =>
    values.map((column, s) => ({ name: `${(scenarios[s] as Scenario).name}: ${measure}`, unit: 'minor-units', digits, values: column }));
  return {
    trials: outcomes.trials,
    columns: [
      ...quantities.map((quantity, q): SampleColumn => ({
        name: quantity.label,
        unit: quantity.kind,
        digits: scenarios[quantity.scenarios[0] ?? 0]?.minorDigits ?? digits,
        values: outcomes.draws[q] as Float64Array,
      })),
      ...amounts(outcomes.totals, 'total'),
      ...amounts(outcomes.npvs ?? [], 'npv'),
    ],
  };
}

/**
 * The value of `column` in trial `trial` (from 0) as a plain decimal string: exactly what the
 * trial used or gave (a draw as `drawnText` writes it, an amount to the minor unit).
 *
 * @example
 * sampleText({ name: 'Growth', unit: 'rate', digits: 2, values: Float64Array.of(0.035) }, 0); // '0.035'
 */
export function sampleText(column: SampleColumn, trial: number): string {
  const value = column.values[trial];
  if (value === undefined) throw new Error(`no trial ${trial} in the samples of ${column.name}`);
  return column.unit === 'minor-units' ? formatMinorUnits(BigInt(value), column.digits) : drawnText(column.unit, value, column.digits);
}
