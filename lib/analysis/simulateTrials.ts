/**
 * A Monte Carlo simulation through the exact engine:
 *
 *   per block of TRIALS_PER_STREAM trials (each block its own seeded stream, its numbers
 *   taken trial by trial, quantity by quantity)
 *     ─▶ each uncertain quantity drawn once a trial, for the block's trials at once (a
 *        column of draws a quantity): rangeQuantile(range, uniform), kept inside what
 *        the format allows (money not below 0, a rate above −100%, a share from 0 to 1, a
 *        driver's value not below 0, salvage at most the price), money to the minor unit
 *     ─▶ each scenario that uses a drawn quantity: the value set where its range is (withInput)
 *        and its ledger built again (the others keep theirs)
 *     ─▶ per scenario: the total, the year totals, the NPV (as compare computes it), the
 *        break-even month against the baseline; the cheapest (the one tie rule); in the first
 *        CUMULATIVE_TRIALS trials, the cumulative cost at each month
 *
 * Every trial is an exact ledger, rounded to the cent like any other: a range without width
 * gives the deterministic result in every trial.
 */
import { roundHalfAway } from '../money/roundHalfAway.js';
import type { ScenarioSchedule } from '../model/schedule.js';
import type { TrialModel } from '../model/trialModel.js';
import type { Scenario } from '../scenario/scenario.js';
import type { AnalysisSettings } from './analysisSettings.js';
import { breakEvenIndex } from './breakEven.js';
import { CUMULATIVE_TRIALS } from './cumulativeBands.js';
import { comparisonLedger } from './comparisonLedger.js';
import { monthlyDiscountFactors } from './npv.js';
import { RandomStream, TRIALS_PER_STREAM } from './randomStream.js';
import { drawnColumnFunction, exactMonthly, scenarioTrialModel, type QuantityUse } from './trialLedgers.js';
import type { TrialProgress } from './trialProgress.js';
import type { UncertainQuantity } from './uncertainQuantities.js';

/**
 * What every trial gave: per scenario, its totals, year totals, NPVs (in minor units, exact
 * integers as numbers) and break-even months; per quantity, its draws.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '3000' }, every: 'month' }] }));
 * const settings = unwrap(resolveSettings([selfHosted, provider], { months: 12 }));
 * const outcomes: TrialOutcomes = simulateTrials([selfHosted, provider], settings, uncertainQuantities([selfHosted, provider]), { trials: 3, seed: 1 });
 * [...outcomes.totals[1]!]; // [3600000, 3600000, 3600000]
 * // the third trial's cumulative cost, month by month: the first 10 months
 * [...outcomes.cumulative[1]!.subarray(2 * 12, 2 * 12 + 10)]; // [300000, 600000, 900000, 1200000, 1500000, 1800000, 2100000, 2400000, 2700000, 3000000]
 * [...outcomes.cheapest]; // [0, 3]
 */
export type TrialOutcomes = {
  readonly trials: number;
  /** Per scenario, its total in each trial, in minor units. */
  readonly totals: readonly Float64Array[];
  /** Per scenario, per year of the horizon, its cost in each trial, in minor units. */
  readonly years: readonly (readonly Float64Array[])[];
  /**
   * Per scenario, its cumulative cost at the end of month m in trial t, in minor units, at
   * t × months + m (each trial's months side by side), for the first {@link CUMULATIVE_TRIALS}
   * trials only: months × trials values would not fit in memory for long horizons and many
   * trials. Trial by trial, so the arrays of consecutive blocks of trials concatenate.
   */
  readonly cumulative: readonly Float64Array[];
  /** Per scenario, its NPV in each trial in minor units; null when not discounting. */
  readonly npvs: readonly Float64Array[] | null;
  /** Per scenario, the break-even month (0-based) against the baseline in each trial, −1 for never; null for the baseline. */
  readonly breakEvens: readonly (Int32Array | null)[];
  /** Per scenario, the trials in which it is the cheapest by total. */
  readonly cheapest: Uint32Array;
  /** Per quantity, its value in each trial, as a number. */
  readonly draws: readonly Float64Array[];
};

