import { Money } from '../../money/decimal.js';
import type { ComparisonSettings } from '../../report/comparison.js';
import { monthSpan } from './monthAxis.js';

/**
 * `n` and a noun, plural when needed.
 *
 * @example
 * countOf(36, 'month'); // '36 months'
 * countOf(1, 'month'); // '1 month'
 */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The line under every chart title that says over what it compares: horizon, calendar span,
 * currency and discounting.
 *
 * @example
 * const { settings } = compare([selfHosted, managedProvider], { months: 36 });
 * horizonLine(settings); // '36 months, May 2009 – Apr 2012 · USD · not discounted'
 * horizonLine(settings, { discounting: false }); // '36 months, May 2009 – Apr 2012 · USD'
 */
export function horizonLine(settings: ComparisonSettings, options: { readonly discounting?: boolean } = {}): string {
  const parts = [`${countOf(settings.months, 'month')}, ${monthSpan(settings.from, settings.to)}`, settings.currency];
  if (options.discounting ?? true) parts.push(discountPhrase(settings));
  if (settings.ranges === 'medians') parts.push('ranges at their medians');
  return parts.join(' · ');
}

/**
 * How the amounts are discounted, in words.
 *
 * @example
 * discountPhrase(compare([selfHosted], { discountRate: '8%' }).settings); // 'NPV at 8% a year'
 * discountPhrase(compare([selfHosted]).settings); // 'not discounted'
 */
export function discountPhrase(settings: ComparisonSettings): string {
  if (settings.discountRate === null) return 'not discounted';
  return `NPV at ${percent(settings.discountRate)} a year`;
}

/**
 * A rate as a percentage.
 *
 * @example
 * percent('0.08'); // '8%'
 */
export function percent(rate: string): string {
  return `${new Money(rate).times(100).toString()}%`;
}
