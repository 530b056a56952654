/**
 * Thresholds: for every numeric input of every compared scenario, the value at which the
 * cheapest scenario over the horizon changes — what the revisit report tells people to watch.
 *
 *   scenarios + settings ─▶ the decision (the cheapest by total, or by NPV; a tie goes to
 *     the baseline, then to the scenario listed first — the same rule at every value tried)
 *   ─▶ per input (scenarioInputs): change that one value of the scenario (withInput, a
 *      typed transformation: nothing is parsed again) and run the model again
 *        money   ─▶ linear: two runs give every scenario's total as a line in the amount;
 *                   the crossing is solved exactly in Decimal, then confirmed at the minor
 *                   unit (the decision holds there and flips one minor unit beyond)
 *        rate    ─▶ bracketed bisection on a grid of 0.000001 (0.0001 percentage points)
 *        months  ─▶ every whole length that can change the horizon's ledger
 *   ─▶ ranked by how small a relative change flips the decision; inputs no value of which
 *      alone flips it come last, with `value: null`
 */
import { unwrap, type Result } from '../issues/issue.js';
import { Money, type Decimal } from '../money/decimal.js';
import type { ScenarioSchedule } from '../model/schedule.js';
import type { Scenario } from '../scenario/scenario.js';
import { scenarioInputs, type AddressedInput, type ThresholdInput } from '../scenario/thresholdInputs.js';
import { withInput } from '../scenario/withInput.js';
import { resolveSettings, type AnalysisOptions, type AnalysisSettings } from './analysisSettings.js';
import { comparisonLedger } from './comparisonLedger.js';
import { DecisionModel } from './decisionModel.js';
import { gridDecimal, gridText, linearGuesses, monthsThatMatter, scanMonths, searchDirection, termChangesLedger, toGrid, type GridValue, type Trial } from './thresholdSearch.js';

/**
 * The grid rates are searched on: 0.000001, a ten-thousandth of a percentage point. A rate
 * threshold holds the decision and one step beyond it flips it.
 *
 * @example
 * RATE_TOLERANCE; // '0.000001'
 */
export const RATE_TOLERANCE = '0.000001';
/**
 * The highest rate searched: 1000 (100,000% a step). A rate that flips nothing up to here is
 * reported as flipping nothing.
 *
 * @example
 * MAX_RATE_SEARCHED; // '1000'
 */
export const MAX_RATE_SEARCHED = '1000';
const RATE_SCALE = 6;

/**
 * The value of one input at which the decision changes.
 *
 * @example
 * const fee: Threshold | undefined = findThresholds([selfHosted, managedProvider], { months: 36 }).total.thresholds
 *   .find((t) => t.item === 'Managed hosting');
 * [fee?.value, fee?.direction, fee?.change, fee?.becomes]; // ['2750.00', 'down', '-0.93125', 'Managed provider']
 */
export type Threshold = ThresholdInput & {
  /** What the decision is judged on: the horizon total, or the NPV at the discount rate. */
  readonly metric: 'total' | 'npv';
  /**
   * The last value (from the current one) at which the decision still holds; one step
   * further (`step`) it flips. Null when no value of this input alone changes the decision.
   */
  readonly value: string | null;
  /** Whether the input must rise or fall to flip the decision; null with `value`. */
  readonly direction: 'up' | 'down' | null;
  /**
   * The relative change needed, as a decimal fraction: value ÷ current − 1 (for a rate, of
   * the yearly factor: (1 + value) ÷ (1 + current) − 1), to 6 places. Null when there is no
   * threshold or the current value is 0.
   */
  readonly change: string | null;
  /** 1 + `change`: the multiple of today's value (of the yearly factor, for a rate) the threshold is. Null with `change`. */
  readonly factor: string | null;
  /** value − current, in the input's unit and to the places of `value` (for a rate, a fraction: 0.004500 is 0.45 percentage points). Null with `value`. */
  readonly difference: string | null;
  /** The scenario that becomes the cheapest one step beyond the threshold. */
  readonly becomes: string | null;
  /** `value` one `step` further in `direction`: the first value at which the decision flips (a term of 23 months, say). Null with `value`. */
  readonly beyond: string | null;
  /** One step: a minor unit (or the input's own precision, if finer) for money, {@link RATE_TOLERANCE} for rates, 1 for months. */
  readonly step: string;
  /** `linear`: solved exactly; `search`: bisection to within `step`; `every value`: every whole number tried. */
  readonly method: 'linear' | 'search' | 'every value';
};

