import { ZERO, type Decimal } from '../money/decimal.js';

/**
 * The exact sum of amounts, skipping months with nothing due.
 *
 * @example
 * sumAmounts([new Money('0.10'), undefined, new Money('0.20')]).toFixed(2); // '0.30'
 */
export function sumAmounts(amounts: readonly (Decimal | undefined)[], from = 0, to = amounts.length): Decimal {
  let total: Decimal = ZERO;
  for (let i = from; i < to; i++) {
    const amount = amounts[i];
    if (amount !== undefined && !amount.isZero()) total = total.plus(amount);
  }
  return total;
}

/**
 * Running totals: element i is the sum of amounts 0..i.
 *
 * @example
 * cumulativeSums([new Money(1), new Money(2), new Money(3)]).map(String); // ['1', '3', '6']
 */
export function cumulativeSums(amounts: readonly Decimal[]): Decimal[] {
  const sums = new Array<Decimal>(amounts.length);
  let running: Decimal = ZERO;
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i] as Decimal;
    running = amount.isZero() ? running : running.plus(amount);
    sums[i] = running;
  }
  return sums;
}
