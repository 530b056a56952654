import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The Decimal constructor every part of costmodel uses for money: a private clone of
 * decimal.js, so a host application's `Decimal.set(...)` can never change our arithmetic.
 *
 * 40 significant digits keep every intermediate value of a 1200-month schedule exact;
 * the default rounding is half away from zero, like a spreadsheet's ROUND(). `defaults: true`
 * starts from decimal.js's defaults, not from whatever the global constructor holds when this
 * module loads (a clone otherwise copies the host's `maxE`, `minE`, `modulo`…).
 *
 * @example
 * new Money('0.1').plus('0.2').toString(); // '0.3'
 */
export const Money = DecimalJs.clone({
  defaults: true,
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/**
 * A decimal value produced by {@link Money}: immutable, exact, with decimal.js's methods.
 *
 * @example
 * const total: Decimal = toDecimal('1485000.00');
 * total.dividedBy(36).toFixed(2); // '41250.00'
 * total.greaterThan('144000.00'); // true
 */
export type Decimal = DecimalJs;

/**
 * What money may be given as: a decimal string, a number, or a Decimal.
 *
 * @example
 * const inputs: DecimalInput[] = ['2.345', 2.345, toDecimal('2.345')];
 * inputs.map((amount) => roundMoney(amount, 2).toFixed(2)); // ['2.35', '2.35', '2.35']
 */
export type DecimalInput = string | number | Decimal;

/** Zero, shared: Decimals are immutable. */
export const ZERO: Decimal = new Money(0);
