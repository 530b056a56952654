import { allocate, allocateMinorUnits } from '../money/allocate.js';
import { Money, type Decimal } from '../money/decimal.js';
import { roundMoney } from '../money/roundMoney.js';
import { toMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import { entriesOf, safeNumbers, type EntryUnits, type MinorUnitEntries } from './minorUnitEntries.js';
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
  return recurringPayments(item, range, minorDigits, true).amounts as (Decimal | undefined)[];
}

/**
 * {@link recurringEntries} in minor units ({@link MinorUnitEntries}), the same payments in the
 * same months: what the ledger takes, so that it makes no Decimal per billed part and reads
 * none back. Undefined when a payment due is 0 minor units (an amount of 0, one that rounds
 * to 0, or a monthly part of 0): only Decimal entries tell a month that pays 0.00 from one
 * with nothing due (a schedule lists the first, not the second).
 *
 * @example
 * const hosting48kPerYearBilledMonthly = selfHosted.items[0] as RecurringItem;
 * recurringMinorUnits(hosting48kPerYearBilledMonthly, { first: parseMonth('2009-05')!, count: 2 }, 2)?.units; // [400000, 400000]
 * recurringMinorUnits({ ...hosting48kPerYearBilledMonthly, amount: toDecimal('0.05') }, { first: parseMonth('2009-05')!, count: 12 }, 2); // undefined
 */
export function recurringMinorUnits(item: RecurringItem, range: MonthRange, minorDigits: number): MinorUnitEntries | undefined {
  const { units, zeroDue } = recurringPayments(item, range, minorDigits, false);
  return zeroDue ? undefined : entriesOf(units);
}

/**
 * A period's amount, and once asked for, its payments in minor units (the amount, or its parts
 * billed monthly), as bigints and, when every one is a safe integer, as numbers; or those parts
 * as Decimals.
 */
type Period = {
  readonly amount: Decimal;
  payments: readonly MinorUnits[] | undefined;
  paymentsAsNumbers: readonly number[] | undefined;
  parts: Decimal[] | undefined;
};

/**
 * The walk over the item's periods that both give: each month's payment in minor units (0
 * where none is due) and whether a payment due is 0, or with `decimals` the Decimal entries
 * instead (the period's amount, or its parts from {@link allocate}; undefined where none is due).
 * The payments are numbers while every one is a safe integer, then bigints.
 */
function recurringPayments(
  item: RecurringItem,
  range: MonthRange,
  minorDigits: number,
  decimals: boolean,
): { units: EntryUnits; amounts: (Decimal | undefined)[] | undefined; zeroDue: boolean } {
  let units: (number | MinorUnits)[] = new Array<number>(decimals ? 0 : range.count).fill(0);
  let inNumbers = true;
  const amounts = decimals ? new Array<Decimal | undefined>(range.count).fill(undefined) : undefined;
  const end = item.months === undefined ? Infinity : item.from + item.months;
  const inParts = item.periodMonths !== 1 && item.billing !== 'upfront';
  const periods = new Map<number, Period>();
  let zeroDue = false;
  const firstIndex = Math.max(0, item.from - range.first);
  const lastIndexExclusive = Math.min(range.count, end - range.first);
  // Period by period: a period's amount, and its parts, are looked up once for its months.
  for (let index = firstIndex; index < lastIndexExclusive; ) {
    const offset = range.first + index - item.from;
    const positionInPeriod = offset % item.periodMonths;
    const periodEnd = Math.min(lastIndexExclusive, index - positionInPeriod + item.periodMonths);
    // Billed upfront, a period pays in its first month only: one that began before the range pays nothing in it.
    if (!inParts && positionInPeriod !== 0) {
      index = periodEnd;
      continue;
    }
    const steps = item.escalation === undefined ? 0 : Math.floor((offset - positionInPeriod) / item.escalation.everyMonths);
    let period = periods.get(steps);
    if (period === undefined) {
      period = { amount: periodAmountAfter(item, steps, minorDigits), payments: undefined, paymentsAsNumbers: undefined, parts: undefined };
      periods.set(steps, period);
    }
    if (amounts !== undefined) {
      if (!inParts) amounts[index] = period.amount;
      else {
        const parts = (period.parts ??= allocate(period.amount, item.periodMonths, minorDigits));
        for (let position = positionInPeriod; index < periodEnd; position++, index++) amounts[index] = parts[position];
      }
      index = periodEnd;
      continue;
    }
    if (period.payments === undefined) {
      const total = toMinorUnits(period.amount, minorDigits);
      period.payments = inParts ? allocateMinorUnits(total, item.periodMonths) : [total];
      period.paymentsAsNumbers = safeNumbers(period.payments);
    }
    if (inNumbers && period.paymentsAsNumbers === undefined) {
      // A payment beyond 2^53 minor units: every entry a bigint from here on.
      units = units.map((entry) => BigInt(entry));
      inNumbers = false;
    }
    const payments = (inNumbers ? period.paymentsAsNumbers : period.payments) as readonly (number | MinorUnits)[];
    // 0 and 0n alike are a payment of 0 minor units.
    if (!inParts) {
      const payment = payments[0] as number | MinorUnits;
      if (!payment) zeroDue = true;
      units[index] = payment;
    } else {
      for (let position = positionInPeriod; index < periodEnd; position++, index++) {
        const payment = payments[position] as number | MinorUnits;
        if (!payment) zeroDue = true;
        units[index] = payment;
      }
    }
    index = periodEnd;
  }
  return { units: units as EntryUnits, amounts, zeroDue };
}

/** A period's amount after `steps` escalations: amount × (1 + rate)^steps, rounded to the minor unit. */
function periodAmountAfter(item: RecurringItem, steps: number, minorDigits: number): Decimal {
  const factor = item.escalation === undefined || steps === 0 ? undefined : new Money(1).plus(item.escalation.rate).pow(steps);
  return roundMoney(factor === undefined ? item.amount : item.amount.times(factor), minorDigits);
}
