/**
 * The sampling path of a simulation: one scenario's ledger recomputed in float64 for each
 * trial's drawn values, without a Decimal per month.
 *
 *   scenario + its exact ledger + where its uncertain quantities are (addresses)
 *     ─▶ the items no draw touches: their exact minor units, summed once (`fixed`)
 *     ─▶ each item a draw touches (a field of it, or the driver it is priced by): a float
 *        twin of its kind in lib/model, with the same roundings in the same places
 *        (half away from zero, to the minor unit; leftover units to the first months)
 *   evaluate(values) ─▶ the month-by-month total in minor units, as whole numbers
 *
 * What is exact and what is simulated: every entry is rounded to the minor unit as the exact
 * engine rounds it, from float64 products instead of exact decimals. The two agree unless an
 * unrounded entry lies within about 1e-12 of its own size of a half minor unit (a step
 * item's block count: of a whole block), which a drawn value reaches rarely; the tests
 * compare both paths on the same draws. A kind or input the float twin does not cover
 * (a price after the commitment's term, a month count) makes {@link trialModel} return
 * undefined, and the scenario goes through the exact engine trial by trial.
 */
import type { Decimal } from '../money/decimal.js';
import type { InputAddress } from '../scenario/inputAddress.js';
import { roundHalfAway } from '../money/roundHalfAway.js';
import type { CostItem, Scenario } from '../scenario/scenario.js';
import { hardwareTwin, oneTimeTwin, recurringTwin, staffTwin } from './itemTwins.js';
import { driverTwin, stepTwin, usageTwin, type DriverTwin, type ItemTwin, type Read } from './meteredTwins.js';
import type { LedgerView } from './modelContext.js';
import type { MonthRange } from './monthRange.js';
import { scenarioSchedule, type ScenarioSchedule } from './schedule.js';

/**
 * One drawn input of a scenario: where it is, and which of a trial's values it takes (money
 * already drawn to the minor unit).
 *
 * @example
 * const draw: TrialInput = { address: { on: 'item', index: 1, field: 'amount' }, value: 0 };
 * draw.value; // 0
 */
export type TrialInput = { readonly address: InputAddress; readonly value: number };

/**
 * The exchange rate a float model converts into the reporting currency at: `rate`, or, when
 * `drawnAt` is given, the trial's value at that index (an exchange rate given as a range).
 *
 * @example
 * const drawnRate: TrialConversion = { rate: toDecimal('1.1'), minorDigits: 2, drawnAt: 0 };
 * drawnRate.drawnAt; // 0
 */
export type TrialConversion = { readonly rate: Decimal; readonly minorDigits: number; readonly drawnAt?: number };

/**
 * A scenario's ledger as a function of a trial's drawn values ({@link trialModel}).
 *
 * @example
 * const fixed: TrialModel = { evaluate: (_values, monthly) => monthly.fill(400000) };
 * const monthly = new Float64Array(2);
 * fixed.evaluate(new Float64Array(0), monthly);
 * [...monthly]; // [400000, 400000]
 */
export type TrialModel = {
  /** Writes the scenario's total in each month, in minor units, for the drawn `values`. */
  readonly evaluate: (values: Float64Array, monthly: Float64Array) => void;
};


/**
 * The float model of a scenario whose `inputs` are drawn, with `ledger` its exact ledger over
 * `range` in the reporting currency (`conversion`: the exchange rate into it, undefined when
 * it is the scenario's own; a drawn rate converts every entry anew in each trial, as the exact
 * conversion does, entry by entry). Undefined when an input is not one the float path covers:
 * the caller uses the exact engine for that scenario.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: '3000', every: 'month', escalation: { rate: '10%' } }] }));
 * const range = { first: provider.start, count: 14 };
 * const model = trialModel(provider, scenarioSchedule(provider, range), range, 'cash', undefined,
 *   [{ address: { on: 'item', index: 0, field: 'amount' }, value: 0 }])!;
 * const monthly = new Float64Array(14);
 * // a drawn fee of 2,500.50 a month: 2,750.55 from the first anniversary
 * model.evaluate(new Float64Array([2500.5]), monthly);
 * [monthly[0], monthly[12]]; // [250050, 275055]
 */
