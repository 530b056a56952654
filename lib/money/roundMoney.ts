import { Money, type Decimal, type DecimalInput } from './decimal.js';

/**
 * Rounds an amount to `digits` decimal places, half away from zero, like a spreadsheet's
 * ROUND(): 2.345 → 2.35 and −2.345 → −2.35.
 *
 * @example
 * roundMoney('2.345', 2).toFixed(2); // '2.35'
 * roundMoney('-2.345', 2).toFixed(2); // '-2.35'
 */
export function roundMoney(amount: DecimalInput, digits: number): Decimal {
  return new Money(amount).toDecimalPlaces(digits, Money.ROUND_HALF_UP);
}
