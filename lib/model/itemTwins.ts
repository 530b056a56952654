/**
 * The float twins of the kinds not priced by a driver — one-time, recurring, staff and
 * hardware items — for the sampling path of a simulation (trialModel.ts): the arithmetic of
 * oneTimeEntries.ts, recurringEntries.ts, staffEntries.ts and hardwareEntries.ts in float64
 * on minor units, rounding in the same places.
 */
import { roundHalfAway } from '../money/roundHalfAway.js';
import type { HardwareItem, OneTimeItem, RecurringItem, StaffItem } from '../scenario/scenario.js';
import type { ItemTwin, Read } from './meteredTwins.js';
import type { LedgerView } from './modelContext.js';
import type { MonthRange } from './monthRange.js';

export function oneTimeTwin(item: OneTimeItem, range: MonthRange, amount: Read): ItemTwin {
  const index = item.month - range.first;
  return (values, out) => {
    if (index >= 0 && index < range.count) out[index] = (out[index] as number) + roundHalfAway(amount(values));
  };
}

export function recurringTwin(item: RecurringItem, range: MonthRange, amount: Read, rate: Read | undefined): ItemTwin {
  const end = item.months === undefined ? Infinity : item.from + item.months;
  const firstIndex = Math.max(0, item.from - range.first);
  const lastIndexExclusive = Math.max(firstIndex, Math.min(range.count, end - range.first));
  const period = item.periodMonths;
  const every = item.escalation?.everyMonths ?? 1;
  // What does not depend on the draws, worked out once: each month's escalation steps and
  // its position in its period (−1: nothing due, the later months of an upfront period).
  const stepsAt = new Int32Array(lastIndexExclusive - firstIndex);
  const positionAt = new Int32Array(lastIndexExclusive - firstIndex);
  let maxSteps = 0;
  for (let index = firstIndex; index < lastIndexExclusive; index++) {
    const offset = range.first + index - item.from;
    const position = offset % period;
    const steps = rate === undefined ? 0 : Math.floor((offset - position) / every);
    stepsAt[index - firstIndex] = steps;
    positionAt[index - firstIndex] = period === 1 ? 0 : item.billing === 'upfront' ? (position === 0 ? 0 : -1) : position;
    maxSteps = Math.max(maxSteps, steps);
  }
  const spread = period > 1 && item.billing === 'monthly';
  // Without spreading, the months due come in runs of one amount (a step of escalation, or one
  // upfront month): each run is one constant added over its months.
  const runs: number[] = [];
  for (let i = 0; i < positionAt.length; i++) {
    if ((positionAt[i] as number) < 0) continue;
    const last = runs.length - 3;
    if (last >= 0 && runs[last + 1] === firstIndex + i && runs[last + 2] === stepsAt[i]) runs[last + 1] = firstIndex + i + 1;
    else runs.push(firstIndex + i, firstIndex + i + 1, stepsAt[i] as number);
  }
  const runTable = Int32Array.from(runs);
  const baseOf = new Float64Array(maxSteps + 1);
  const leftoverOf = new Float64Array(maxSteps + 1);
  const bumpedOf = new Float64Array(maxSteps + 1);
  return (values, out, steps) => {
    const base = amount(values);
    const growth = rate === undefined ? 1 : 1 + rate(values);
    let factor = 1;
    for (let escalations = 0; escalations <= maxSteps; escalations++, factor *= growth) {
      const units = roundHalfAway(base * factor);
      if (!spread) baseOf[escalations] = units;
      else {
        // the period's amount in `period` whole parts, the leftover units to the first (as `allocate`)
        const sign = units < 0 ? -1 : 1;
        const part = Math.floor((units * sign) / period);
        baseOf[escalations] = sign * part;
        bumpedOf[escalations] = sign * (part + 1);
        leftoverOf[escalations] = units * sign - part * period;
      }
    }
    if (!spread && steps !== undefined) {
      // Each run as two steps: its amount from its first month, taken off after its last.
      for (let r = 0; r < runTable.length; r += 3) {
        const units = baseOf[runTable[r + 2] as number] as number;
        steps[runTable[r] as number] = (steps[runTable[r] as number] as number) + units;
        const to = runTable[r + 1] as number;
        if (to < range.count) steps[to] = (steps[to] as number) - units;
      }
      return;
    }
    if (!spread) {
      for (let r = 0; r < runTable.length; r += 3) {
        const units = baseOf[runTable[r + 2] as number] as number;
        for (let index = runTable[r] as number, to = runTable[r + 1] as number; index < to; index++) out[index] = (out[index] as number) + units;
      }
      return;
    }
    for (let i = 0, index = firstIndex; index < lastIndexExclusive; i++, index++) {
      const position = positionAt[i] as number;
      const steps = stepsAt[i] as number;
      out[index] = (out[index] as number) + (position < (leftoverOf[steps] as number) ? (bumpedOf[steps] as number) : (baseOf[steps] as number));
    }
  };
}

/** Part `position` of `units` split into `parts` whole parts, the leftover units to the first parts (as `allocate`). */
function allocatedPart(units: number, parts: number, position: number): number {
  const sign = units < 0 ? -1 : 1;
  const absolute = units * sign;
  const base = Math.floor(absolute / parts);
  const leftover = absolute - base * parts;
  return sign * (position < leftover ? base + 1 : base);
}

export function staffTwin(item: StaffItem, range: MonthRange, annualCost: Read, raise: Read, stipend: Read | undefined): ItemTwin {
  const first = Math.max(0, item.from - range.first);
  const end = Math.min(range.count, item.months === undefined ? range.count : item.from + item.months - range.first);
  const fte = Number(item.fte.toString());
  return (values, out) => {
    const perYear = annualCost(values) * fte;
    const growth = 1 + raise(values);
    const stipendUnits = stipend === undefined ? 0 : roundHalfAway(stipend(values) * item.onCallPeople);
    let year = -1;
    let monthly = 0;
    let leftover = 0;
    for (let index = first; index < end; index++) {
      const offset = range.first + index - item.from;
      const employmentYear = Math.floor(offset / 12);
      if (employmentYear !== year) {
        year = employmentYear;
        const yearly = roundHalfAway(year === 0 ? perYear : perYear * growth ** year);
        monthly = Math.trunc(yearly / 12);
        leftover = yearly - monthly * 12;
      }
      out[index] = (out[index] as number) + monthly + (offset % 12 < leftover ? 1 : 0) + stipendUnits;
    }
  };
}

export function hardwareTwin(item: HardwareItem, range: MonthRange, view: LedgerView, priceOf: Read, salvageOf: Read): ItemTwin {
  const life = item.lifeMonths;
  const firstIndex = Math.max(0, item.from - range.first);
  return (values, out) => {
    const price = roundHalfAway(priceOf(values));
    // A drawn salvage is at most the price, as the exact path keeps it.
    const salvage = Math.min(roundHalfAway(salvageOf(values)), price);
    for (let index = firstIndex; index < range.count; index++) {
      const offset = range.first + index - item.from;
      if (!item.refresh && offset >= life) break;
      const position = offset % life;
      let amount = 0;
      if (view === 'amortized') amount = allocatedPart(price - salvage, life, position);
      else if (life === 1) amount = price - salvage;
      else if (position === 0) amount = price;
      else if (position === life - 1) amount = -salvage;
      out[index] = (out[index] as number) + amount;
    }
  };
}
