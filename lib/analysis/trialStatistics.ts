/**
 * The costly statistics of a simulation's trials, as independent tasks that any thread can
 * run on the outcomes of all trials:
 *
 *   outcomes ─▶ trialStatisticsTasks, heaviest first:
 *       per scenario: the fan chart's bands (cumulativeBands)
 *       per quantity: the percentiles of its draws, its rank correlations and tornado (quantitySensitivity)
 *       per scenario: the statistics of its total, each year, its NPV and its difference to the baseline
 *     ─▶ each task ─▶ a part (plain data, so it can cross between threads)
 *     ─▶ trialStatistics: the parts put in their places, whoever made them and in whatever order
 *
 * A part depends only on the outcomes, never on the thread that made it: a simulation's
 * statistics are the same however its tasks were shared out.
 */
import { cumulativeBands, type CumulativeBands } from './cumulativeBands.js';
import type { AnalysisSettings } from './analysisSettings.js';
import { moneyStatistics, nearestRankIndex, type OutcomeStatistics } from './outcomeStatistics.js';
import { differenceToBaseline, quantitySensitivity, type QuantitySensitivity } from './sensitivity.js';
import type { TrialOutcomes } from './simulateTrials.js';
import { sortInto } from './sortInto.js';
import type { SortedPart } from './trialOrder.js';
import type { UncertainQuantity } from './uncertainQuantities.js';
import type { Scenario } from '../scenario/scenario.js';

/**
 * P5, P50 and P95 of a quantity's draws, as plain decimal strings.
 *
 * @example
 * const drawn: DrawnPercentiles = { p5: '3100.00', p50: '4000.00', p95: '4900.00' };
 * drawn.p50; // '4000.00'
 */
export type DrawnPercentiles = { readonly p5: string; readonly p50: string; readonly p95: string };

/**
 * One task's result: what it is of (a quantity, or one outcome or the bands of a scenario) and
 * its statistics.
 *
 * @example
 * const part: TrialStatisticsPart = { kind: 'outcome', scenario: 0, outcome: 'year', year: 1, statistics: moneyStatistics(Float64Array.from([100]), 2) };
 * part.kind; // 'outcome'
 */
export type TrialStatisticsPart =
  | { readonly kind: 'quantity'; readonly quantity: number; readonly drawn: DrawnPercentiles; readonly sensitivity: QuantitySensitivity | undefined }
  | { readonly kind: 'outcome'; readonly scenario: number; readonly outcome: 'total' | 'npv' | 'difference' | 'year'; readonly year: number; readonly statistics: OutcomeStatistics }
  | { readonly kind: 'bands'; readonly scenario: number; readonly bands: CumulativeBands };

/**
 * A simulation's costly statistics, in place: per quantity and per scenario.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000', dist: 'uniform' }, every: 'month' }] }));
 * const settings = unwrap(resolveSettings([selfHosted, provider], { months: 12 }));
 * const quantities = uncertainQuantities([selfHosted, provider], settings);
 * const outcomes = simulateTrials([selfHosted, provider], settings, quantities, { trials: 2000, seed: 1 });
 * const statistics: TrialStatistics = trialStatistics([selfHosted, provider], settings, quantities, outcomes);
 * [statistics.scenarios[0]?.total.p50, statistics.scenarios[0]?.difference, statistics.quantities[0]?.sensitivity?.sensitivity.swing]; // ['48000.00', null, '19200.00']
 */
export type TrialStatistics = {
  readonly quantities: readonly { readonly drawn: DrawnPercentiles; readonly sensitivity: QuantitySensitivity | undefined }[];
  readonly scenarios: readonly {
    readonly total: OutcomeStatistics;
    readonly years: readonly OutcomeStatistics[];
    /** Null when not discounting. */
    readonly npv: OutcomeStatistics | null;
    /** Null for the baseline. */
    readonly difference: OutcomeStatistics | null;
    readonly cumulative: CumulativeBands;
  }[];
};

/**
 * The tasks that make a simulation's statistics, heaviest first, each returning its part. The
 * same scenarios, settings, quantities and outcomes give the same tasks in the same order in
 * every thread; what every quantity's task needs (the differences to the baseline and their
 * ranks, the ledgers at the medians) is made once per thread, by the first that needs it.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000' }, every: 'month' }] }));
 * const settings = unwrap(resolveSettings([selfHosted, provider], { months: 12 }));
 * const quantities = uncertainQuantities([selfHosted, provider], settings);
 * const outcomes = simulateTrials([selfHosted, provider], settings, quantities, { trials: 100, seed: 1 });
 * const tasks = trialStatisticsTasks([selfHosted, provider], settings, quantities, outcomes);
 * // two scenarios' bands, one quantity, and per scenario its total and year, and the provider's difference
 * [tasks.length, tasks[0]!().kind, tasks[2]!().kind]; // [8, 'bands', 'quantity']
 */
