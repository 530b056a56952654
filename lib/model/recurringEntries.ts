import { allocate, allocateMinorUnits } from '../money/allocate.js';
import { Money, type Decimal } from '../money/decimal.js';
import { roundMoney } from '../money/roundMoney.js';
import { toMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import { minorUnitEntries, type MinorUnitEntries } from './minorUnitEntries.js';
import type { RecurringItem } from '../scenario/scenario.js';
import type { MonthRange } from './monthRange.js';

/**
 * A recurring item's payments. Periods of 1, 3 or 12 months start at the item's `from`;
 * the amount of a period is `amount × (1 + rate)^steps` rounded to the minor unit, where
 * `steps` counts the escalation anniversaries of `from` reached by the period's first month.
 * `upfront` billing pays that amount in the period's first month; `monthly` billing
 * allocates it over the period's months so the parts sum exactly (8 × 6,666.67 + 4 ×
 * 6,666.66 for 80,000 a year). An upfront period that begins inside the item's `months` is
 * billed in full; with monthly billing, months after the item ends pay nothing (18 months of
 * 48,000 a year billed monthly are 18 × 4,000).
 *
 * @example
 * const hosting48kPerYearBilledMonthly = selfHosted.items[0] as RecurringItem;
 * recurringEntries(hosting48kPerYearBilledMonthly, { first: parseMonth('2009-05')!, count: 2 }, 2).map(String); // ['4000', '4000']
 */
export function recurringEntries(item: RecurringItem, range: MonthRange, minorDigits: number): (Decimal | undefined)[] {
  const amounts = new Array<Decimal | undefined>(range.count).fill(undefined);
  const end = item.months === undefined ? Infinity : item.from + item.months;
  const periodAmountBySteps = new Map<number, Decimal>();
  const allocationBySteps = new Map<number, Decimal[]>();

  const periodAmount = (steps: number): Decimal => {
    let amount = periodAmountBySteps.get(steps);
    if (amount === undefined) {
      amount = periodAmountAfter(item, steps, minorDigits);
      periodAmountBySteps.set(steps, amount);
    }
    return amount;
  };

  const firstIndex = Math.max(0, item.from - range.first);
  const lastIndexExclusive = Math.min(range.count, end - range.first);
  for (let index = firstIndex; index < lastIndexExclusive; index++) {
    const offset = range.first + index - item.from;
    const positionInPeriod = offset % item.periodMonths;
    const periodStartOffset = offset - positionInPeriod;
    const steps = item.escalation === undefined ? 0 : Math.floor(periodStartOffset / item.escalation.everyMonths);
    if (item.periodMonths === 1) {
      amounts[index] = periodAmount(steps);
    } else if (item.billing === 'upfront') {
      if (positionInPeriod === 0) amounts[index] = periodAmount(steps);
    } else {
      let parts = allocationBySteps.get(steps);
      if (parts === undefined) {
        parts = allocate(periodAmount(steps), item.periodMonths, minorDigits);
        allocationBySteps.set(steps, parts);
      }
      amounts[index] = parts[positionInPeriod];
    }
  }
  return amounts;
}

/**
 * {@link recurringEntries} in minor units ({@link MinorUnitEntries}: the ledger makes no
 * Decimal per period or part, nor converts one back), the same payments in the same months;
 * undefined when a payment of the item rounds to nothing, as only Decimal entries tell a
 * month that pays 0.00 from one that pays nothing (a schedule lists the first, not the second).
 *
 * @example
 * const hosting48kPerYearBilledMonthly = selfHosted.items[0] as RecurringItem;
 * recurringMinorUnits(hosting48kPerYearBilledMonthly, { first: parseMonth('2009-05')!, count: 2 }, 2)?.minorUnits; // [400000n, 400000n]
 * recurringMinorUnits({ ...hosting48kPerYearBilledMonthly, amount: toDecimal('0.05') }, { first: parseMonth('2009-05')!, count: 12 }, 2); // undefined
 */
export function recurringMinorUnits(item: RecurringItem, range: MonthRange, minorDigits: number): MinorUnitEntries | undefined {
  const units = new Array<MinorUnits>(range.count).fill(0n);
  const end = item.months === undefined ? Infinity : item.from + item.months;
  // A period's payments by escalation steps: its amount, or the parts it is billed in monthly.
  const paymentsBySteps = new Map<number, readonly MinorUnits[]>();
  const inParts = item.periodMonths > 1 && item.billing === 'monthly';
  const firstIndex = Math.max(0, item.from - range.first);
  const lastIndexExclusive = Math.min(range.count, end - range.first);
  for (let index = firstIndex; index < lastIndexExclusive; index++) {
    const offset = range.first + index - item.from;
    const positionInPeriod = offset % item.periodMonths;
    if (!inParts && positionInPeriod !== 0) continue;
    const steps = item.escalation === undefined ? 0 : Math.floor((offset - positionInPeriod) / item.escalation.everyMonths);
    let payments = paymentsBySteps.get(steps);
    if (payments === undefined) {
      const amount = toMinorUnits(periodAmountAfter(item, steps, minorDigits), minorDigits);
      payments = inParts ? allocateMinorUnits(amount, item.periodMonths) : [amount];
      paymentsBySteps.set(steps, payments);
    }
    const payment = payments[inParts ? positionInPeriod : 0] as MinorUnits;
    if (payment === 0n) return undefined;
    units[index] = payment;
  }
  return minorUnitEntries(units);
}

/** A period's amount after `steps` escalations: amount × (1 + rate)^steps, rounded to the minor unit. */
function periodAmountAfter(item: RecurringItem, steps: number, minorDigits: number): Decimal {
  const factor = item.escalation === undefined || steps === 0 ? undefined : new Money(1).plus(item.escalation.rate).pow(steps);
  return roundMoney(factor === undefined ? item.amount : item.amount.times(factor), minorDigits);
}