/**
 * Runs the trials. `settings` must be resolved against the scenarios (`resolveSettings`), and
 * `quantities` be theirs (`uncertainQuantities`).
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000', dist: 'uniform' }, every: 'month' }] }));
 * const settings = unwrap(resolveSettings([provider], { months: 1 }));
 * const outcomes = simulateTrials([provider], settings, uncertainQuantities([provider]), { trials: 1000, seed: 1 });
 * // every trial's total is the month's drawn fee, in cents
 * outcomes.totals[0]!.every((total, trial) => total === Math.round(outcomes.draws[0]![trial]! * 100)); // true
 * // `onProgress` hears after every block of 1,000 trials, and after the last
 * const heard: number[] = [];
 * simulateTrials([provider], settings, uncertainQuantities([provider]), { trials: 2500, seed: 1, onProgress: (done) => heard.push(done) });
 * heard; // [1000, 2000, 2500]
 */
export function simulateTrials(scenarios: readonly Scenario[], settings: AnalysisSettings, quantities: readonly UncertainQuantity[], options: { readonly trials: number; readonly seed: number; readonly onProgress?: TrialProgress }): TrialOutcomes {
  return simulateTrialRange(scenarios, settings, quantities, { ...options, first: 0, end: options.trials, exact: false });
}

/**
 * The trials from `first` (a multiple of {@link TRIALS_PER_STREAM}) up to `end` of a
 * simulation of `trials` trials: what one thread computes. `exact` sends every scenario
 * through the exact engine trial by trial (the reference the float path is tested against).
 * `onProgress` hears after every block of 1,000 trials how many of the range are done.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000' }, every: 'month' }] }));
 * const settings = unwrap(resolveSettings([provider], { months: 12 }));
 * const quantities = uncertainQuantities([provider]);
 * const second = simulateTrialRange([provider], settings, quantities, { trials: 3000, seed: 1, first: 1000, end: 2000, exact: false });
 * const whole = simulateTrials([provider], settings, quantities, { trials: 3000, seed: 1 });
 * // the second block of a simulation is the same whoever runs it, by either path
 * const exact = simulateTrialRange([provider], settings, quantities, { trials: 3000, seed: 1, first: 1000, end: 2000, exact: true });
 * [second.trials, second.totals[0]!.every((total, t) => total === whole.totals[0]![1000 + t] && total === exact.totals[0]![t])]; // [1000, true]
 */
export function simulateTrialRange(
  scenarios: readonly Scenario[],
  settings: AnalysisSettings,
  quantities: readonly UncertainQuantity[],
  options: { readonly trials: number; readonly seed: number; readonly first: number; readonly end: number; readonly exact: boolean; readonly onProgress?: TrialProgress },
): TrialOutcomes {
  const { first, end } = options;
  if (first % TRIALS_PER_STREAM !== 0) throw new RangeError(`simulate: trials must be shared out in blocks of ${TRIALS_PER_STREAM}, not from trial ${first}`);
  const outcomes = emptyTrialOutcomes(scenarios, settings, quantities, { first, end, shared: false });
  let [block, done] = [first - TRIALS_PER_STREAM, 0];
  const nextBlock = () => ((block += TRIALS_PER_STREAM) < end ? block : undefined);
  const onProgress = options.onProgress;
  const progress = onProgress === undefined ? {} : { onBlock: (size: number) => onProgress((done += size), outcomes.trials) };
  simulateTrialBlocks(scenarios, settings, quantities, outcomes, { seed: options.seed, first, exact: options.exact, nextBlock, ...progress });
  return outcomes;
}

/**
 * Outcomes to fill, of the trials from `first` to `end` (all zero until their trials run): on
 * shared memory when `shared`, so that threads given them fill them together.
 *
 * @example
 * const settings = unwrap(resolveSettings([selfHosted], { months: 12 }));
 * const outcomes = emptyTrialOutcomes([selfHosted], settings, [], { first: 0, end: 3, shared: true });
 * [outcomes.trials, outcomes.totals[0]!.length, outcomes.totals[0]!.buffer instanceof SharedArrayBuffer]; // [3, 3, true]
 */