/**
 * The thresholds of one decision metric, ranked: smallest relative change first, inputs
 * without a threshold last.
 *
 * @example
 * const analysis: ThresholdAnalysis = findThresholds([selfHosted, managedProvider]).total;
 * [analysis.metric, analysis.cheapest, analysis.thresholds.map((t) => t.value)];
 * // ['total', 'Self-hosted', ['2750.00', '495000.00', null, null]]
 */
export type ThresholdAnalysis = {
  readonly metric: 'total' | 'npv';
  /** The cheapest scenario by this metric: the decision the thresholds would change. */
  readonly cheapest: string;
  readonly thresholds: readonly Threshold[];
};

/**
 * Thresholds by total and, when discounting, by NPV.
 *
 * @example
 * const found: Thresholds = findThresholds([selfHosted, managedProvider], { discountRate: '8%' });
 * [found.total.cheapest, found.npv?.cheapest]; // ['Self-hosted', 'Self-hosted']
 */
export type Thresholds = {
  readonly total: ThresholdAnalysis;
  /** Null when not discounting. */
  readonly npv: ThresholdAnalysis | null;
  /** The grid rates are searched on, {@link RATE_TOLERANCE}: a rate threshold is exact to this step. */
  readonly rateStep: string;
};

/**
 * For every numeric input of every scenario (see {@link thresholdInputs}), the value at
 * which the cheapest scenario over the horizon changes, by total and, with a discount rate,
 * by NPV. Each threshold is confirmed by running the model with it: the decision holds at
 * `value` and flips one `step` beyond. Throws {@link InputError} on invalid scenarios or
 * options; {@link tryFindThresholds} returns the issues instead.
 *
 * @example
 * const [fee, selfHosting, setup] = findThresholds([selfHosted, managedProvider], { months: 36 }).total.thresholds;
 * [fee?.item, fee?.value, fee?.per]; // ['Managed hosting', '2750.00', 'a month']
 * [selfHosting?.item, selfHosting?.value, selfHosting?.per]; // ['Self-hosting', '495000.00', 'a year']
 * // no setup fee, however low, makes the provider cheaper
 * [setup?.item, setup?.value]; // ['Migration and setup', null]
 */
export function findThresholds(scenarios: readonly Scenario[], options: AnalysisOptions = {}): Thresholds {
  return unwrap(tryFindThresholds(scenarios, options));
}

/**
 * {@link findThresholds}, returning problems with the input as a value instead of throwing.
 *
 * @example
 * const found = tryFindThresholds([selfHosted, managedProvider], { months: 0 });
 * found.ok ? found.value.total.cheapest : found.issues.map((issue) => issue.code); // ['invalid-option']
 */
export function tryFindThresholds(scenarios: readonly Scenario[], options: AnalysisOptions = {}): Result<Thresholds> {
  const settings = resolveSettings(scenarios, options);
  if (!settings.ok) return settings;
  return { ok: true, value: thresholdsWithSettings(scenarios, settings.value) };
}

/** {@link findThresholds} for settings already resolved against the scenarios. */
export function thresholdsWithSettings(scenarios: readonly Scenario[], settings: AnalysisSettings, ledgers: readonly ScenarioSchedule[] = comparisonLedger(scenarios, settings)): Thresholds {
  return {
    total: analyse(scenarios, settings, ledgers, 'total'),
    npv: settings.discountRate === undefined ? null : analyse(scenarios, settings, ledgers, 'npv'),
    rateStep: RATE_TOLERANCE,
  };
}

function analyse(scenarios: readonly Scenario[], settings: AnalysisSettings, ledgers: readonly ScenarioSchedule[], metric: 'total' | 'npv'): ThresholdAnalysis {
  const model = new DecisionModel(scenarios, settings, ledgers, metric);
  const found: Threshold[] = [];
  scenarios.forEach((scenario, index) => {
    for (const addressed of scenarioInputs(scenario)) found.push(thresholdOf(model, index, addressed));
  });
  return { metric, cheapest: (scenarios[model.cheapest] as Scenario).name, thresholds: rank(found) };
}