export function trialModel(
  scenario: Scenario,
  ledger: ScenarioSchedule,
  range: MonthRange,
  view: LedgerView,
  conversion: TrialConversion | undefined,
  inputs: readonly TrialInput[],
): TrialModel | undefined {
  const digits = scenario.minorDigits;
  const scale = 10 ** digits;
  const touchedItems = new Set<number>();
  const touchedDrivers = new Set<string>();
  for (const { address } of inputs) {
    if (address.on === 'item' || address.on === 'tier') touchedItems.add(address.index);
    else if (address.on === 'driver') touchedDrivers.add(address.name);
    else if (address.on !== 'exitFee') return undefined; // the ledger has no exit fee; a renewal price or term length: exact engine
  }
  scenario.items.forEach((item, index) => {
    if ((item.kind === 'usage' || item.kind === 'step') && touchedDrivers.has(item.driver)) touchedItems.add(index);
  });

  const count = range.count;
  const fixed = new Float64Array(count);
  const drawnRate = conversion?.drawnAt;
  // With a drawn exchange rate, the items no draw touches are converted in each trial: their entries in the scenario's own currency, month by month.
  const ownMonths: number[] = [];
  const ownUnits: number[] = [];
  (drawnRate === undefined ? ledger : scenarioSchedule(scenario, range, { view })).items.forEach((schedule, index) => {
    if (touchedItems.has(index)) return;
    schedule.minorUnits.forEach((units, m) => {
      if (units === 0n) return;
      if (drawnRate === undefined) fixed[m] = (fixed[m] as number) + Number(units);
      else {
        ownMonths.push(m);
        ownUnits.push(Number(units));
      }
    });
  });
  const factorOf = conversionFactor(conversion, digits);

  // Money is read in minor units (exactly: a drawn amount is whole minor units), rates and quantities as they are.
  const read = (index: number | undefined, field: string, tier: number | undefined, value: Decimal, money = true): Read => {
    const input = inputs.find(({ address }) =>
      address.on === 'item' ? address.index === index && address.field === field : address.on === 'tier' ? address.index === index && address.tier === tier && field === 'tier' : false,
    );
    return readOf(input, value, money ? scale : undefined);
  };
  const driverRead = (name: string, field: 'value' | 'add' | 'rate', value: Decimal): Read =>
    readOf(
      inputs.find(({ address }) => address.on === 'driver' && address.name === name && address.field === field),
      value,
      undefined,
    );

  const twins: ItemTwin[] = [];
  for (const index of touchedItems) {
    const item = scenario.items[index] as CostItem;
    const twin = itemTwin(item, index, range, view, read, (name) => {
      const driver = scenario.drivers?.get(name);
      return driver === undefined ? undefined : driverTwin(driver, driverRead);
    });
    if (twin === undefined) return undefined;
    twins.push(convertedOf(untilOf(twin, item, range), range, factorOf));
  }

  // Twins that can give their entries as steps (a recurring fee's runs of one amount) add two
  // numbers a run instead of one a month; the steps are added up once for all of them.
  const steps = new Float64Array(count);
  return {
    evaluate(values, monthly) {
      monthly.set(fixed);
      if (factorOf !== undefined && ownUnits.length > 0) {
        const factor = factorOf(values);
        for (let k = 0; k < ownUnits.length; k++) monthly[ownMonths[k] as number] = (monthly[ownMonths[k] as number] as number) + roundHalfAway((ownUnits[k] as number) * factor);
      }
      steps.fill(0);
      for (const twin of twins) twin(values, monthly, steps);
      let running = 0;
      for (let m = 0; m < count; m++) {
        running += steps[m] as number;
        monthly[m] = (monthly[m] as number) + running;
      }
    },
  };
}

