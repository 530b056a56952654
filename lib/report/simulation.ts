/**
 * The simulation result, version 1: what the ranges of the scenarios make of the comparison,
 * over many trials. Plain JSON-serialisable data, like the comparison; money is a decimal
 * string in the currency's minor unit.
 *
 *   scenarios + options ─▶ resolveSettings ─▶ uncertainQuantities (one per range, a shared
 *     range once) ─▶ simulateTrials (seeded; the exact engine in every trial)
 *   ─▶ per scenario: total, years, NPV and the difference to the baseline as mean and
 *      percentiles; how often it is the cheapest, cheaper and dearer than the baseline; its
 *      break-even month as percentiles, and how often it breaks even within the horizon and
 *      the term; its cumulative cost month by month as percentiles (cumulativeBands); the
 *      difference to the baseline in bins (differenceHistogram)
 *   ─▶ per quantity: its range, median and the percentiles of what was drawn
 */
import type { AnalysisMonth } from '../analysis/analysisMonth.js';
import type { AnalysisSettings } from '../analysis/analysisSettings.js';
import type { CumulativeBands } from '../analysis/cumulativeBands.js';
import { differenceHistogram, type HistogramBin } from '../analysis/differenceHistogram.js';
import { monthPercentiles, probability, type OutcomeStatistics } from '../analysis/outcomeStatistics.js';
import { differenceToBaseline, rankedSensitivities, type Sensitivity } from '../analysis/sensitivity.js';
import { trialStatistics, type TrialStatistics } from '../analysis/trialStatistics.js';
import { simulateTrials, type TrialOutcomes } from '../analysis/simulateTrials.js';
import { waitingSummary, waitingTrials, type SimulatedWaiting } from '../analysis/waitingTrials.js';
import { uncertainQuantities, type UncertainQuantity } from '../analysis/uncertainQuantities.js';
import { unwrap, type Result } from '../issues/issue.js';
import { inputRange, type InputRange } from '../scenario/thresholdInputs.js';
import type { Scenario } from '../scenario/scenario.js';
import { compareWithSettings } from './compare.js';
import type { ComparisonSettings, HorizonYear } from './comparison.js';
import { checkedSimulationOptions, type SimulationOptions, type TrialRun } from './simulationOptions.js';

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
  /** `threads`: how many threads were started to run the trials; the rest of the result does not depend on it. */
  readonly settings: ComparisonSettings & { readonly trials: number; readonly seed: number; readonly threads: number };
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
  /** JSON Pointer of the range in the definition of each scenario that uses it; for an exchange rate, in the analysis options (`/rates/EUR`). */
  readonly path: string;
  /** The file that writes it; null for a scenario built in code. */
  readonly file: string | null;
  readonly kind: 'money' | 'rate' | 'quantity' | 'months' | 'exchangeRate';
  readonly range: InputRange;
  /** The value the deterministic commands use. */
  readonly median: string;
  readonly scenarios: readonly string[];
  /** Percentiles of the values drawn, as plain decimal strings (6 significant digits; money to the cent; a count of months whole). */
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
  /** `atMedians` − the baseline's: the difference compare prints; null for the baseline. */
  readonly differenceAtMedians: string | null;
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
  /** The share of trials in which it costs strictly more than the baseline; null for the baseline. */
  readonly probabilityDearerThanBaseline: string | null;
  readonly breakEven: SimulatedBreakEven | null;
  /**
   * The 5th, 25th, 50th, 75th and 95th percentiles of its cumulative cost at the end of each
   * month, over the first 10,000 trials (`CUMULATIVE_TRIALS`; all of them when there are no
   * more): what the fan chart draws.
   */
  readonly cumulative: CumulativeBands;
  /** `difference` over the trials in at most 40 equal bins, zero always on an edge ({@link differenceHistogram}); null for the baseline. */
  readonly histogram: readonly HistogramBin[] | null;
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
  const checked = checkedSimulationOptions(scenarios, options);
  return checked.ok ? { ok: true, value: simulationWithSettings(scenarios, checked.value.settings, checked.value) } : checked;
}

/**
 * {@link simulate} for settings already resolved against the scenarios and options already
 * checked: what the revisit report runs on its own settings.
 *
 * @example
 * const settings = unwrap(resolveSettings([selfHosted], { months: 12 }));
 * simulationWithSettings([selfHosted], settings, { trials: 10, seed: 1 }).scenarios[0]?.total.p50; // '48000.00'
 */
export function simulationWithSettings(scenarios: readonly Scenario[], settings: AnalysisSettings, run: TrialRun): Simulation {
  return simulationWithTrials(scenarios, settings, run).simulation;
}