function rank(thresholds: Threshold[]): Threshold[] {
  const size = (t: Threshold) => (t.value === null ? Number.POSITIVE_INFINITY : t.change === null ? Number.MAX_VALUE : Math.abs(Number(t.change)));
  return thresholds.map((t, order) => ({ t, order })).sort((a, b) => size(a.t) - size(b.t) || a.order - b.order).map(({ t }) => t);
}

function thresholdOf(model: DecisionModel, index: number, { input, address }: AddressedInput): Threshold {
  const scenario = model.scenarios[index] as Scenario;
  const scale = input.kind === 'rate' ? RATE_SCALE : input.kind === 'months' ? 0 : Math.max(scenario.minorDigits, new Money(input.current).decimalPlaces());
  const text = (value: GridValue) => gridText(value, scale);
  const cache = new Map<GridValue, Trial>();
  const trial = (value: GridValue): Trial => {
    let result = cache.get(value);
    if (result === undefined && !cache.has(value)) {
      const replaced = withInput(scenario, address, gridDecimal(value, scale));
      result = replaced === undefined ? undefined : { flipsTo: model.flipsTo(model.measure(index, replaced)) };
      cache.set(value, result);
    }
    return result;
  };
  const current = toGrid(new Money(input.current), scale);
  const candidates: { value: GridValue; flip: GridValue }[] = [];
  if (input.kind === 'months') {
    // A term changes the ledger only when something ends or changes price with it (see
    // itemsUnderRenewal); otherwise no length can change the decision, and none is tried.
    if (termChangesLedger(scenario)) candidates.push(...scanMonths(trial, current, monthsThatMatter(model, scenario)));
  } else {
    const bounds = input.kind === 'rate' ? { low: toGrid(new Money(-1), scale) + 1n, high: toGrid(new Money(MAX_RATE_SEARCHED), scale) } : { low: 0n, high: undefined };
    const guesses = input.kind === 'money' ? linearGuesses(model, index, scenario, address, scale, current) : { up: undefined, down: undefined };
    for (const direction of ['up', 'down'] as const) {
      const found: { value: GridValue; flip: GridValue } | undefined = searchDirection(trial, current, direction, direction === 'up' ? bounds.high : bounds.low, guesses[direction]);
      if (found !== undefined) candidates.push(found);
    }
  }
  const step = input.kind === 'rate' ? RATE_TOLERANCE : input.kind === 'months' ? '1' : gridText(1n, scale);
  const method = input.kind === 'money' ? 'linear' : input.kind === 'rate' ? 'search' : 'every value';
  const best = candidates
    .map((candidate) => ({ ...candidate, change: relativeChange(input, new Money(text(candidate.value)), new Money(input.current)) }))
    .sort((a, b) => (a.change === null ? 1 : b.change === null ? -1 : a.change.abs().comparedTo(b.change.abs())))[0];
  if (best === undefined) return { ...input, metric: model.metric, value: null, direction: null, change: null, factor: null, difference: null, becomes: null, beyond: null, step, method };
  const becomes = trial(best.flip)?.flipsTo;
  const change = best.change === null ? null : best.change.toDecimalPlaces(6);
  return {
    ...input,
    metric: model.metric,
    value: text(best.value),
    direction: best.flip > best.value ? 'up' : 'down',
    change: change === null ? null : change.toFixed(),
    factor: change === null ? null : change.plus(1).toFixed(),
    difference: gridDecimal(best.value, scale).minus(input.current).toFixed(scale),
    becomes: becomes === undefined ? null : (model.scenarios[becomes] as Scenario).name,
    beyond: text(best.flip),
    step,
    method,
  };
}

function relativeChange(input: ThresholdInput, value: Decimal, current: Decimal): Decimal | null {
  if (input.kind === 'rate') return value.plus(1).dividedBy(current.plus(1)).minus(1);
  return current.isZero() ? null : value.dividedBy(current).minus(1);
}