export function emptyTrialOutcomes(
  scenarios: readonly Scenario[],
  settings: AnalysisSettings,
  quantities: readonly UncertainQuantity[],
  { first, end, shared }: { readonly first: number; readonly end: number; readonly shared: boolean },
): TrialOutcomes {
  const trials = end - first;
  const months = settings.months;
  const years = Math.ceil(months / 12);
  const doubles = (length: number) => (shared ? new Float64Array(new SharedArrayBuffer(8 * length)) : new Float64Array(length));
  return {
    trials,
    totals: scenarios.map(() => doubles(trials)),
    years: scenarios.map(() => Array.from({ length: years }, () => doubles(trials))),
    // The cumulative costs kept, of these trials among the first CUMULATIVE_TRIALS.
    cumulative: scenarios.map(() => doubles(months * Math.max(0, Math.min(end, CUMULATIVE_TRIALS) - first))),
    npvs: settings.discountRate === undefined ? null : scenarios.map(() => doubles(trials)),
    breakEvens: scenarios.map((_s, index) => (index === settings.baselineIndex ? null : shared ? new Int32Array(new SharedArrayBuffer(4 * trials)) : new Int32Array(trials))),
    cheapest: shared ? new Uint32Array(new SharedArrayBuffer(4 * scenarios.length)) : new Uint32Array(scenarios.length),
    draws: quantities.map(() => doubles(trials)),
  };
}

/**
 * Runs blocks of trials into `outcomes` (made by {@link emptyTrialOutcomes} for the trials from
 * `first`), each block as `nextBlock` hands it out (its first trial, a multiple of
 * {@link TRIALS_PER_STREAM}) until it hands out none. Each trial's numbers depend only on the
 * seed and its block: threads that share `outcomes` and take their blocks from one counter
 * fill them as one thread would. The counts of `cheapest` are added to atomically, a block at
 * a time, before `onBlock` hears the number of trials it held. Read no statistics of the
 * outcomes before every block has run: orders and ranks are kept for each array once made.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000' }, every: 'month' }] }));
 * const settings = unwrap(resolveSettings([provider], { months: 12 }));
 * const quantities = uncertainQuantities([provider]);
 * const outcomes = emptyTrialOutcomes([provider], settings, quantities, { first: 0, end: 2500, shared: false });
 * // the last block first, then the first two: the same outcomes as in order
 * const blocks = [2000, 0, 1000];
 * simulateTrialBlocks([provider], settings, quantities, outcomes, { seed: 1, first: 0, exact: false, nextBlock: () => blocks.shift() });
 * const whole = simulateTrials([provider], settings, quantities, { trials: 2500, seed: 1 });
 * outcomes.totals[0]!.every((total, t) => total === whole.totals[0]![t]); // true
 */
