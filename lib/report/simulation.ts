/**
 * The simulation result, version 1: what the ranges of the scenarios make of the comparison,
 * over many trials. Plain JSON-serialisable data, like the comparison; money is a decimal
 * string in the currency's minor unit.
 *
 *   scenarios + options ─▶ resolveSettings ─▶ uncertainQuantities (one per range, a shared
 *     range once) ─▶ simulateTrials (seeded; the exact engine in every trial)
 *   ─▶ per scenario: total, years, NPV and the difference to the baseline as mean and
 *      percentiles; how often it is the cheapest and cheaper than the baseline; its break-even
 *      month as percentiles, and how often it breaks even within the horizon and the term
 *   ─▶ per quantity: its range, median and the percentiles of what was drawn
 */
import type { AnalysisMonth } from '../analysis/analysisMonth.js';
import { resolveSettings, type AnalysisOptions, type AnalysisSettings } from '../analysis/analysisSettings.js';
import { monthPercentiles, moneyStatistics, probability, type OutcomeStatistics } from '../analysis/outcomeStatistics.js';
import { sensitivities, type Sensitivity } from '../analysis/sensitivity.js';
import { simulateTrials } from '../analysis/simulateTrials.js';
import { waitingSummary, waitingTrials, type SimulatedWaiting } from '../analysis/waitingTrials.js';
import { formatMonth, parseMonth, type Month } from '../calendar/month.js';
import { uncertainQuantities } from '../analysis/uncertainQuantities.js';
import { unwrap, type Issue, type Result } from '../issues/issue.js';
import { inputRange, type InputRange } from '../scenario/thresholdInputs.js';
import type { Scenario } from '../scenario/scenario.js';
import { compareWithSettings } from './compare.js';
import type { ComparisonSettings, HorizonYear } from './comparison.js';

/**
 * The number of trials when none is asked for.
 *
 * @example
 * DEFAULT_TRIALS; // 10000
 */
export const DEFAULT_TRIALS = 10000;
/**
 * The most trials one simulation runs.
 *
 * @example
 * MAX_TRIALS; // 1000000
 */
export const MAX_TRIALS = 1_000_000;
/**
 * The seed when none is given (the day of the founding decision), so that a rerun gives the same numbers.
 *
 * @example
 * DEFAULT_SEED; // 20090504
 */
export const DEFAULT_SEED = 20090504;

/**
 * Options of {@link simulate}: the analysis options, the number of trials and the seed.
 *
 * @example
 * const options: SimulationOptions = { months: 36, trials: 1000, seed: 7 };
 * simulate([selfHosted, managedProvider], options).settings.trials; // 1000
 */
export type SimulationOptions = AnalysisOptions & {
  /** Trials to run, 1 to {@link MAX_TRIALS} (default {@link DEFAULT_TRIALS}). */
  readonly trials?: number;
  /** The seed of the random draws, a whole number from 0 to 4294967295 (default {@link DEFAULT_SEED}). */
  readonly seed?: number;
  /** `YYYY-MM`: also weigh deciding now against waiting until this month (`waiting`). */
  readonly revisit?: string;
};

/**
 * The simulation result, version 1.
 *
 * @example
 * const result: Simulation = simulate([selfHosted, managedProvider], { trials: 100 });
 * [result.version, result.kind, result.uncertain.length, result.scenarios[1]?.total.p50]; // [1, 'simulation', 0, '1485000.00']
 */
export type Simulation = {
  readonly version: 1;
  readonly kind: 'simulation';
  readonly settings: ComparisonSettings & { readonly trials: number; readonly seed: number };
  readonly years: readonly HorizonYear[];
  /** Every uncertain quantity, drawn once per trial. */
  readonly uncertain: readonly SimulatedQuantity[];
  /** The uncertain quantities by how much each alone moves the difference to the baseline, largest first. */
  readonly sensitivity: readonly Sensitivity[];
  /** Deciding now against waiting until `revisit`; null when no revisit month was given. */
  readonly waiting: SimulatedWaiting | null;
  readonly scenarios: readonly SimulatedScenario[];
};

/**
 * One uncertain quantity: where it is written, its range, and what was drawn.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '30000', high: '45000', dist: 'uniform' }, every: 'month' }] }));
 * const [fee]: readonly SimulatedQuantity[] = simulate([selfHosted, provider], { trials: 1000 }).uncertain;
 * [fee?.label, fee?.median, fee?.scenarios]; // ['Provider: Hosting', '37500', ['Provider']]
 */
