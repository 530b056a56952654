/**
 * A trial's ledgers from its drawn values, by either path of a simulation:
 *
 *   a quantity's draw ─▶ drawn (its range's quantile, kept within what the format allows)
 *   float path ─▶ scenarioTrialModel: the scenario's exact ledger (made again for the counts of
 *     months a trial draws), the items a draw touches made again in float64 (lib/model/trialModel.ts)
 *   exact path ─▶ withDrawn: the scenario with the drawn values written in ─▶ its exact ledger
 *     (exactMonthly), for what the float path does not cover and to test it against
 */
import { Money } from '../money/decimal.js';
import type { ScenarioSchedule } from '../model/schedule.js';
import { trialModel, type TrialInput, type TrialModel } from '../model/trialModel.js';
import { addressOfPath } from '../scenario/rangeAddress.js';
import { roundHalfAway } from '../money/roundHalfAway.js';
import { leastMonthCount, MAX_MONTH_COUNT } from '../scenario/normalizeRange.js';
import { rangeQuantilesFunction } from '../scenario/rangeDistribution.js';
import type { Scenario } from '../scenario/scenario.js';
import { withInput } from '../scenario/withInput.js';
import type { AnalysisSettings } from './analysisSettings.js';
import { comparisonLedger, conversionOf, replacedLedger } from './comparisonLedger.js';
import { drawnText } from './drawnText.js';
import { exchangeRatePath, type UncertainQuantity } from './uncertainQuantities.js';

/**
 * An uncertain quantity a scenario uses, and its place among a trial's values.
 *
 * @example
 * const [fee] = uncertainQuantities([unwrap(parseScenario({ name: 'P', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Fee', kind: 'recurring', amount: { low: '10', high: '20' }, every: 'month' }] }))]);
 * const use: QuantityUse = { quantity: fee!, q: 0 };
 * use.quantity.path; // '/costs/0/amount'
 */
export type QuantityUse = { readonly quantity: UncertainQuantity; readonly q: number };

/**
 * The float model of one scenario, whose exact ledger in the comparison is `ledger`, for the
 * quantities it `uses` (the others keep their medians); undefined when the exact engine must
 * make its ledger (an input the float path does not cover, or migration overlaps). A drawn
 * count of months changes the shape of the ledger (when an item stops, how long equipment
 * lasts, when the term ends): for each combination of counts a trial draws, the scenario's
 * exact ledger with those counts is made once and the float model built on it, so a trial's
 * ledger is what the exact engine gives with its counts, and its other draws are read as usual.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000' }, every: 'month', months: { low: 1, high: 2, dist: 'uniform' } }] }));
 * const settings = unwrap(resolveSettings([provider], { months: 2 }));
 * const [fee, months] = uncertainQuantities([provider]);
 * const model = scenarioTrialModel(provider, comparisonLedger([provider], settings)[0]!, settings, [{ quantity: fee!, q: 0 }, { quantity: months!, q: 1 }])!;
 * const monthly = new Float64Array(2);
 * model.evaluate(new Float64Array([4321.09, 2]), monthly);
 * const twoMonths = [...monthly];
 * model.evaluate(new Float64Array([4321.09, 1]), monthly);
 * [twoMonths, [...monthly]]; // [[432109, 432109], [432109, 0]]
 */
export function scenarioTrialModel(scenario: Scenario, ledger: ScenarioSchedule, settings: AnalysisSettings, uses: readonly QuantityUse[]): TrialModel | undefined {
  if (settings.overlapFrom !== undefined) return undefined;
  const counts = uses.filter(({ quantity }) => quantity.kind === 'months');
  const rate = uses.find(({ quantity }) => quantity.kind === 'exchangeRate');
  const inputs: TrialInput[] = [];
  for (const { quantity, q } of uses) {
    if (quantity.kind === 'months' || quantity.kind === 'exchangeRate') continue;
    const address = addressOfPath(scenario, quantity.path);
    if (address === undefined) return undefined;
    inputs.push({ address, value: q });
  }
  const range = { first: settings.from, count: settings.months };
  const view = settings.view ?? 'cash';
  const conversion = conversionOf(scenario, settings);
  const trialConversion = conversion === undefined || rate === undefined ? conversion : { ...conversion, drawnAt: rate.q };
  const modelOf = (changed: Scenario, changedLedger: ScenarioSchedule) => trialModel(changed, changedLedger, range, view, trialConversion, inputs);
  const atMedians = modelOf(scenario, ledger);
  if (atMedians === undefined || counts.length === 0) return atMedians;
  const byCounts = new Map<string, TrialModel>();
  return {
    evaluate(values, monthly) {
      const key = counts.map(({ q }) => values[q]).join(' ');
      let model = byCounts.get(key);
      if (model === undefined) {
        let changed = scenario;
        for (const { quantity, q } of counts) changed = withDrawn(changed, quantity, values[q] as number, scenario.minorDigits);
        model = modelOf(changed, comparisonLedger([changed], { ...settings, baselineIndex: 0 })[0] as ScenarioSchedule);
        if (model === undefined) throw new Error(`simulate: no float model of ${scenario.name} with the months ${key}`);
        // Counts of months take few values; should a model draw many combinations, memory stays bounded.
        if (byCounts.size >= MODELS_BY_COUNTS) byCounts.clear();
        byCounts.set(key, model);
      }
      model.evaluate(values, monthly);
    },
  };
}

