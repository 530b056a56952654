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

/**
 * Whether two Decimals are equal, as `a.equals(b)` says, without the copy of `b` that
 * `equals` makes: decimal.js keeps a finite value in one form only (its sign, exponent and
 * base-10^7 digits without trailing zero words), so equal values have equal parts; 0 and −0
 * are equal, and a value that is not finite is left to `equals`.
 *
 * @example
 * [sameDecimal(new Money('1.50'), new Money('1.5')), sameDecimal(new Money('0'), new Money('-0')), sameDecimal(new Money(2), new Money(3))]; // [true, true, false]
 * const nan = new Money(NaN);
 * [sameDecimal(nan, nan), sameDecimal(ZERO, ZERO)]; // [false, true]
 */
export function sameDecimal(a: Decimal, b: Decimal): boolean {
  const x = a.d as number[] | null;
  const y = b.d as number[] | null;
  if (x === null || y === null) return a.equals(b);
  // Values read from files alike are one instance (lib/money/parseDecimal.ts).
  if (a === b) return true;
  if (x[0] === 0 || y[0] === 0) return x[0] === y[0];
  if (a.s !== b.s || a.e !== b.e || x.length !== y.length) return false;
  for (let index = 0; index < x.length; index++) if (x[index] !== y[index]) return false;
  return true;
}
