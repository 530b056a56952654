import { Money, type Decimal } from './decimal.js';

/**
 * The exact Decimal of a money string from a result, to compute further in a notebook:
 * results carry money as decimal strings (`"1485000.00"`) so they serialise exactly.
 *
 * @example
 * toDecimal('1485000.00').minus(toDecimal('144000.00')).toFixed(2); // '1341000.00'
 */
export function toDecimal(amount: string): Decimal {
  return new Money(amount);
}