/** The most float models {@link scenarioTrialModel} keeps for the combinations of counts of months drawn. */
const MODELS_BY_COUNTS = 1024;

/** The monthly totals of the scenarios `which` for a trial's `values`, through the exact engine. */
export function exactMonthly(
  scenarios: readonly Scenario[],
  settings: AnalysisSettings,
  base: readonly ScenarioSchedule[],
  uses: readonly (readonly QuantityUse[])[],
  values: Float64Array,
  which: readonly number[],
  monthly: readonly Float64Array[],
): void {
  const rates: DrawnValue[] = [];
  const trialScenarios = scenarios.map((scenario, index) => {
    if (!which.includes(index)) return scenario;
    let changed = scenario;
    for (const { quantity, q } of uses[index] ?? []) {
      if (quantity.kind === 'exchangeRate') rates.push({ quantity, value: values[q] as number });
      else changed = withDrawn(changed, quantity, values[q] as number, scenario.minorDigits);
    }
    return changed;
  });
  // A drawn exchange rate converts every scenario in its currency anew.
  const ledgers = rates.length === 0 ? trialLedgers(scenarios, trialScenarios, settings, base) : comparisonLedger(trialScenarios, withDrawnRates(settings, rates));
  for (const index of which) {
    const target = monthly[index] as Float64Array;
    (ledgers[index] as ScenarioSchedule).monthlyMinorUnits.forEach((units, m) => (target[m] = Number(units)));
  }
}

/**
 * A quantity's value at probability `p`, kept inside what the format allows (money not below
 * 0, a rate above −100%, a share from 0 to 1, a driver's value not below 0, a count of months
 * from the field's least to 1200, an exchange rate at least {@link LEAST_EXCHANGE_RATE}), money
 * to the minor unit `digits`, a count of months to whole months (half away from zero).
 *
 * @example
 * const [fee] = uncertainQuantities([unwrap(parseScenario({ name: 'P', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Fee', kind: 'recurring', amount: { low: '0', high: '10', dist: 'normal' }, every: 'month' }] }))]);
 * // a normal range from 0 to 10 (a 90% interval) reaches below 0 one time in twenty: a fee of 0 then
 * [drawn(fee!, 0.01, 2), drawn(fee!, 0.9, 2)]; // [0, 8.9]
 */
export function drawn(quantity: UncertainQuantity, p: number, digits: number): number {
  return drawnFunction(quantity, digits)(p);
}

/** {@link drawn} for one quantity, its range's constants worked out once. */
export function drawnFunction(quantity: UncertainQuantity, digits: number): (p: number) => number {
  const column = drawnColumnFunction(quantity, digits);
  const one = new Float64Array(1);
  return (p) => {
    one[0] = p;
    column(one, one, 1);
    return one[0] as number;
  };
}

/**
 * {@link drawn} for one quantity at many probabilities at once, the same numbers: `out[i]` is
 * the value drawn at `p[i]`, for i below `count`. What a simulation calls for each block of
 * trials.
 *
 * @example
 * const [fee] = uncertainQuantities([unwrap(parseScenario({ name: 'P', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Fee', kind: 'recurring', amount: { low: '0', high: '10', dist: 'normal' }, every: 'month' }] }))]);
 * const out = new Float64Array(2);
 * drawnColumnFunction(fee!, 2)(Float64Array.from([0.01, 0.9]), out, 2);
 * [...out]; // [0, 8.9]
 */
export function drawnColumnFunction(quantity: UncertainQuantity, digits: number): (p: Float64Array, out: Float64Array, count: number) => void {
  const quantiles = rangeQuantilesFunction(quantity.range);
  const kept = keptColumnFunction(quantity, digits);
  return (p, out, count) => {
    quantiles(p, out, count);
    kept(out, count);
  };
}

/**
 * Keeps a quantity's values (the first `count` of `values`) inside what the format allows,
 * money to the minor unit `digits`: each case a loop of its own, with no call per value.
 */
