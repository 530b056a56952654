import { Money, ZERO, type Decimal, type DecimalInput } from '../money/decimal.js';

/**
 * Net present value of monthly payments at an annual effective discount rate: the payment
 * of month m (0-based from the start of the analysis, paid at the start of that month) is
 * discounted by (1 + rate)^(−m/12). The first month is not discounted; see
 * {@link spreadsheetNpv} for how this relates to a spreadsheet's NPV(). Not rounded.
 *
 * @example
 * // 1,000 now and 1,100 in twelve months at 10% a year are worth 2,000 today
 * npv([toDecimal('1000'), ...new Array(11).fill(undefined), toDecimal('1100')], '0.10').toFixed(2); // '2000.00'
 */
export function npv(monthly: readonly (Decimal | undefined)[], annualRate: DecimalInput): Decimal {
  const factors = monthlyDiscountFactors(annualRate, monthly.length);
  let total: Decimal = ZERO;
  for (let m = 0; m < monthly.length; m++) {
    const amount = monthly[m];
    if (amount !== undefined && !amount.isZero()) total = total.plus(amount.times(factors[m] as Decimal));
  }
  return total;
}

/**
 * Discount factors (1 + rate)^(−m/12) for m = 0 … count−1, computed by repeated
 * multiplication of the monthly factor (40 significant digits keep 1,200 steps exact
 * to far below a cent).
 *
 * @example
 * monthlyDiscountFactors('0.10', 13).map((factor) => factor.toFixed(6)).filter((_, m) => m % 6 === 0); // ['1.000000', '0.953463', '0.909091']
 */
export function monthlyDiscountFactors(annualRate: DecimalInput, count: number): Decimal[] {
  const monthly = new Money(1).plus(annualRate).pow(new Money(-1).dividedBy(12));
  const factors = new Array<Decimal>(count);
  let factor = new Money(1);
  for (let m = 0; m < count; m++) {
    factors[m] = factor;
    factor = factor.times(monthly);
  }
  return factors;
}

/**
 * A spreadsheet's NPV(rate, value1, …, valueN): Σ value_i / (1 + rate)^i for i = 1…N, so the
 * first value is discounted by one whole period. Kept to check costmodel against published
 * spreadsheet examples: costmodel's {@link npv} of payments 12 months apart equals
 * `value0 + spreadsheetNpv(rate, [value12, value24, …])`.
 *
 * @example
 * spreadsheetNpv('0.10', ['-10000', '3000', '4200', '6800']).toFixed(2); // '1188.44'
 */
export function spreadsheetNpv(rate: DecimalInput, values: readonly DecimalInput[]): Decimal {
  const base = new Money(1).plus(rate);
  let total: Decimal = ZERO;
  values.forEach((value, i) => {
    total = total.plus(new Money(value).dividedBy(base.pow(i + 1)));
  });
  return total;
}