export function simulateTrialBlocks(
  scenarios: readonly Scenario[],
  settings: AnalysisSettings,
  quantities: readonly UncertainQuantity[],
  outcomes: TrialOutcomes,
  options: { readonly seed: number; readonly first: number; readonly exact: boolean; readonly nextBlock: () => number | undefined; readonly onBlock?: (trials: number) => void },
): void {
  const { seed, first } = options;
  const end = first + outcomes.trials;
  const count = scenarios.length;
  const months = settings.months;
  const years = Math.ceil(months / 12);
  const base = comparisonLedger(scenarios, settings);
  const { totals, years: yearTotals, cumulative: banded, npvs, breakEvens, draws } = outcomes;
  const factors = settings.discountRate === undefined ? undefined : monthlyDiscountFactors(settings.discountRate, months).map((factor) => Number(factor.toString()));
  const uses = scenarios.map((_s, index) => quantities.flatMap((quantity, q) => (quantity.scenarios.includes(index) ? [{ quantity, q }] : [])).sort((a, b) => (a.quantity.path < b.quantity.path ? -1 : 1)));
  const models = floatModels(scenarios, settings, base, uses, options.exact);
  const exactScenarios = models.flatMap((model, index) => (model === undefined ? [index] : []));

  // Money is drawn to the minor unit of the (first) scenario that uses it.
  const drawColumn = quantities.map((quantity) => drawnColumnFunction(quantity, scenarios[quantity.scenarios[0] ?? 0]?.minorDigits ?? 2));
  const width = quantities.length;
  // A block's numbers, quantity by quantity: each quantity's a column of its own.
  const uniforms = new Float64Array(TRIALS_PER_STREAM * width);
  const uniformColumns = quantities.map((_quantity, q) => uniforms.subarray(q * TRIALS_PER_STREAM, (q + 1) * TRIALS_PER_STREAM));
  const values = new Float64Array(width);
  const monthly = scenarios.map(() => new Float64Array(months));
  const cumulative = scenarios.map(() => new Float64Array(months));
  const trialTotals = new Float64Array(count);
  const cheapest = new Uint32Array(count);
  for (let block = options.nextBlock(); block !== undefined; block = options.nextBlock()) {
    if (block % TRIALS_PER_STREAM !== 0 || block < first || block >= end) throw new RangeError(`simulate: no block of trials starts at trial ${block} of the trials from ${first} to ${end}`);
    // A block's draws at once: its stream's numbers trial by trial, quantity by quantity, then
    // each quantity's values for all the block's trials.
    const stream = new RandomStream(seed, block / TRIALS_PER_STREAM);
    const blockEnd = Math.min(end, block + TRIALS_PER_STREAM);
    const size = blockEnd - block;
    for (let t = 0; t < size; t++) for (let q = 0; q < width; q++) uniforms[q * TRIALS_PER_STREAM + t] = stream.uniform();
    // Each quantity's values for the block's trials, drawn where the outcomes keep them.
    for (let q = 0; q < width; q++) (drawColumn[q] as (p: Float64Array, out: Float64Array, count: number) => void)(uniformColumns[q] as Float64Array, (draws[q] as Float64Array).subarray(block - first, blockEnd - first), size);
    cheapest.fill(0);
    for (let trial = block; trial < blockEnd; trial++) {
      const at = trial - first;
      for (let q = 0; q < width; q++) values[q] = (draws[q] as Float64Array)[at] as number;
      for (let s = 0; s < count; s++) models[s]?.evaluate(values, monthly[s] as Float64Array);
      if (exactScenarios.length > 0) exactMonthly(scenarios, settings, base, uses, values, exactScenarios, monthly);

      for (let s = 0; s < count; s++) {
        const units = monthly[s] as Float64Array;
        const running = cumulative[s] as Float64Array;
        const byYear = yearTotals[s] as Float64Array[];
        let sum = 0;
        for (let year = 0, m = 0; year < years; year++) {
          let yearSum = 0;
          for (const yearEnd = Math.min(months, m + 12); m < yearEnd; m++) {
            const amount = units[m] as number;
            sum += amount;
            yearSum += amount;
            running[m] = sum;
          }
          (byYear[year] as Float64Array)[at] = yearSum;
        }
        if (trial < CUMULATIVE_TRIALS) (banded[s] as Float64Array).set(running, at * months);
        trialTotals[s] = sum;
        (totals[s] as Float64Array)[at] = sum;
        if (npvs !== null && factors !== undefined) {
          let npv = 0;
          for (let m = 0; m < months; m++) npv += (units[m] as number) * (factors[m] as number);
          (npvs[s] as Float64Array)[at] = roundHalfAway(npv);
        }
      }
      const baselineCumulative = cumulative[settings.baselineIndex] as Float64Array;
      let cheapestIndex = settings.baselineIndex;
      for (let s = 0; s < count; s++) {
        if ((trialTotals[s] as number) < (trialTotals[cheapestIndex] as number)) cheapestIndex = s;
        const breakEven = breakEvens[s];
        if (breakEven !== null && breakEven !== undefined) breakEven[at] = breakEvenMonth(baselineCumulative, cumulative[s] as Float64Array);
      }
      cheapest[cheapestIndex] = (cheapest[cheapestIndex] as number) + 1;
    }
    for (let s = 0; s < count; s++) if (cheapest[s] !== 0) Atomics.add(outcomes.cheapest, s, cheapest[s] as number);
    options.onBlock?.(size);
  }
}

/** Each scenario's float model; undefined for those that go through the exact engine (all of them when `exact`, or when a migration overlaps another's ledger). */
function floatModels(
  scenarios: readonly Scenario[],
  settings: AnalysisSettings,
  base: readonly ScenarioSchedule[],
  uses: readonly (readonly QuantityUse[])[],
  exact: boolean,
): (TrialModel | undefined)[] {
  if (exact || settings.overlapFrom !== undefined) return scenarios.map(() => undefined);
  return scenarios.map((scenario, index) => scenarioTrialModel(scenario, base[index] as ScenarioSchedule, settings, uses[index] ?? []));
}

/** The first month from which the challenger's cumulative cost stays at or below the baseline's; −1 for never (as {@link breakEvenIndex}). */
function breakEvenMonth(baseline: Float64Array, challenger: Float64Array): number {
  let index = -1;
  for (let m = baseline.length - 1; m >= 0; m--) {
    if ((challenger[m] as number) <= (baseline[m] as number)) index = m;
    else break;
  }
  return index;
}

