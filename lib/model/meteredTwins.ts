/**
 * The float twins of the kinds priced by a driver (usage and step items) and of the drivers
 * themselves, for the sampling path of a simulation (trialModel.ts): the arithmetic of
 * usageEntries.ts, stepEntries.ts and driverValues.ts in float64, rounding in the same places.
 */
import type { Decimal } from '../money/decimal.js';
import type { Driver, StepItem, UsageItem } from '../scenario/scenario.js';
import type { MonthRange } from './monthRange.js';

/** A number an item reads: fixed, or one of the trial's drawn values (money in minor units). */
export type Read = (values: Float64Array) => number;

/**
 * Adds an item's entries for a trial, in minor units of its own currency, to `out`; or, where
 * the twin can and `steps` is given, an amount due in every month from m on as `steps[m]`
 * (the caller adds the steps up month by month into `out`).
 */
export type ItemTwin = (values: Float64Array, out: Float64Array, steps?: Float64Array) => void;

/** A driver's value in each month of a range from `first`, for a trial's values. */
export type DriverTwin = (values: Float64Array, first: number, count: number, into: Float64Array) => void;

export function driverTwin(driver: Driver, read: (name: string, field: 'value' | 'add' | 'rate', value: Decimal) => Read): DriverTwin {
  const definition = driver.definition;
  if (definition.kind === 'values') {
    const list = definition.values.map((value) => Number(value.toString()));
    return (_values, first, count, into) => {
      for (let index = 0; index < count; index++) {
        const k = first + index - driver.from;
        into[index] = k < 0 ? 0 : (list[Math.min(k, list.length - 1)] as number);
      }
    };
  }
  const valueOf = read(driver.name, 'value', definition.value);
  const stepOf = definition.kind === 'linear' ? read(driver.name, 'add', definition.add) : read(driver.name, 'rate', definition.rate);
  const every = definition.everyMonths;
  const linear = definition.kind === 'linear';
  return (values, first, count, into) => {
    const value = valueOf(values);
    const step = stepOf(values);
    for (let index = 0; index < count; index++) {
      const k = first + index - driver.from;
      if (k < 0) {
        into[index] = 0;
        continue;
      }
      const steps = Math.floor(k / every);
      if (linear) {
        const at = steps === 0 ? value : value + step * steps;
        into[index] = at < 0 ? 0 : at;
      } else into[index] = steps === 0 ? value : value * (1 + step) ** steps;
    }
  };
}

export function usageTwin(item: UsageItem, range: MonthRange, driver: DriverTwin, prices: readonly Read[], minimumOf: Read): ItemTwin {
  const ends = item.tiers.map((tier) => (tier.upTo === undefined ? Infinity : Number(tier.upTo.toString())));
  const end = Math.min(item.months === undefined ? Infinity : item.from + item.months, item.until ?? Infinity);
  const firstIndex = Math.max(0, item.from - range.first);
  const lastIndexExclusive = Math.min(range.count, end - range.first);
  const quantities = new Float64Array(range.count);
  const tierPrices = new Float64Array(prices.length);
  const divisor = item.periodMonths;
  return (values, out) => {
    driver(values, range.first, range.count, quantities);
    for (let t = 0; t < prices.length; t++) tierPrices[t] = (prices[t] as Read)(values);
    const minimum = Math.round(minimumOf(values));
    for (let index = firstIndex; index < lastIndexExclusive; index++) {
      const q = quantities[index] as number;
      let total = 0;
      if (tierPrices.length === 1) total = q * (tierPrices[0] as number);
      else if (item.tiering === 'volume') {
        let tier = ends.findIndex((upTo) => q <= upTo);
        if (tier < 0) tier = tierPrices.length - 1;
        total = q * (tierPrices[tier] as number);
      } else {
        let below = 0;
        for (let tier = 0; tier < tierPrices.length && q > below; tier++) {
          const top = Math.min(q, ends[tier] as number);
          total += (top - below) * (tierPrices[tier] as number);
          below = top;
        }
      }
      const units = Math.round(total / divisor);
      out[index] = (out[index] as number) + (units < minimum ? minimum : units);
    }
  };
}

export function stepTwin(item: StepItem, range: MonthRange, driver: DriverTwin, oneTimeOf: Read, recurringOf: Read): ItemTwin {
  const included = Number(item.included.toString());
  const blockSize = Number(item.blockSize.toString());
  const end = Math.min(item.months === undefined ? Infinity : item.from + item.months, item.until ?? Infinity);
  const firstIndex = Math.max(0, item.from - range.first);
  const lastIndexExclusive = Math.min(range.count, end - range.first);
  const before = Math.min(range.first - item.from, item.months ?? Infinity, (item.until ?? Infinity) - item.from);
  const quantities = new Float64Array(range.count);
  const earlier = new Float64Array(Math.max(0, before));
  const needed = (q: number): number => (q - included > 0 ? Math.ceil((q - included) / blockSize) : 0);
  return (values, out) => {
    driver(values, range.first, range.count, quantities);
    const oneTime = oneTimeOf(values);
    const recurring = recurringOf(values);
    const period = item.periodMonths;
    let held = 0;
    if (before > 0) {
      driver(values, item.from, before, earlier);
      if (item.releaseUnused) held = needed(earlier[before - 1] as number);
      else for (let m = 0; m < before; m++) held = Math.max(held, needed(earlier[m] as number));
    }
    let heldUnits = Math.round((held * recurring) / period);
    for (let index = firstIndex; index < lastIndexExclusive; index++) {
      const blocks = needed(quantities[index] as number);
      const added = blocks > held ? blocks - held : 0;
      const nowHeld = item.releaseUnused ? blocks : Math.max(held, blocks);
      if (nowHeld !== held) {
        held = nowHeld;
        heldUnits = Math.round((held * recurring) / period);
      }
      out[index] = (out[index] as number) + (added === 0 ? heldUnits : heldUnits + Math.round(added * oneTime));
    }
  };
}
