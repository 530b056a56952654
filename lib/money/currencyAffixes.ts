import { recordedCurrencyAffixes } from './minorUnitDigits.js';

/**
 * What stands before and after an amount in a currency, in English: `$` and `` for USD, `CHF ` and `` for CHF.
 *
 * @example
 * const { prefix, suffix }: CurrencyAffixes = currencyAffixes('EUR');
 * `${prefix}1,000${suffix}`; // '€1,000'
 */
export type CurrencyAffixes = { readonly prefix: string; readonly suffix: string };

/**
 * The currency's symbol as English-language documents write it, from the platform's ICU data
 * through `Intl.NumberFormat`, or from what the build recorded from it when the very same ICU
 * and CLDR versions run (like {@link minorUnitDigits}).
 *
 * @example
 * currencyAffixes('USD'); // { prefix: '$', suffix: '' }
 * currencyAffixes('CHF'); // { prefix: 'CHF ', suffix: '' }
 */
export function currencyAffixes(currency: string): CurrencyAffixes {
  // A chart writes its currency on every point's tooltip: a NumberFormat per call cost a
  // 10-scenario × 120-month break-even chart most of its time.
  let affixes = AFFIXES.get(currency);
  if (affixes === undefined) {
    const recorded = recordedCurrencyAffixes(currency);
    affixes = recorded === undefined ? intlCurrencyAffixes(currency) : { prefix: recorded[0], suffix: recorded[1] };
    AFFIXES.set(currency, affixes);
  }
  return affixes;
}

const AFFIXES = new Map<string, CurrencyAffixes>();

/** What `Intl.NumberFormat` writes before and after an amount in a currency, in English. */
export function intlCurrencyAffixes(currency: string): CurrencyAffixes {
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
