import { Money } from '../../money/decimal.js';
import { formatMoney } from '../../money/formatMoney.js';

/** What stands before and after an amount in a currency, in English: `$` and `` for USD, `CHF ` and `` for CHF. */
export type CurrencyAffixes = { readonly prefix: string; readonly suffix: string };

/**
 * The currency's symbol as English-language documents write it, from the platform's ICU data.
 *
 * @example
 * currencyAffixes('USD'); // { prefix: '$', suffix: '' }
 * currencyAffixes('CHF'); // { prefix: 'CHF ', suffix: '' }
 */
export function currencyAffixes(currency: string): CurrencyAffixes {
  const parts = new Intl.NumberFormat('en', { style: 'currency', currency }).formatToParts(1);
  const number = parts.findIndex((part) => part.type === 'integer');
  const text = (from: number, to: number) =>
    parts
      .slice(from, to)
      .filter((part) => part.type === 'currency' || part.type === 'literal')
      .map((part) => part.value.replace(/\u00a0/g, ' '))
      .join('');
  return { prefix: text(0, number), suffix: text(number + 1, parts.length) };
}

/**
 * A decimal-string amount as a chart draws it: a JS number. The only place money leaves
 * Decimal, for a position on an axis; every label is written from the exact string instead.
 *
 * @example
 * chartNumber('1485000.00'); // 1485000
 */
export function chartNumber(amount: string): number {
  return new Money(amount).toNumber();
}

/**
 * Writes an exact amount for a chart label or tooltip: currency symbol, thousands separators,
 * and the minor-unit digits — dropped when they are all zero and `cents` is `'when-needed'`.
 *
 * @example
 * chartMoney('1485000.00', 'USD', 2); // '$1,485,000.00'
 * chartMoney('1341000.00', 'USD', 2, { cents: 'when-needed' }); // '$1,341,000'
 * chartMoney('-2.50', 'EUR', 2); // '-€2.50'
 */
export function chartMoney(amount: string, currency: string, digits: number, options: { readonly cents?: 'always' | 'when-needed' } = {}): string {
  const value = new Money(amount);
  const shownDigits = options.cents === 'when-needed' && value.isInteger() ? 0 : digits;
  const body = formatMoney(value.abs(), { digits: shownDigits, grouping: true });
  const { prefix, suffix } = currencyAffixes(currency);
  const sign = value.isNegative() && !value.isZero() ? '-' : '';
  return `${sign}${prefix}${body}${suffix}`;
}

/**
 * A Vega expression for money axis labels: the currency symbol and a compact amount
 * (`$800K`, `$1.4M`, `$2B`), so the labels stay short at any scale.
 *
 * @example
 * moneyAxisLabelExpr('USD'); // an expression that turns 1400000 into '$1.4M'
 */
export function moneyAxisLabelExpr(currency: string): string {
  const { prefix, suffix } = currencyAffixes(currency);
  const scaled = (divisor: string, unit: string) => `format(abs(datum.value) / ${divisor}, '.3~r') + '${unit}'`;
  const body =
    `abs(datum.value) >= 1e9 ? ${scaled('1e9', 'B')} : abs(datum.value) >= 1e6 ? ${scaled('1e6', 'M')} : ` +
    `abs(datum.value) >= 1e3 ? ${scaled('1e3', 'K')} : format(abs(datum.value), ',.4~r')`;
  return `(datum.value < 0 ? '-' : '') + ${JSON.stringify(prefix)} + (${body}) + ${JSON.stringify(suffix)}`;
}