export type SimulatedQuantity = {
  readonly label: string;
  /** JSON Pointer of the range in the definition of each scenario that uses it. */
  readonly path: string;
  /** The file that writes it; null for a scenario built in code. */
  readonly file: string | null;
  readonly kind: 'money' | 'rate' | 'quantity';
  readonly range: InputRange;
  /** The value the deterministic commands use. */
  readonly median: string;
  readonly scenarios: readonly string[];
  /** Percentiles of the values drawn, as plain decimal strings (6 significant digits; money to the cent). */
  readonly drawn: { readonly p5: string; readonly p50: string; readonly p95: string };
};

/**
 * One scenario over the trials.
 *
 * @example
 * const [, provider]: readonly SimulatedScenario[] = simulate([selfHosted, managedProvider], { trials: 10 }).scenarios;
 * [provider?.atMedians, provider?.probabilityCheapest, provider?.breakEven?.withinHorizon]; // ['1485000.00', '0.0000', '0.0000']
 */
export type SimulatedScenario = {
  readonly name: string;
  readonly isBaseline: boolean;
  /** The total with every range at its median: what compare prints. */
  readonly atMedians: string;
  readonly total: OutcomeStatistics;
  /** Per year of the horizon. */
  readonly years: readonly OutcomeStatistics[];
  /** Null when not discounting. */
  readonly npv: OutcomeStatistics | null;
  /** Total − the baseline's total, trial by trial; null for the baseline. */
  readonly difference: OutcomeStatistics | null;
  /** The share of trials in which it is the cheapest (a tie goes to the baseline, then to the one listed first). */
  readonly probabilityCheapest: string;
  /** The share of trials in which it costs strictly less than the baseline; null for the baseline. */
  readonly probabilityCheaperThanBaseline: string | null;
  readonly breakEven: SimulatedBreakEven | null;
};

/**
 * A scenario's break-even against the baseline over the trials: percentiles of the month
 * (null where the percentile is "never within the horizon"), and how often it breaks even
 * within the horizon and within its commitment's term.
 *
 * @example
 * const breakEven: SimulatedBreakEven | null = simulate([selfHosted, managedProvider], { trials: 10 }).scenarios[1]!.breakEven;
 * [breakEven?.p50, breakEven?.withinCommitment]; // [null, '0.0000']
 */
export type SimulatedBreakEven = Record<'p5' | 'p10' | 'p25' | 'p50' | 'p75' | 'p90' | 'p95', AnalysisMonth | null> & {
  readonly withinHorizon: string;
  /** Null without a commitment. */
  readonly withinCommitment: string | null;
};

/**
 * Simulates the scenarios: each range drawn once per trial, the comparison made exactly in
 * every trial. Throws {@link InputError} on invalid scenarios or options; {@link trySimulate}
 * returns the issues instead.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000', dist: 'uniform' }, every: 'month' }] }));
 * const result = simulate([selfHosted, provider], { trials: 2000, seed: 1 });
 * // self-hosting costs 4,000.00 a month: the provider is cheaper in about half the trials
 * Math.abs(Number(result.scenarios[1]!.probabilityCheaperThanBaseline) - 0.5) < 0.05; // true
 */
export function simulate(scenarios: readonly Scenario[], options: SimulationOptions = {}): Simulation {
  return unwrap(trySimulate(scenarios, options));
}

/**
 * {@link simulate}, returning problems with the input as a value instead of throwing.
 *
 * @example
 * const result = trySimulate([selfHosted], { trials: 0 });
 * result.ok ? [] : result.issues.map((issue) => issue.message); // ['--trials: expected a whole number of trials from 1 to 1000000, found 0']
 */
export function trySimulate(scenarios: readonly Scenario[], options: SimulationOptions = {}): Result<Simulation> {
  const issues: Issue[] = trialOptionIssues(options);
  const trials = options.trials ?? DEFAULT_TRIALS;
  const seed = options.seed ?? DEFAULT_SEED;
  const resolved = resolveSettings(scenarios, options);
  if (!resolved.ok) issues.push(...resolved.issues);
  const revisit = options.revisit === undefined ? undefined : parseMonth(options.revisit);
  if (options.revisit !== undefined && revisit === undefined) issues.push({ code: 'invalid-option', message: `--revisit: expected a month as YYYY-MM, found "${options.revisit}"` });
  if (resolved.ok && revisit !== undefined && (revisit <= resolved.value.from || revisit >= resolved.value.from + resolved.value.months)) {
    const { from, months } = resolved.value;
    issues.push({ code: 'invalid-option', message: `--revisit: expected a month after the start of the analysis (${formatMonth(from)}) and within it (to ${formatMonth(from + months - 1)}), found ${options.revisit as string}` });
  }
  if (!resolved.ok || issues.length > 0) return { ok: false, issues };
  return { ok: true, value: simulationWithSettings(scenarios, resolved.value, { trials, seed, ...(revisit === undefined ? {} : { revisit }) }) };
}

