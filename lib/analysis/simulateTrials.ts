/**
 * A Monte Carlo simulation through the exact engine:
 *
 *   per trial (blocks of TRIALS_PER_STREAM trials, each block its own seeded stream)
 *     ─▶ each uncertain quantity drawn once: rangeQuantile(range, uniform), kept inside what
 *        the format allows (money not below 0, a rate above −100%, a share from 0 to 1, a
 *        driver's value not below 0, salvage at most the price), money to the minor unit
 *     ─▶ each scenario that uses a drawn quantity: the value set where its range is (withInput)
 *        and its ledger built again (the others keep theirs)
 *     ─▶ per scenario: the total, the year totals, the NPV (as compare computes it), the
 *        break-even month against the baseline; the cheapest (the one tie rule)
 *
 * Every trial is an exact ledger, rounded to the cent like any other: a range without width
 * gives the deterministic result in every trial.
 */
import { Money, type Decimal } from '../money/decimal.js';
import { toMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import { roundMoney } from '../money/roundMoney.js';
import type { ScenarioSchedule } from '../model/schedule.js';
import { addressOfPath } from '../scenario/rangeAddress.js';
import { rangeQuantile } from '../scenario/rangeDistribution.js';
import type { Scenario } from '../scenario/scenario.js';
import { withInput } from '../scenario/withInput.js';
import type { AnalysisSettings } from './analysisSettings.js';
import { breakEvenIndex } from './breakEven.js';
import { comparisonLedger, replacedLedger } from './comparisonLedger.js';
import { cheapestOf } from './decisionModel.js';
import { monthlyDiscountFactors } from './npv.js';
import { RandomStream, TRIALS_PER_STREAM } from './randomStream.js';
import { cumulativeMinorUnits } from './sumMinorUnits.js';
import { drawnText } from './drawnText.js';
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
 * [...outcomes.cheapest]; // [0, 3]
 */
export type TrialOutcomes = {
  readonly trials: number;
  /** Per scenario, its total in each trial, in minor units. */
  readonly totals: readonly Float64Array[];
  /** Per scenario, per year of the horizon, its cost in each trial, in minor units. */
  readonly years: readonly (readonly Float64Array[])[];
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
export function simulateTrials(
  scenarios: readonly Scenario[],
  settings: AnalysisSettings,
  quantities: readonly UncertainQuantity[],
  options: { readonly trials: number; readonly seed: number; readonly onProgress?: TrialProgress },
): TrialOutcomes {
  const { trials, seed } = options;
  const count = scenarios.length;
  const years = Math.ceil(settings.months / 12);
  const base = comparisonLedger(scenarios, settings);
  const totals = scenarios.map(() => new Float64Array(trials));
  const yearTotals = scenarios.map(() => Array.from({ length: years }, () => new Float64Array(trials)));
  const npvs = settings.discountRate === undefined ? null : scenarios.map(() => new Float64Array(trials));
  const breakEvens = scenarios.map((_s, index) => (index === settings.baselineIndex ? null : new Int32Array(trials)));
  const cheapest = new Uint32Array(count);
  const draws = quantities.map(() => new Float64Array(trials));
  const factors = settings.discountRate === undefined ? undefined : monthlyDiscountFactors(settings.discountRate, settings.months);
  const uses = scenarios.map((_s, index) => quantities.flatMap((quantity, q) => (quantity.scenarios.includes(index) ? [{ quantity, q }] : [])).sort((a, b) => (a.quantity.path < b.quantity.path ? -1 : 1)));

  // Money is drawn to the minor unit of the (first) scenario that uses it.
  const digitsOf = quantities.map((quantity) => scenarios[quantity.scenarios[0] ?? 0]?.minorDigits ?? 2);
  let stream = new RandomStream(seed, 0);
  for (let trial = 0; trial < trials; trial++) {
    if (trial % TRIALS_PER_STREAM === 0) stream = new RandomStream(seed, trial / TRIALS_PER_STREAM);
    const values = quantities.map((quantity, q) => {
      const value = drawn(quantity, stream.uniform(), digitsOf[q] as number);
      (draws[q] as Float64Array)[trial] = value;
      return value;
    });
    const trialScenarios = scenarios.map((scenario, index) => {
      let changed = scenario;
      for (const { quantity, q } of uses[index] ?? []) changed = withDrawn(changed, quantity, values[q] as number, scenario.minorDigits);
      return changed;
    });
    const ledgers = trialLedgers(scenarios, trialScenarios, settings, base);
    const monthly = ledgers.map((ledger) => ledger.monthlyMinorUnits);
    const trialTotals: MinorUnits[] = monthly.map((units) => units.reduce((sum, u) => sum + u, 0n));
    const baselineCumulative = cumulativeMinorUnits(monthly[settings.baselineIndex] as readonly MinorUnits[]);
    monthly.forEach((units, s) => {
      (totals[s] as Float64Array)[trial] = Number(trialTotals[s]);
      const byYear = yearTotals[s] as Float64Array[];
      for (let y = 0; y < years; y++) {
        let sum = 0n;
        for (let m = y * 12; m < Math.min(settings.months, (y + 1) * 12); m++) sum += units[m] as MinorUnits;
        (byYear[y] as Float64Array)[trial] = Number(sum);
      }
      if (npvs !== null && factors !== undefined) (npvs[s] as Float64Array)[trial] = Number(npvOf(units, factors, settings.minorDigits));
      const breakEven = breakEvens[s];
      if (breakEven !== null && breakEven !== undefined) breakEven[trial] = breakEvenIndex(baselineCumulative, cumulativeMinorUnits(units)) ?? -1;
    });
    const cheapestIndex = cheapestOf(trialTotals, settings.baselineIndex);
    cheapest[cheapestIndex] = (cheapest[cheapestIndex] as number) + 1;
    if ((trial + 1) % TRIALS_PER_STREAM === 0 || trial + 1 === trials) options.onProgress?.(trial + 1, trials);
  }
  return { trials, totals, years: yearTotals, npvs, breakEvens, cheapest, draws };
}

/**
 * A quantity's value at probability `p`, kept inside what the format allows (money not below
 * 0, a rate above −100%, a share from 0 to 1, a driver's value not below 0), money to the
 * minor unit `digits`.
 *
 * @example
 * const [fee] = uncertainQuantities([unwrap(parseScenario({ name: 'P', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Fee', kind: 'recurring', amount: { low: '0', high: '10', dist: 'normal' }, every: 'month' }] }))]);
 * // a normal range from 0 to 10 (a 90% interval) reaches below 0 one time in twenty: a fee of 0 then
 * [drawn(fee!, 0.01, 2), drawn(fee!, 0.9, 2)]; // [0, 8.9]
 */
export function drawn(quantity: UncertainQuantity, p: number, digits: number): number {
  const value = rangeQuantile(quantity.range, p);
  const path = quantity.path;
  switch (quantity.kind) {
    case 'money':
      return Math.max(0, Number(value.toFixed(digits)));
    case 'rate':
      return path.endsWith('/exitFee/rate') ? Math.min(1, Math.max(0, value)) : Math.max(-0.999999, value);
    case 'quantity':
      return path.endsWith('/value') ? Math.max(0, value) : value;
  }
}

/**
 * The scenario with a drawn value where the quantity's range is; salvage at most the (drawn)
 * price. Money `digits` is the scenario's minor unit.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'P', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Fee', kind: 'recurring', amount: { low: '10', high: '20' }, every: 'month' }] }));
 * const [fee] = uncertainQuantities([provider]);
 * const changed = withDrawn(provider, fee!, 12.5, 2);
 * [changed.items[0]?.kind === 'recurring' && changed.items[0].amount.toString(), changed.ranges]; // ['12.5', undefined]
 */
export function withDrawn(scenario: Scenario, quantity: UncertainQuantity, value: number, digits: number): Scenario {
  const address = addressOfPath(scenario, quantity.path);
  if (address === undefined) throw new Error(`simulate: no address for ${quantity.path} in ${scenario.name}`);
  let decimal = new Money(drawnText(quantity.kind, value, digits));
  if (address.on === 'item' && address.field === 'salvage') {
    const item = scenario.items[address.index];
    if (item?.kind === 'hardware' && decimal.greaterThan(item.price)) decimal = item.price;
  }
  const changed = withInput(scenario, address, decimal);
  if (changed === undefined) throw new Error(`simulate: ${decimal.toString()} is not a value ${quantity.path} of ${scenario.name} can have`);
  return changed;
}

/** The ledgers of a trial: those of the scenarios it changed built again, the others as they are. */
function trialLedgers(scenarios: readonly Scenario[], trialScenarios: readonly Scenario[], settings: AnalysisSettings, base: readonly ScenarioSchedule[]): readonly ScenarioSchedule[] {
  const changed = trialScenarios.flatMap((scenario, index) => (scenario === scenarios[index] ? [] : [index]));
  if (changed.length === 0) return base;
  if (settings.overlapFrom !== undefined) return comparisonLedger(trialScenarios, settings);
  const ledgers = [...base];
  for (const index of changed) ledgers[index] = replacedLedger(scenarios, settings, index, trialScenarios[index] as Scenario);
  return ledgers;
}

/** The NPV in minor units, as compare and the thresholds compute it: each month's units times its discount factor, summed, rounded to the minor unit. */
function npvOf(units: readonly MinorUnits[], factors: readonly Decimal[], digits: number): MinorUnits {
  let total: Decimal = new Money(0);
  units.forEach((amount, m) => {
    if (amount !== 0n) total = total.plus(new Money(amount.toString()).times(factors[m] as Decimal));
  });
  return toMinorUnits(roundMoney(total.dividedBy(new Money(10).pow(digits)), digits), digits);
}