/**
 * {@link simulationWithSettings}, keeping what every trial gave (`outcomes`, for the
 * `quantities` drawn) beside the simulation made of them.
 *
 * @example
 * const settings = unwrap(resolveSettings([selfHosted], { months: 12 }));
 * const { simulation, outcomes } = simulationWithTrials([selfHosted], settings, { trials: 3, seed: 1 });
 * [simulation.scenarios[0]?.total.p50, [...outcomes.totals[0]!]]; // ['48000.00', [4800000, 4800000, 4800000]]
 */
export function simulationWithTrials(
  scenarios: readonly Scenario[],
  settings: AnalysisSettings,
  { trials, seed, revisit, onProgress, threads = 1, outcomes: given, statistics: parts }: TrialRun,
): { readonly simulation: Simulation; readonly outcomes: TrialOutcomes; readonly quantities: readonly UncertainQuantity[] } {
  const comparison = compareWithSettings(scenarios, settings);
  const quantities = uncertainQuantities(scenarios, settings);
  // With a revisit month the trials are weighed in a second pass: the progress counts both.
  const passes = revisit === undefined ? 1 : 2;
  const outcomes = given ?? simulateTrials(scenarios, settings, quantities, { trials, seed, ...(onProgress === undefined ? {} : { onProgress: (done: number) => onProgress(done, passes * trials) }) });
  if (outcomes.trials !== trials) throw new RangeError(`simulate: ${outcomes.trials} trials given for a simulation of ${trials}`);
  const waitingProgress = onProgress === undefined ? undefined : (done: number) => onProgress(trials + done, passes * trials);
  const digits = settings.minorDigits;
  const baseline = outcomes.totals[settings.baselineIndex] as Float64Array;
  const statistics = trialStatistics(scenarios, settings, quantities, outcomes, parts);
  const simulation: Simulation = {
    version: 1,
    kind: 'simulation',
    settings: { ...comparison.settings, trials, seed, threads },
    years: comparison.years,
    uncertain: quantities.map((quantity, q) => ({
      label: quantity.label,
      path: quantity.path,
      file: quantity.file,
      kind: quantity.kind,
      range: inputRange(quantity.range),
      median: quantity.median.toFixed(),
      scenarios: quantity.scenarios.map((index) => (scenarios[index] as Scenario).name),
      drawn: (statistics.quantities[q] as TrialStatistics['quantities'][number]).drawn,
    })),
    sensitivity: rankedSensitivities(statistics.quantities.map((quantity) => quantity.sensitivity)),
    waiting: revisit === undefined ? null : waitingSummary(scenarios, waitingTrials(scenarios, settings, quantities, outcomes, revisit, waitingProgress), revisit, digits),
    scenarios: scenarios.map((scenario, s): SimulatedScenario => {
      const totals = outcomes.totals[s] as Float64Array;
      const isBaseline = s === settings.baselineIndex;
      const differences = differenceToBaseline(totals, baseline);
      const ofScenario = statistics.scenarios[s] as TrialStatistics['scenarios'][number];
      const breakEvens = outcomes.breakEvens[s];
      // A term given as a range ends where the trial's drawn term ends.
      const term = quantities.findIndex((quantity) => quantity.path === '/commitment/months' && quantity.scenarios.includes(s));
      const termMonths = (t: number) => (term < 0 ? (scenario.commitment?.months ?? 0) : ((outcomes.draws[term] as Float64Array)[t] as number));
      const termEnd = scenario.commitment === undefined ? undefined : (t: number) => scenario.start + termMonths(t) - 1 - settings.from;
      const count = (test: (trial: number) => boolean) => {
        let n = 0;
        for (let t = 0; t < trials; t++) if (test(t)) n++;
        return n;
      };
      return {
        name: scenario.name,
        isBaseline,
        atMedians: comparison.scenarios[s]?.total as string,
        differenceAtMedians: isBaseline ? null : (comparison.scenarios[s]?.difference as string),
        total: ofScenario.total,
        years: ofScenario.years,
        npv: ofScenario.npv,
        difference: ofScenario.difference,
        probabilityCheapest: probability(outcomes.cheapest[s] as number, trials),
        probabilityCheaperThanBaseline: isBaseline ? null : probability(count((t) => (differences[t] as number) < 0), trials),
        probabilityDearerThanBaseline: isBaseline ? null : probability(count((t) => (differences[t] as number) > 0), trials),
        breakEven:
          breakEvens === null || breakEvens === undefined
            ? null
            : {
                ...monthPercentiles(breakEvens, settings.from),
                withinHorizon: probability(count((t) => (breakEvens[t] as number) >= 0), trials),
                withinCommitment: termEnd === undefined ? null : probability(count((t) => (breakEvens[t] as number) >= 0 && (breakEvens[t] as number) <= termEnd(t)), trials),
              },
        cumulative: ofScenario.cumulative,
        histogram: isBaseline ? null : differenceHistogram(differences, digits),
      };
    }),
  };
  return { simulation, outcomes, quantities };
}
