/**
 * Which uncertain inputs move the answer most, two ways:
 *
 *   a tornado ─▶ per quantity: its 10th and 90th percentiles, the others at their medians,
 *     each scenario's total computed exactly ─▶ every challenger's difference to the
 *     baseline at each ─▶ the swing (how far the difference moves), largest first
 *   rank correlation ─▶ per quantity and challenger: Spearman's ρ between the quantity's
 *     draws and the challenger's difference to the baseline over the trials
 */
import { formatMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import type { ScenarioSchedule } from '../model/schedule.js';
import type { Scenario } from '../scenario/scenario.js';
import type { AnalysisSettings } from './analysisSettings.js';
import { comparisonLedger, replacedLedger } from './comparisonLedger.js';
import { sortedPart, sortedValues, sortOrder, type SortedPart } from './trialOrder.js';
import type { TrialOutcomes } from './simulateTrials.js';
import { drawn, withDrawn, withDrawnRates } from './trialLedgers.js';
import type { UncertainQuantity } from './uncertainQuantities.js';

/**
 * One uncertain quantity's effect on the decision: the difference of each challenger to the
 * baseline with the quantity at its 10th and its 90th percentile (every other at its median),
 * and the rank correlation of its draws with that difference over the trials.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000', dist: 'uniform' }, every: 'month' }] }));
 * const [fee]: readonly Sensitivity[] = simulate([selfHosted, provider], { months: 12, trials: 2000 }).sensitivity;
 * // at P10 (3,200 a month) the provider saves 12 × 800; at P90 (4,800) it costs 12 × 800 more
 * [fee?.low, fee?.high, fee?.scenarios[0]?.atLow, fee?.scenarios[0]?.atHigh, fee?.swing]; // ['3200', '4800', '-9600.00', '9600.00', '19200.00']
 */
export type Sensitivity = {
  readonly label: string;
  /** The quantity's 10th and 90th percentiles, as plain decimal strings. */
  readonly low: string;
  readonly high: string;
  /** Per challenger (every scenario but the baseline, in order). */
  readonly scenarios: readonly {
    readonly scenario: string;
    /** The challenger's total minus the baseline's, with the quantity at `low` and at `high`. */
    readonly atLow: string;
    readonly atHigh: string;
    /** Spearman's rank correlation of the draws with the difference, to 4 places; null when either never varies. */
    readonly rankCorrelation: string | null;
  }[];
  /** The largest |atHigh − atLow| of the challengers: how much this input alone moves the answer. */
  readonly swing: string;
};

/**
 * The sensitivity of the decision to each quantity, largest swing first (ties in the order
 * the quantities come); none with the baseline alone. `outcomes` are the trials of the same
 * scenarios and quantities.
 *
 * @example
 * simulate([selfHosted, managedProvider], { trials: 10 }).sensitivity; // []
 */
export function sensitivities(scenarios: readonly Scenario[], settings: AnalysisSettings, quantities: readonly UncertainQuantity[], outcomes: TrialOutcomes): Sensitivity[] {
  const ofQuantity = quantitySensitivity(scenarios, settings, quantities, outcomes);
  return rankedSensitivities(quantities.map((_quantity, q) => ofQuantity(q)));
}

/**
 * One quantity's {@link Sensitivity} with the swing as a number of minor units to rank it by;
 * plain data, so that a thread other than the one that ranks them can work it out.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000', dist: 'uniform' }, every: 'month' }] }));
 * const settings = unwrap(resolveSettings([selfHosted, provider], { months: 12 }));
 * const quantities = uncertainQuantities([selfHosted, provider], settings);
 * const outcomes = simulateTrials([selfHosted, provider], settings, quantities, { trials: 2000, seed: 1 });
 * const fee: QuantitySensitivity | undefined = quantitySensitivity([selfHosted, provider], settings, quantities, outcomes)(0);
 * [fee?.quantity, fee?.swingUnits]; // [0, 1920000n]
 */
export type QuantitySensitivity = { readonly quantity: number; readonly swingUnits: MinorUnits; readonly sensitivity: Sensitivity };

/**
 * A function that works out the {@link QuantitySensitivity} of the quantity at an index
 * (undefined with the baseline alone: there is no difference for it to move). What it needs
 * of every quantity (the ledgers at the medians, the differences to the baseline and their
 * ranks) it makes once, on first use. `draws`: the quantity's draws sorted, when the caller
 * has sorted them already (else they are sorted, and kept, here).
 *
 * @example
 * const settings = unwrap(resolveSettings([selfHosted], { months: 12 }));
 * const outcomes = simulateTrials([selfHosted], settings, [], { trials: 10, seed: 1 });
 * quantitySensitivity([selfHosted], settings, [], outcomes)(0); // undefined
 */
export function quantitySensitivity(
  scenarios: readonly Scenario[],
  settings: AnalysisSettings,
  quantities: readonly UncertainQuantity[],
  outcomes: TrialOutcomes,
): (q: number, draws?: SortedPart) => QuantitySensitivity | undefined {
  const challengers = scenarios.flatMap((_s, index) => (index === settings.baselineIndex ? [] : [index]));
  // With the baseline alone there is no difference for an input to move.
  if (challengers.length === 0) return () => undefined;
  const digits = settings.minorDigits;
  const totalOf = (ledger: { readonly monthlyMinorUnits: readonly MinorUnits[] }) => ledger.monthlyMinorUnits.reduce((sum, units) => sum + units, 0n);
  let made: { base: readonly ScenarioSchedule[]; baseTotals: readonly MinorUnits[]; differences: readonly Float64Array[] } | undefined;
  const shared = () => {
    if (made === undefined) {
      const base = comparisonLedger(scenarios, settings);
      const baseline = outcomes.totals[settings.baselineIndex] as Float64Array;
      made = {
        base,
        baseTotals: base.map(totalOf),
        differences: challengers.map((s) => differenceToBaseline(outcomes.totals[s] as Float64Array, baseline)),
      };
    }
    return made;
  };
  return (q, draws = sortedPart(outcomes.draws[q] as Float64Array)) => {
    const trials = (outcomes.draws[q] as Float64Array).length;
    if (draws.order.length !== trials || draws.sorted.length !== trials) throw new RangeError(`quantitySensitivity: the sorted draws of quantity ${q} are not as many as its ${trials} trials`);
    const quantity = quantities[q] as UncertainQuantity;
    const { base, baseTotals, differences } = shared();
    const changedLedgers = (changed: readonly Scenario[]) =>
      settings.overlapFrom !== undefined ? comparisonLedger(changed, settings) : changed.map((scenario, index) => (scenario === scenarios[index] ? base[index] : replacedLedger(scenarios, settings, index, scenario)));
    const digitsOf = scenarios[quantity.scenarios[0] ?? 0]?.minorDigits ?? digits;
    const at = (p: number) => {
      const value = drawn(quantity, p, digitsOf);
      // An exchange rate is one assumption of the settings: every scenario in its currency is converted at it.
      const ledgers =
        quantity.kind === 'exchangeRate'
          ? comparisonLedger(scenarios, withDrawnRates(settings, [{ quantity, value }]))
          : changedLedgers(scenarios.map((scenario, index) => (quantity.scenarios.includes(index) ? withDrawn(scenario, quantity, value, scenario.minorDigits) : scenario)));
      const totals = ledgers.map((ledger, index) => (ledger === base[index] ? (baseTotals[index] as MinorUnits) : totalOf(ledger as ScenarioSchedule)));
      return { value, totals };
    };
    const low = at(0.1);
    const high = at(0.9);
    const byScenario = challengers.map((s, c) => {
      const atLow = (low.totals[s] as MinorUnits) - (low.totals[settings.baselineIndex] as MinorUnits);
      const atHigh = (high.totals[s] as MinorUnits) - (high.totals[settings.baselineIndex] as MinorUnits);
      return { scenario: (scenarios[s] as Scenario).name, atLow, atHigh, rankCorrelation: spearman(draws, differences[c] as Float64Array) };
    });
    const swing = byScenario.reduce((largest, { atLow, atHigh }) => {
      const size = atHigh > atLow ? atHigh - atLow : atLow - atHigh;
      return size > largest ? size : largest;
    }, 0n);
    return {
      quantity: q,
      swingUnits: swing,
      sensitivity: {
        label: quantity.label,
        low: plain(low.value, quantity.kind),
        high: plain(high.value, quantity.kind),
        scenarios: byScenario.map(({ scenario, atLow, atHigh, rankCorrelation }) => ({
          scenario,
          atLow: formatMinorUnits(atLow, digits),
          atHigh: formatMinorUnits(atHigh, digits),
          rankCorrelation: rankCorrelation === null ? null : rankCorrelation.toFixed(4),
        })),
        swing: formatMinorUnits(swing, digits),
      },
    };
  };
}

/**
 * The quantities' sensitivities, largest swing first, ties in the order the quantities come;
 * none when there are none (the baseline alone).
 *
 * @example
 * rankedSensitivities([undefined]); // []
 */
export function rankedSensitivities(found: readonly (QuantitySensitivity | undefined)[]): Sensitivity[] {
  const known = found.filter((entry): entry is QuantitySensitivity => entry !== undefined);
  return known.sort((a, b) => (a.swingUnits === b.swingUnits ? a.quantity - b.quantity : a.swingUnits > b.swingUnits ? -1 : 1)).map(({ sensitivity }) => sensitivity);
}

/**
 * A challenger's total minus the baseline's, trial by trial.
 *
 * @example
 * [...differenceToBaseline(Float64Array.from([5, 7]), Float64Array.from([6, 6]))]; // [-1, 1]
 */
export function differenceToBaseline(totals: Float64Array, baseline: Float64Array): Float64Array {
  return totals.map((total, t) => total - (baseline[t] as number));
}

/** The value used, as a plain decimal string: money as drawn (to the minor unit), others to 6 significant digits. */
function plain(used: number, kind: UncertainQuantity['kind']): string {
  return kind === 'money' ? String(used) : String(Number(used.toPrecision(6)));
}

/**
 * Spearman's ρ: the Pearson correlation of the ranks (ties take their average rank); null when
 * either side never varies. The ranks of `a` (sorted) are taken run by run along its order,
 * never stored; those of `b` are kept: a simulation correlates every quantity's draws with the
 * same differences.
 */
function spearman(a: SortedPart, b: Float64Array): number | null {
  const sums = rankSums(a.order, a.sorted, ranks(b));
  const [cov, varA, varB] = [sums[0] as number, sums[1] as number, sums[2] as number];
  return varA === 0 || varB === 0 ? null : cov / Math.sqrt(varA * varB);
}

/**
 * The sums of the products of the ranks from their mean, and of their squares: `a`'s ranks
 * taken run by run along its sort `order` (its values in that order: `sorted`), `b`'s as
 * given. A function of its own: optimized while in its loop, it has nothing after the loop
 * that has never run.
 */
function rankSums(order: Uint32Array, sorted: Float64Array, rb: Float32Array | Float64Array): Float64Array {
  const n = order.length;
  // Average ranks from 1 to n always have the mean (n + 1) ÷ 2.
  const mean = (n + 1) / 2;
  let cov = 0;
  let varA = 0;
  let varB = 0;
  for (let start = 0; start < n; ) {
    const value = sorted[start] as number;
    let end = start + 1;
    while (end < n && sorted[end] === value) end++;
    const rank = (start + end - 1) / 2 + 1 - mean;
    let sumB = 0;
    for (let k = start; k < end; k++) {
      const db = (rb[order[k] as number] as number) - mean;
      sumB += db;
      varB += db * db;
    }
    cov += rank * sumB;
    varA += rank * rank * (end - start);
    start = end;
  }
  return Float64Array.of(cov, varA, varB);
}

/**
 * The average ranks of the values, in their order. As 32-bit floats when every rank fits
 * exactly (a half of a whole number up to 2^23, so the ranks of up to 2^22 values): half the
 * memory, so that a correlation's reads at random stay in the processor's cache, and the same
 * numbers.
 */
function ranks(values: Float64Array): Float32Array | Float64Array {
  let result = rankCache.get(values);
  if (result !== undefined) return result;
  // In sorted order, each run of equal values takes the average of its positions, counted from 1.
  const order = sortOrder(values);
  const sorted = sortedValues(values);
  const n = values.length;
  result = n <= 2 ** 22 ? new Float32Array(n) : new Float64Array(n);
  for (let start = 0; start < n; ) {
    const value = sorted[start] as number;
    let end = start + 1;
    while (end < n && sorted[end] === value) end++;
    const rank = (start + end - 1) / 2 + 1;
    for (let k = start; k < end; k++) result[order[k] as number] = rank;
    start = end;
  }
  rankCache.set(values, result);
  return result;
}

/** The ranks of an array of outcomes, made once however many quantities it is correlated with. */
const rankCache = new WeakMap<Float64Array, Float32Array | Float64Array>();
