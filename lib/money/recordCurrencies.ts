import { intlCurrencyAffixes } from './currencyAffixes.js';
import { intlMinorUnitDigits, type IcuVersions, type RecordedCurrencies } from './minorUnitDigits.js';

/**
 * Asks `Intl.NumberFormat` what it says of every currency the platform knows (minor-unit
 * digits, English affixes), as the build records it: the first NumberFormat a process builds
 * loads ICU's locale data, which cost `costmodel compare` more than its arithmetic.
 *
 * @example
 * recordCurrencies({ icu: '77.1', cldr: '47.0' }).digits.JPY; // 0
 */
export function recordCurrencies(versions: IcuVersions): RecordedCurrencies {
  const digits: Record<string, number> = {};
  const affixes: Record<string, readonly [string, string]> = {};
  for (const currency of Intl.supportedValuesOf('currency')) {
    digits[currency] = intlMinorUnitDigits(currency);
    const { prefix, suffix } = intlCurrencyAffixes(currency);
    affixes[currency] = [prefix, suffix];
  }
  return { icu: versions.icu, cldr: versions.cldr, digits, affixes };
}