function keptColumnFunction(quantity: UncertainQuantity, digits: number): (values: Float64Array, count: number) => void {
  const path = quantity.path;
  const scale = 10 ** digits;
  const within = (least: number, most: number) => (values: Float64Array, count: number) => {
    for (let i = 0; i < count; i++) values[i] = Math.min(most, Math.max(least, values[i] as number));
  };
  switch (quantity.kind) {
    case 'money':
      // To the minor unit: the double nearest to k ÷ 10^digits, as Number(value.toFixed(digits)) gives it.
      return (values, count) => {
        for (let i = 0; i < count; i++) values[i] = Math.max(0, Math.round((values[i] as number) * scale) / scale);
      };
    case 'rate':
      return path.endsWith('/exitFee/rate') ? within(0, 1) : within(-0.999999, Infinity);
    case 'quantity':
      return path.endsWith('/value') ? within(0, Infinity) : () => {};
    case 'exchangeRate':
      return within(LEAST_EXCHANGE_RATE, Infinity);
    case 'months': {
      // Whole months, half away from zero, within what the field allows.
      const least = leastMonthCount(path);
      return (values, count) => {
        for (let i = 0; i < count; i++) values[i] = Math.min(MAX_MONTH_COUNT, Math.max(least, roundHalfAway(values[i] as number)));
      };
    }
  }
}

/**
 * The least exchange rate a trial draws: a normal range's tail never gives a rate of 0 or
 * below, which would make a scenario free or pay you.
 *
 * @example
 * LEAST_EXCHANGE_RATE; // 0.000001
 */
export const LEAST_EXCHANGE_RATE = 0.000001;

/**
 * An uncertain quantity and the value a trial drew for it.
 *
 * @example
 * const [fee] = uncertainQuantities([unwrap(parseScenario({ name: 'P', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Fee', kind: 'recurring', amount: { low: '10', high: '20' }, every: 'month' }] }))]);
 * const draw: DrawnValue = { quantity: fee!, value: 12.5 };
 * draw.value; // 12.5
 */
export type DrawnValue = { readonly quantity: UncertainQuantity; readonly value: number };

/**
 * The settings with the exchange rates a trial drew (quantities of kind `exchangeRate`) in
 * place of their medians: one rate for every scenario in its currency.
 *
 * @example
 * const inEuros = unwrap(parseScenario({ ...managedProvider.definition, name: 'In euros', currency: 'EUR' }));
 * const settings = unwrap(resolveSettings([selfHosted, inEuros], { months: 1, rates: { EUR: { low: '1.05', high: '1.15' } } }));
 * const [rate] = uncertainQuantities([selfHosted, inEuros], settings);
 * const drawnRates = withDrawnRates(settings, [{ quantity: rate!, value: 1.2 }]);
 * [settings.rates?.get('EUR')?.toString(), drawnRates.rates?.get('EUR')?.toString()]; // ['1.098863', '1.2']
 * // 85,000 EUR in the first month, at 1.2
 * comparisonLedger([selfHosted, inEuros], drawnRates)[1]?.monthlyMinorUnits; // [10200000n]
 */
export function withDrawnRates(settings: AnalysisSettings, draws: readonly DrawnValue[]): AnalysisSettings {
  if (draws.length === 0) return settings;
  const rates = new Map(settings.rates);
  for (const { quantity, value } of draws) {
    if (quantity.kind !== 'exchangeRate') throw new Error(`simulate: ${quantity.label} is not an exchange rate`);
    rates.set(quantity.path.slice(exchangeRatePath('').length), new Money(drawnText('exchangeRate', value, 0)));
  }
  return { ...settings, rates };
}

/**
 * The scenario with a drawn value where the quantity's range is; salvage at most the (drawn)
 * price. Money `digits` is the scenario's minor unit. An exchange rate is no part of a
 * scenario: see {@link withDrawnRates}.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'P', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Fee', kind: 'recurring', amount: { low: '10', high: '20' }, every: 'month' }] }));
 * const [fee] = uncertainQuantities([provider]);
 * const changed = withDrawn(provider, fee!, 12.5, 2);
 * [changed.items[0]?.kind === 'recurring' && changed.items[0].amount.toString(), changed.ranges]; // ['12.5', undefined]
 */
export function withDrawn(scenario: Scenario, quantity: UncertainQuantity, value: number, digits: number): Scenario {
  if (quantity.kind === 'exchangeRate') throw new Error(`simulate: the exchange rate ${quantity.path} is drawn into the settings, not into ${scenario.name}`);
  const address = addressOfPath(scenario, quantity.path);
  if (address === undefined) throw new Error(`simulate: no address for ${quantity.path} in ${scenario.name}`);
  let decimal = new Money(drawnText(quantity.kind, value, digits));
  let target = scenario;
  const item = address.on === 'item' ? scenario.items[address.index] : undefined;
  if (address.on === 'item' && item?.kind === 'hardware') {
    // A salvage is at most the price: a drawn salvage above it is the price, a drawn price below it brings it down.
    if (address.field === 'salvage' && decimal.greaterThan(item.price)) decimal = item.price;
    if (address.field === 'price' && decimal.lessThan(item.salvage)) target = withInput(scenario, { on: 'item', index: address.index, field: 'salvage' }, decimal) ?? scenario;
  }
  const changed = withInput(target, address, decimal);
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

