import { Money, type Decimal } from '../money/decimal.js';
import { divideRoundingHalfAway, divideRoundingHalfUp, pow10, toFixedPoint, type FixedPoint } from '../money/fixedPoint.js';
import type { MinorUnits } from '../money/minorUnits.js';
import type { StaffItem } from '../scenario/scenario.js';
import { entriesOf, safeNumber, type EntryUnits, type MinorUnitEntries } from './minorUnitEntries.js';
import type { ModelContext } from './modelContext.js';

/**
 * A staff item's payments. Each employment year, counted from the hiring month `from`,
 * costs ROUND(annualCost × fte × (1 + raise)^year) — `year` 0 for the first — allocated over
 * its 12 months exactly like a yearly amount billed monthly (the leftover cents go to the
 * first months). Every month of employment also pays ROUND(onCallStipend × onCallPeople).
 * Nothing is paid before `from` or after `months`. The arithmetic is exact, in integers:
 * the yearly cost is annualCost × fte × (1 + raise)^year as a fraction, rounded once, and
 * the entries are whole minor units ({@link MinorUnitEntries}): no Decimal per month or year.
 *
 * @example
 * const hire = unwrap(parseScenario({ name: 'IT hire', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'IT administrator', kind: 'staff', annualCost: '98000', from: '2009-07', onCallStipend: '250' }] }));
 * const context = { range: { first: parseMonth('2009-05')!, count: 3 }, minorDigits: 2, drivers: new Map(), view: 'cash' as const };
 * // 98,000 ÷ 12 = 8,166.67 (8 cents left over: the first 8 months get 8,166.67), plus 250.00 on call
 * staffEntries(hire.items[0] as StaffItem, context).units; // [0, 0, 841667]
 */
export function staffEntries(item: StaffItem, context: ModelContext): MinorUnitEntries {
  const { range, minorDigits } = context;
  // Numbers while every amount is a safe integer, then bigints (see MinorUnitEntries).
  let amounts: (number | MinorUnits)[] = new Array<number>(range.count).fill(0);
  let inNumbers = true;
  const first = Math.max(0, item.from - range.first);
  const end = Math.min(range.count, item.months === undefined ? range.count : item.from + item.months - range.first);
  if (first >= end) return entriesOf(amounts as number[]);
  // annualCost × fte × growth^year = perYear.units × growth.units^year / 10^(perYear.scale + growth.scale × year)
  const annualCost = toFixedPoint(item.annualCost);
  const fte = toFixedPoint(item.fte);
  const raise = toFixedPoint(item.raise);
  const perYear = asDecimalsMake(product(annualCost, fte), () => item.annualCost.times(item.fte));
  const growth = asDecimalsMake({ units: pow10(raise.scale) + raise.units, scale: raise.scale }, () => new Money(1).plus(item.raise));
  const inMinorUnits = pow10(minorDigits);
  let growthPower = 1n;
  let growthScale = 0;
  const stipend = item.onCallStipend === undefined ? 0n : stipendUnits(item.onCallStipend, item.onCallPeople, minorDigits);
  let year = -1;
  let base: number | MinorUnits = 0;
  // The amount of the months that take one of the year's leftover minor units: made once a year, not once a month.
  let baseAndLeftover: number | MinorUnits = 0;
  let leftover = 0;
  for (let index = first; index < end; index++) {
    const offset = range.first + index - item.from;
    const employmentYear = Math.floor(offset / 12);
    if (employmentYear !== year) {
      for (year = Math.max(year, 0); year < employmentYear; year++) {
        growthPower *= growth.units;
        growthScale += growth.scale;
      }
      const yearly = divideRoundingHalfUp(perYear.units * growthPower * inMinorUnits, pow10(perYear.scale + growthScale));
      const monthly = yearly / 12n;
      leftover = Number(yearly - monthly * 12n);
      const baseUnits = monthly + stipend;
      const baseNumber = safeNumber(baseUnits);
      const bumpedNumber = safeNumber(baseUnits + 1n);
      if (inNumbers && (baseNumber === undefined || bumpedNumber === undefined)) {
        // An amount beyond 2^53 minor units: every entry a bigint from here on.
        amounts = amounts.map((amount) => BigInt(amount));
        inNumbers = false;
      }
      base = inNumbers ? (baseNumber as number) : baseUnits;
      baseAndLeftover = inNumbers ? (bumpedNumber as number) : baseUnits + 1n;
    }
    amounts[index] = offset % 12 < leftover ? baseAndLeftover : base;
  }
  return entriesOf(amounts as EntryUnits);
}

/** A product of fixed points, exact. */
function product(a: FixedPoint, b: FixedPoint): FixedPoint {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/**
 * A sum or product worked out exactly in integers, as the Decimal operation would give it:
 * the same value while it has at most 40 significant digits, which a Decimal keeps whole;
 * beyond, the Decimal operation (`decimal`) itself, which rounds it to 40.
 */
function asDecimalsMake(exact: FixedPoint, decimal: () => Decimal): FixedPoint {
  const size = exact.units < 0n ? -exact.units : exact.units;
  return size < FORTY_DIGITS ? exact : toFixedPoint(decimal());
}

const FORTY_DIGITS = 10n ** 40n;

/** onCallStipend × people rounded to the minor unit, half away from zero, as a whole number of minor units. */
function stipendUnits(stipend: Decimal, people: number, minorDigits: number): MinorUnits {
  const decimal = () => stipend.times(people);
  // A count of people beyond 2^53 is not the integer it was read from: multiplied as a Decimal, as written.
  const { units, scale } = Number.isSafeInteger(people) ? asDecimalsMake(product(toFixedPoint(stipend), { units: BigInt(people), scale: 0 }), decimal) : toFixedPoint(decimal());
  return scale <= minorDigits ? units * pow10(minorDigits - scale) : divideRoundingHalfAway(units, pow10(scale - minorDigits));
}
