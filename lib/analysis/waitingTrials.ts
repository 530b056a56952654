/**
 * What waiting until the revisit date is worth under uncertainty, trial by trial:
 *
 *   decide now ─▶ the option with the lowest expected total today (the mean over the trials;
 *     ties as every decision), kept whatever happens: its total in each trial
 *   wait ─▶ the baseline until the revisit month, then whichever option is cheapest from
 *     there on — each option signed at the revisit date (moved to start then), its cost from
 *     then to the end of the horizon — judged knowing the trial's values, except those marked
 *     "known": "never", which the choice takes at their medians; the trial then pays what its
 *     values make of that choice
 *   foresight ─▶ the lowest total of any option in the trial, taken now: what deciding now
 *     would cost knowing everything
 */
import { formatMonth, type Month } from '../calendar/month.js';
import type { MinorUnits } from '../money/minorUnits.js';
import type { ScenarioSchedule } from '../model/schedule.js';
import type { TrialModel } from '../model/trialModel.js';
import { movedToStart } from '../scenario/movedToStart.js';
import type { Scenario } from '../scenario/scenario.js';
import type { AnalysisSettings } from './analysisSettings.js';
import { comparisonLedger, replacedLedger } from './comparisonLedger.js';
import { cheapestOf } from './decisionModel.js';
import type { TrialOutcomes } from './simulateTrials.js';
import { scenarioTrialModel, withDrawn, withDrawnRates, type QuantityUse } from './trialLedgers.js';
import type { UncertainQuantity } from './uncertainQuantities.js';
import { TRIALS_PER_STREAM } from './randomStream.js';
import type { TrialProgress } from './trialProgress.js';
import { moneyStatistics, probability, type OutcomeStatistics } from './outcomeStatistics.js';

/**
 * The two strategies in every trial: the cost of deciding now and of waiting, which option
 * waiting takes, and the cost with foresight — all in minor units.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3100', high: '5100', dist: 'uniform' }, every: 'month' }] }));
 * const result = simulate([selfHosted, provider], { months: 24, trials: 1000, revisit: '2010-05' });
 * result.waiting?.decideNow; // 'Self-hosted'
 */
export type WaitingOutcomes = {
  /** The index of the option deciding now takes. */
  readonly decideNow: number;
  readonly nowCosts: Float64Array;
  readonly waitCosts: Float64Array;
  readonly foresightCosts: Float64Array;
  /** Per option, the trials in which waiting takes it at the revisit date. */
  readonly choices: Uint32Array;
};

/**
 * Deciding now against waiting until the revisit date, over the trials: the option deciding
 * now takes (the lowest expected total), the cost of each strategy, what waiting is worth,
 * how often it turns out right, and what deciding now loses against foresight.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3100', high: '5100', dist: 'uniform' }, every: 'month' }] }));
 * const waiting: SimulatedWaiting | null = simulate([selfHosted, provider], { months: 24, trials: 4000, revisit: '2010-05' }).waiting;
 * // deciding now keeps self-hosting (4,000 a month, the provider's mean); waiting a year signs the provider when it is cheaper
 * [waiting?.decideNow, Number(waiting?.valueOfWaiting.mean) > 0, waiting?.choices.map((c) => c.scenario)]; // ['Self-hosted', true, ['Self-hosted', 'Provider']]
 */
export type SimulatedWaiting = {
  readonly revisit: string;
  /** The option deciding now takes: the lowest mean total over the trials (ties as every decision). */
  readonly decideNow: string;
  /** The total of deciding now, over the trials. */
  readonly decideNowCost: OutcomeStatistics;
  /** The total of waiting: the baseline until the revisit date, then the option cheapest from there on. */
  readonly waitCost: OutcomeStatistics;
  /** Deciding now's cost − waiting's, trial by trial: what waiting saves (negative: what it costs). */
  readonly valueOfWaiting: OutcomeStatistics;
  /** The share of trials in which waiting costs strictly less than deciding now. */
  readonly probabilityWaitingRight: string;
  /** The mean of deciding now's cost − the lowest total any option has in the trial: what deciding now loses against foresight. */
  readonly expectedRegretNow: string;
  /** How often waiting takes each option at the revisit date, in the order of the scenarios. */
  readonly choices: readonly { readonly scenario: string; readonly probability: string }[];
};