/** What one minor unit of the scenario's currency is worth in minor units of the reporting currency, for a trial's values; undefined without a conversion. */
function conversionFactor(conversion: TrialConversion | undefined, digits: number): ((values: Float64Array) => number) | undefined {
  if (conversion === undefined) return undefined;
  const shift = 10 ** (conversion.minorDigits - digits);
  const at = conversion.drawnAt;
  if (at !== undefined) return (values) => (values[at] as number) * shift;
  const factor = Number(conversion.rate.toString()) * shift;
  return () => factor;
}


/** A number an item reads, in minor units when `scale` (10^digits) is given. */
function readOf(input: TrialInput | undefined, value: Decimal, scale: number | undefined): Read {
  if (input === undefined) {
    const constant = Number((scale === undefined ? value : value.times(scale)).toString());
    return () => constant;
  }
  const at = input.value;
  return scale === undefined ? (values) => values[at] as number : (values) => Math.round((values[at] as number) * scale);
}

/** The entries in the reporting currency: each ROUND(entry × rate), to its minor unit, as the exact conversion makes them. */
function convertedOf(twin: ItemTwin, range: MonthRange, factorOf: ((values: Float64Array) => number) | undefined): ItemTwin {
  if (factorOf === undefined) return twin;
  const scratch = new Float64Array(range.count);
  return (values, out) => {
    scratch.fill(0);
    twin(values, scratch);
    const factor = factorOf(values);
    for (let m = 0; m < range.count; m++) if (scratch[m] !== 0) out[m] = (out[m] as number) + roundHalfAway((scratch[m] as number) * factor);
  };
}

/** Entries from the item's `until` on (a commitment's end) are not due. */
function untilOf(twin: ItemTwin, item: CostItem, range: MonthRange): ItemTwin {
  if (item.until === undefined) return twin;
  const end = item.until - range.first;
  if (end >= range.count) return twin;
  const scratch = new Float64Array(range.count);
  return (values, out) => {
    scratch.fill(0);
    twin(values, scratch);
    for (let m = 0; m < Math.max(0, end); m++) out[m] = (out[m] as number) + (scratch[m] as number);
  };
}

function itemTwin(
  item: CostItem,
  index: number,
  range: MonthRange,
  view: LedgerView,
  read: (index: number | undefined, field: string, tier: number | undefined, value: Decimal, money?: boolean) => Read,
  driver: (name: string) => DriverTwin | undefined,
): ItemTwin | undefined {
  switch (item.kind) {
    case 'one-time':
      return oneTimeTwin(item, range, read(index, 'amount', undefined, item.amount));
    case 'recurring':
      return recurringTwin(item, range, read(index, 'amount', undefined, item.amount), item.escalation === undefined ? undefined : read(index, 'escalation', undefined, item.escalation.rate, false));
    case 'staff':
      return staffTwin(item, range, read(index, 'annualCost', undefined, item.annualCost), read(index, 'raise', undefined, item.raise, false), item.onCallStipend === undefined ? undefined : read(index, 'onCallStipend', undefined, item.onCallStipend));
    case 'hardware':
      return hardwareTwin(item, range, view, read(index, 'price', undefined, item.price), read(index, 'salvage', undefined, item.salvage));
    case 'usage': {
      const values = driver(item.driver);
      if (values === undefined) return undefined;
      return usageTwin(item, range, values, item.tiers.map((tier, t) => read(index, 'tier', t, tier.price)), read(index, 'minimum', undefined, item.minimum));
    }
    case 'step': {
      const values = driver(item.driver);
      if (values === undefined) return undefined;
      return stepTwin(item, range, values, read(index, 'oneTimePerBlock', undefined, item.oneTimePerBlock), read(index, 'recurringPerBlock', undefined, item.recurringPerBlock));
    }
  }
}