/**
 * What is wrong with the number of trials and the seed asked for; none when they are fine.
 *
 * @example
 * trialOptionIssues({ trials: 10, seed: -1 }).map((issue) => issue.message); // ['--seed: expected a whole number from 0 to 4294967295, found -1']
 */
export function trialOptionIssues(options: { readonly trials?: number; readonly seed?: number }): Issue[] {
  const issues: Issue[] = [];
  const trials = options.trials ?? DEFAULT_TRIALS;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(trials) || trials < 1 || trials > MAX_TRIALS) issues.push({ code: 'invalid-option', message: `--trials: expected a whole number of trials from 1 to ${MAX_TRIALS}, found ${String(options.trials)}` });
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) issues.push({ code: 'invalid-option', message: `--seed: expected a whole number from 0 to 4294967295, found ${String(options.seed)}` });
  return issues;
}

/**
 * {@link simulate} for settings already resolved against the scenarios and options already
 * checked: what the revisit report runs on its own settings.
 *
 * @example
 * const settings = unwrap(resolveSettings([selfHosted], { months: 12 }));
 * simulationWithSettings([selfHosted], settings, { trials: 10, seed: 1 }).scenarios[0]?.total.p50; // '48000.00'
 */
export function simulationWithSettings(scenarios: readonly Scenario[], settings: AnalysisSettings, { trials, seed, revisit }: { readonly trials: number; readonly seed: number; readonly revisit?: Month }): Simulation {
  const comparison = compareWithSettings(scenarios, settings);
  const quantities = uncertainQuantities(scenarios);
  const outcomes = simulateTrials(scenarios, settings, quantities, { trials, seed });
  const digits = settings.minorDigits;
  const baseline = outcomes.totals[settings.baselineIndex] as Float64Array;
  return {
    version: 1,
    kind: 'simulation',
    settings: { ...comparison.settings, trials, seed },
    years: comparison.years,
    uncertain: quantities.map((quantity, q) => ({
      label: quantity.label,
      path: quantity.path,
      file: quantity.file,
      kind: quantity.kind,
      range: inputRange(quantity.range),
      median: quantity.median.toFixed(),
      scenarios: quantity.scenarios.map((index) => (scenarios[index] as Scenario).name),
      drawn: drawnPercentiles(outcomes.draws[q] as Float64Array, quantity.kind === 'money' ? digits : undefined),
    })),
    sensitivity: sensitivities(scenarios, settings, quantities, outcomes),
    waiting: revisit === undefined ? null : waitingSummary(scenarios, waitingTrials(scenarios, settings, quantities, outcomes, revisit), revisit, digits),
    scenarios: scenarios.map((scenario, s): SimulatedScenario => {
      const totals = outcomes.totals[s] as Float64Array;
      const isBaseline = s === settings.baselineIndex;
      const breakEvens = outcomes.breakEvens[s];
      const termEnd = scenario.commitment === undefined ? undefined : scenario.start + scenario.commitment.months - 1 - settings.from;
      const count = (test: (trial: number) => boolean) => {
        let n = 0;
        for (let t = 0; t < trials; t++) if (test(t)) n++;
        return n;
      };
      return {
        name: scenario.name,
        isBaseline,
        atMedians: comparison.scenarios[s]?.total as string,
        total: moneyStatistics(totals, digits),
        years: (outcomes.years[s] ?? []).map((values) => moneyStatistics(values, digits)),
        npv: outcomes.npvs === null ? null : moneyStatistics(outcomes.npvs[s] as Float64Array, digits),
        difference: isBaseline ? null : moneyStatistics(totals.map((total, t) => total - (baseline[t] as number)), digits),
        probabilityCheapest: probability(outcomes.cheapest[s] as number, trials),
        probabilityCheaperThanBaseline: isBaseline ? null : probability(count((t) => (totals[t] as number) < (baseline[t] as number)), trials),
        breakEven:
          breakEvens === null || breakEvens === undefined
            ? null
            : {
                ...monthPercentiles(breakEvens, settings.from),
                withinHorizon: probability(count((t) => (breakEvens[t] as number) >= 0), trials),
                withinCommitment: termEnd === undefined ? null : probability(count((t) => (breakEvens[t] as number) >= 0 && (breakEvens[t] as number) <= termEnd), trials),
              },
      };
    }),
  };
}

/** P5, P50 and P95 of the values drawn: money to the minor unit, others to 6 significant digits. */
function drawnPercentiles(values: Float64Array, digits: number | undefined): SimulatedQuantity['drawn'] {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => {
    const value = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length - 1e-9) - 1))] as number;
    return digits === undefined ? String(Number(value.toPrecision(6))) : value.toFixed(digits);
  };
  return { p5: at(0.05), p50: at(0.5), p95: at(0.95) };
}
