import type { Decimal } from '../money/decimal.js';
import { roundMoney } from '../money/roundMoney.js';
import type { ScenarioSchedule } from './schedule.js';
import { scheduleFromEntries } from './scheduleFromEntries.js';

/**
 * An exchange rate into the reporting currency: one unit of the scenario's currency is worth
 * `rate` units of the reporting currency, whose minor unit has `minorDigits` digits.
 *
 * @example
 * const eurToUsd: Conversion = { rate: toDecimal('1.08'), minorDigits: 2 };
 * convertAmount(toDecimal('1000.00'), eurToUsd).toFixed(2); // '1080.00'
 */
export type Conversion = {
  readonly rate: Decimal;
  readonly minorDigits: number;
};

/**
 * One amount in the reporting currency: ROUND(amount × rate), to the reporting currency's
 * minor unit, half away from zero.
 *
 * @example
 * // 33.33 EUR at 1.085 USD per EUR = 36.16305 USD
 * convertAmount(toDecimal('33.33'), { rate: toDecimal('1.085'), minorDigits: 2 }).toFixed(2); // '36.16'
 */
export function convertAmount(amount: Decimal, conversion: Conversion): Decimal {
  return roundMoney(amount.times(conversion.rate), conversion.minorDigits);
}

/**
 * A scenario's ledger in the reporting currency, converted entry by entry (each rounded to
 * the reporting currency's minor unit), so that every total is still the exact sum of the
 * entries a spreadsheet sees.
 *
 * @example
 * const inEuros = unwrap(parseScenario({ ...managedProvider.definition, name: 'Provider in euros', currency: 'EUR' }));
 * const ledger = convertScenarioSchedule(scenarioSchedule(inEuros, { first: inEuros.start, count: 2 }), { rate: toDecimal('1.08'), minorDigits: 2 });
 * ledger.monthlyMinorUnits; // [9180000n, 4320000n]
 */
export function convertScenarioSchedule(ledger: ScenarioSchedule, conversion: Conversion): ScenarioSchedule {
  // Recurring entries repeat the same Decimal: convert each instance once.
  const converted = new Map<Decimal, Decimal>();
  const convert = (amount: Decimal | undefined): Decimal | undefined => {
    if (amount === undefined) return undefined;
    let result = converted.get(amount);
    if (result === undefined) {
      result = convertAmount(amount, conversion);
      converted.set(amount, result);
    }
    return result;
  };
  return scheduleFromEntries(
    ledger.scenario,
    ledger.items.map(({ item, amounts }) => ({ item, amounts: amounts.map(convert) })),
    conversion.minorDigits,
  );
}