/**
 * Both strategies for the trials of a simulation (`outcomes`, drawn for `quantities`), with
 * the revisit month `revisit` within the horizon; `onProgress` hears after every block of
 * 1,000 trials, as in {@link simulateTrials}.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '4000', high: '4000' }, every: 'month' }] }));
 * const settings = unwrap(resolveSettings([selfHosted, provider], { months: 12 }));
 * const quantities = uncertainQuantities([selfHosted, provider]);
 * const outcomes = simulateTrials([selfHosted, provider], settings, quantities, { trials: 2, seed: 1 });
 * const waiting = waitingTrials([selfHosted, provider], settings, quantities, outcomes, parseMonth('2009-11')!);
 * // both cost 4,000.00 a month: waiting costs what deciding now does
 * [[...waiting.nowCosts], [...waiting.waitCosts]]; // [[4800000, 4800000], [4800000, 4800000]]
 */
export function waitingTrials(
  scenarios: readonly Scenario[],
  settings: AnalysisSettings,
  quantities: readonly UncertainQuantity[],
  outcomes: TrialOutcomes,
  revisit: Month,
  onProgress?: TrialProgress,
): WaitingOutcomes {
  const trials = outcomes.trials;
  const count = scenarios.length;
  const baselineIndex = settings.baselineIndex;
  const sums = outcomes.totals.map((totals) => totals.reduce((sum, total) => sum + BigInt(total), 0n));
  const decideNow = cheapestOf(sums, baselineIndex);
  const switchIndex = Math.max(0, Math.min(settings.months, revisit - settings.from));
  const base = comparisonLedger(scenarios, settings);
  const uses = scenarios.map((_s, index) => quantities.flatMap((quantity, q) => (quantity.scenarios.includes(index) ? [{ quantity, q }] : [])).sort((a, b) => (a.quantity.path < b.quantity.path ? -1 : 1)));
  const hidden = quantities.some((quantity) => quantity.neverKnown);
  // An option no drawn value touches costs the same signed at the revisit date in every trial.
  const movedOnce = new Map<number, ScenarioSchedule>();
  const nowCosts = new Float64Array(trials);
  const waitCosts = new Float64Array(trials);
  const foresightCosts = new Float64Array(trials);
  const choices = new Uint32Array(count);

  /** The cost of each option signed at the revisit date, the baseline paid until then, with the values `known` lets through. */
  const switchingCosts = (trial: number, known: (quantity: UncertainQuantity) => boolean): MinorUnits[] => {
    const drawnAt = (q: number) => (outcomes.draws[q] as Float64Array)[trial] as number;
    const rates = quantities.flatMap((quantity, q) => (quantity.kind === 'exchangeRate' && known(quantity) ? [{ quantity, value: drawnAt(q) }] : []));
    const trialSettings = withDrawnRates(settings, rates);
    // A scenario converted at a drawn rate has a ledger of its own in each trial, moved or not.
    const asBefore = (index: number, scenario: Scenario) => scenario === scenarios[index] && !rates.some(({ quantity }) => quantity.scenarios.includes(index));
    const withValues = scenarios.map((scenario, index) => {
      let changed = scenario;
      for (const { quantity, q } of uses[index] ?? []) if (known(quantity) && quantity.kind !== 'exchangeRate') changed = withDrawn(changed, quantity, drawnAt(q), scenario.minorDigits);
      return changed;
    });
    const ledgerOf = (index: number, scenario: Scenario): ScenarioSchedule => (asBefore(index, scenario) ? (base[index] as ScenarioSchedule) : replacedLedger(scenarios, trialSettings, index, scenario));
    const baseline = ledgerOf(baselineIndex, withValues[baselineIndex] as Scenario).monthlyMinorUnits;
    let before = 0n;
    for (let m = 0; m < switchIndex; m++) before += baseline[m] as MinorUnits;
    return withValues.map((scenario, index) => {
      const moved = () => ledgerOf(index, movedToStart(scenario, Math.max(scenario.start, revisit)));
      let ledger = asBefore(index, scenario) ? movedOnce.get(index) : undefined;
      if (ledger === undefined) {
        ledger = moved();
        if (asBefore(index, scenario)) movedOnce.set(index, ledger);
      }
      const monthly = index === baselineIndex ? baseline : ledger.monthlyMinorUnits;
      let after = 0n;
      for (let m = switchIndex; m < settings.months; m++) after += monthly[m] as MinorUnits;
      return before + after;
    });
  };

  const fast = floatSwitchingCosts(scenarios, settings, uses, base, revisit, switchIndex, outcomes);
  const known = (quantity: UncertainQuantity) => !quantity.neverKnown;
  for (let trial = 0; trial < trials; trial++) {
    const actual = fast === undefined ? switchingCosts(trial, () => true) : fast(trial, false);
    const judged = hidden ? (fast === undefined ? switchingCosts(trial, known) : fast(trial, true)) : actual;
    const chosen = cheapestOf(judged, baselineIndex);
    choices[chosen] = (choices[chosen] as number) + 1;
    waitCosts[trial] = Number(actual[chosen]);
    nowCosts[trial] = (outcomes.totals[decideNow] as Float64Array)[trial] as number;
    let best = Number.POSITIVE_INFINITY;
    for (let s = 0; s < count; s++) best = Math.min(best, (outcomes.totals[s] as Float64Array)[trial] as number);
    foresightCosts[trial] = best;
    if ((trial + 1) % TRIALS_PER_STREAM === 0 || trial + 1 === trials) onProgress?.(trial + 1, trials);
  }
  return { decideNow, nowCosts, waitCosts, foresightCosts, choices };
}

