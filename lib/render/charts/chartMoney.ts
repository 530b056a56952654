import { Money } from '../../money/decimal.js';
import { currencyAffixes } from '../../money/currencyAffixes.js';
import { formatMoney } from '../../money/formatMoney.js';
import { FONT_SIZE } from './chartTheme.js';
import { textWidth } from './textWidth.js';

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
 * Writes an amount for a chart: currency symbol, thousands separators, and either the
 * minor-unit digits (`cents: 'always'`, for tooltips) or whole units rounded half away from
 * zero (`cents: 'never'`, for labels on the picture; the table beneath keeps every cent).
 *
 * @example
 * chartMoney('1485000.00', 'USD', 2); // '$1,485,000.00'
 * chartMoney('296080.18', 'USD', 2, { cents: 'never' }); // '$296,080'
 * chartMoney('-2.50', 'EUR', 2); // '-€2.50'
 */
export function chartMoney(amount: string, currency: string, digits: number, options: { readonly cents?: 'always' | 'never' } = {}): string {
  const value = new Money(amount);
  const body = formatMoney(value.abs(), { digits: options.cents === 'never' ? 0 : digits, grouping: true });
  const { prefix, suffix } = currencyAffixes(currency);
  const sign = value.isNegative() && /[1-9]/.test(body) ? '-' : '';
  return `${sign}${prefix}${body}${suffix}`;
}

/**
 * A number as `toLocaleString('en')` writes it; a whole number below 10^21 without building
 * a NumberFormat, whose first use loads ICU's locale data.
 */
function englishNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
  return value.toLocaleString('en');
}

/**
 * A Vega expression for money axis labels: the currency symbol and a compact amount
 * (`$800K`, `$1.4M`, `$2B`), so the labels stay short at any scale.
 *
 * @example
 * moneyAxisLabelExpr('EUR').startsWith(`(datum.value < 0 ? '-' : '') + "€"`); // true
 */
export function moneyAxisLabelExpr(currency: string): string {
  const { prefix, suffix } = currencyAffixes(currency);
  const scaled = (divisor: string, unit: string) => `format(abs(datum.value) / ${divisor}, '.3~r') + '${unit}'`;
  const body =
    `abs(datum.value) >= 1e9 ? ${scaled('1e9', 'B')} : abs(datum.value) >= 1e6 ? ${scaled('1e6', 'M')} : ` +
    `abs(datum.value) >= 1e3 ? ${scaled('1e3', 'K')} : format(abs(datum.value), ',.4~r')`;
  return `(datum.value < 0 ? '-' : '') + ${JSON.stringify(prefix)} + (${body}) + ${JSON.stringify(suffix)}`;
}

/**
 * What {@link moneyAxisLabelExpr} writes for a value, computed here to measure the axis.
 * Three significant digits, like the expression's `.3~r` format.
 *
 * @example
 * compactMoney(1400000, 'USD'); // '$1.4M'
 * compactMoney(85000, 'USD'); // '$85K'
 */
export function compactMoney(value: number, currency: string): string {
  const { prefix, suffix } = currencyAffixes(currency);
  const magnitude = Math.abs(value);
  const units: readonly [number, string][] = [[1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  const unit = units.find(([divisor]) => magnitude >= divisor);
  const digits = (n: number, significant: number) => String(Number(n.toPrecision(significant)));
  const body = unit === undefined ? englishNumber(Number(digits(magnitude, 4))) : `${digits(magnitude / unit[0], 3)}${unit[1]}`;
  return `${value < 0 ? '-' : ''}${prefix}${body}${suffix}`;
}

/** Tick, label padding, title and title padding of a y axis, besides its widest label. */
const Y_AXIS_FURNITURE_PX = 5 + 2 + FONT_SIZE.axisTitle + 6;

/**
 * About how wide a money y axis is whose largest value is `maxValue`: its widest label plus
 * ticks and title. Used to size plots so a whole chart comes out 800 px wide.
 *
 * @example
 * Math.round(moneyAxisWidth(1485000, 'USD')); // 56
 */
export function moneyAxisWidth(maxValue: number, currency: string): number {
  const top = maxValue <= 0 ? 0 : Number(maxValue.toPrecision(2));
  return Math.max(textWidth(compactMoney(top, currency), FONT_SIZE.label), textWidth(compactMoney(0, currency), FONT_SIZE.label)) + Y_AXIS_FURNITURE_PX;
}