export function trialStatisticsTasks(scenarios: readonly Scenario[], settings: AnalysisSettings, quantities: readonly UncertainQuantity[], outcomes: TrialOutcomes): readonly (() => TrialStatisticsPart)[] {
  const digits = settings.minorDigits;
  const sensitivityOf = quantitySensitivity(scenarios, settings, quantities, outcomes);
  const baseline = outcomes.totals[settings.baselineIndex] as Float64Array;
  const tasks: (() => TrialStatisticsPart)[] = [];
  outcomes.cumulative.forEach((values, s) => tasks.push(() => ({ kind: 'bands', scenario: s, bands: cumulativeBands(values, settings.months, digits) })));
  // Each quantity's draws are sorted into the same two arrays in turn: made once per thread, on first use.
  let sortedDraws: SortedPart | undefined;
  quantities.forEach((quantity, q) => {
    const drawnDigits = quantity.kind === 'money' ? digits : quantity.kind === 'months' ? 0 : undefined;
    tasks.push(() => {
      const draws = outcomes.draws[q] as Float64Array;
      sortedDraws ??= { order: new Uint32Array(draws.length), sorted: new Float64Array(draws.length) };
      sortInto(draws, sortedDraws.order, sortedDraws.sorted);
      return { kind: 'quantity', quantity: q, drawn: drawnPercentiles(sortedDraws.sorted, drawnDigits), sensitivity: sensitivityOf(q, sortedDraws) };
    });
  });
  outcomes.totals.forEach((totals, s) => {
    const outcome = (name: 'total' | 'npv' | 'difference' | 'year', values: () => Float64Array, year = 0) =>
      tasks.push(() => ({ kind: 'outcome', scenario: s, outcome: name, year, statistics: moneyStatistics(values(), digits) }));
    outcome('total', () => totals);
    (outcomes.years[s] ?? []).forEach((values, y) => outcome('year', () => values, y));
    if (outcomes.npvs !== null) outcome('npv', () => (outcomes.npvs as readonly Float64Array[])[s] as Float64Array);
    if (s !== settings.baselineIndex) outcome('difference', () => differenceToBaseline(totals, baseline));
  });
  return tasks;
}

/**
 * The statistics of the outcomes, from `parts` made by {@link trialStatisticsTasks} of the same
 * scenarios, settings, quantities and outcomes (in any order, by any threads), or, without
 * them, from every task run here.
 *
 * @example
 * const settings = unwrap(resolveSettings([selfHosted], { months: 12 }));
 * const outcomes = simulateTrials([selfHosted], settings, [], { trials: 10, seed: 1 });
 * const parts = trialStatisticsTasks([selfHosted], settings, [], outcomes).map((task) => task()).reverse();
 * trialStatistics([selfHosted], settings, [], outcomes, parts).scenarios[0]?.total.mean; // '48000.00'
 */
export function trialStatistics(
  scenarios: readonly Scenario[],
  settings: AnalysisSettings,
  quantities: readonly UncertainQuantity[],
  outcomes: TrialOutcomes,
  parts: readonly TrialStatisticsPart[] = trialStatisticsTasks(scenarios, settings, quantities, outcomes).map((task) => task()),
): TrialStatistics {
  const drawnOf: (DrawnPercentiles | undefined)[] = quantities.map(() => undefined);
  const sensitivityOf: (QuantitySensitivity | undefined)[] = quantities.map(() => undefined);
  const outcomeOf = new Map<string, OutcomeStatistics>();
  const bandsOf: (CumulativeBands | undefined)[] = outcomes.totals.map(() => undefined);
  for (const part of parts) {
    switch (part.kind) {
      case 'quantity':
        drawnOf[part.quantity] = part.drawn;
        sensitivityOf[part.quantity] = part.sensitivity;
        break;
      case 'outcome':
        outcomeOf.set(`${part.scenario} ${part.outcome} ${part.year}`, part.statistics);
        break;
      case 'bands':
        bandsOf[part.scenario] = part.bands;
        break;
    }
  }
  const bands = (s: number) => {
    const found = bandsOf[s];
    if (found === undefined) throw new RangeError(`trialStatistics: no part for the bands of scenario ${s}`);
    return found;
  };
  const statistics = (s: number, outcome: string, year = 0) => {
    const found = outcomeOf.get(`${s} ${outcome} ${year}`);
    if (found === undefined) throw new RangeError(`trialStatistics: no part for the ${outcome} of scenario ${s}`);
    return found;
  };
  return {
    quantities: quantities.map((_quantity, q) => {
      const drawn = drawnOf[q];
      if (drawn === undefined) throw new RangeError(`trialStatistics: no part for quantity ${q}`);
      return { drawn, sensitivity: sensitivityOf[q] };
    }),
    scenarios: outcomes.totals.map((_totals, s) => ({
      total: statistics(s, 'total'),
      years: (outcomes.years[s] ?? []).map((_values, y) => statistics(s, 'year', y)),
      npv: outcomes.npvs === null ? null : statistics(s, 'npv'),
      difference: s === settings.baselineIndex ? null : statistics(s, 'difference'),
      cumulative: bands(s),
    })),
  };
}

/** P5, P50 and P95 of the values drawn (sorted): money to the minor unit, counts of months whole, others to 6 significant digits. */
function drawnPercentiles(sorted: Float64Array, digits: number | undefined): DrawnPercentiles {
  const at = (p: number) => {
    const value = sorted[nearestRankIndex(p, sorted.length)] as number;
    return digits === undefined ? String(Number(value.toPrecision(6))) : value.toFixed(digits);
  };
  return { p5: at(0.05), p50: at(0.5), p95: at(0.95) };
}