/**
 * The strategies' trials summed up for the simulation result.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '4000', high: '4000' }, every: 'month' }] }));
 * const settings = unwrap(resolveSettings([selfHosted, provider], { months: 12 }));
 * const quantities = uncertainQuantities([selfHosted, provider]);
 * const outcomes = simulateTrials([selfHosted, provider], settings, quantities, { trials: 10, seed: 1 });
 * const revisit = parseMonth('2009-11')!;
 * waitingSummary([selfHosted, provider], waitingTrials([selfHosted, provider], settings, quantities, outcomes, revisit), revisit, 2).valueOfWaiting.mean; // '0.00'
 */
export function waitingSummary(scenarios: readonly Scenario[], waiting: WaitingOutcomes, revisit: Month, digits: number): SimulatedWaiting {
  const trials = waiting.nowCosts.length;
  const saved = waiting.nowCosts.map((now, t) => now - (waiting.waitCosts[t] as number));
  let right = 0;
  for (const value of saved) if (value > 0) right++;
  return {
    revisit: formatMonth(revisit),
    decideNow: (scenarios[waiting.decideNow] as Scenario).name,
    decideNowCost: moneyStatistics(waiting.nowCosts, digits),
    waitCost: moneyStatistics(waiting.waitCosts, digits),
    valueOfWaiting: moneyStatistics(saved, digits),
    probabilityWaitingRight: probability(right, trials),
    expectedRegretNow: moneyStatistics(waiting.nowCosts.map((now, t) => now - (waiting.foresightCosts[t] as number)), digits).mean,
    choices: scenarios.map((scenario, s) => ({ scenario: scenario.name, probability: probability(waiting.choices[s] as number, trials) })),
  };
}

/**
 * The float path of {@link waitingTrials}' switching costs: for a trial, each option's cost
 * signed at the revisit date, the baseline paid until then, as whole minor units — with every
 * drawn value, or (`knownOnly`) with those marked "known": "never" at their medians.
 * Undefined when a scenario's ledger needs the exact engine.
 */
function floatSwitchingCosts(
  scenarios: readonly Scenario[],
  settings: AnalysisSettings,
  uses: readonly (readonly QuantityUse[])[],
  base: readonly ScenarioSchedule[],
  revisit: Month,
  switchIndex: number,
  outcomes: TrialOutcomes,
): ((trial: number, knownOnly: boolean) => bigint[]) | undefined {
  const baselineIndex = settings.baselineIndex;
  const modelsOf = (knownOnly: boolean) => {
    const usesOf = (index: number) => (uses[index] ?? []).filter(({ quantity }) => !knownOnly || !quantity.neverKnown);
    const baseline = scenarioTrialModel(scenarios[baselineIndex] as Scenario, base[baselineIndex] as ScenarioSchedule, settings, usesOf(baselineIndex));
    const moved = scenarios.map((scenario, index) => {
      if (index === baselineIndex) return baseline;
      const later = movedToStart(scenario, Math.max(scenario.start, revisit));
      return scenarioTrialModel(later, replacedLedger(scenarios, settings, index, later), settings, usesOf(index));
    });
    return moved.some((model) => model === undefined) ? undefined : { baseline: baseline as TrialModel, moved: moved as TrialModel[] };
  };
  const all = modelsOf(false);
  const known = modelsOf(true);
  if (all === undefined || known === undefined) return undefined;
  const values = new Float64Array(outcomes.draws.length);
  const monthly = new Float64Array(settings.months);
  const baselineMonthly = new Float64Array(settings.months);
  return (trial, knownOnly) => {
    outcomes.draws.forEach((draws, q) => (values[q] = draws[trial] as number));
    const models = knownOnly ? known : all;
    models.baseline.evaluate(values, baselineMonthly);
    let before = 0;
    for (let m = 0; m < switchIndex; m++) before += baselineMonthly[m] as number;
    return models.moved.map((model, index) => {
      const from = index === baselineIndex ? baselineMonthly : monthly;
      if (index !== baselineIndex) model.evaluate(values, monthly);
      let after = 0;
      for (let m = switchIndex; m < settings.months; m++) after += from[m] as number;
      return BigInt(before + after);
    });
  };
}
