const cache = new Map<string, number>();

/**
 * The number of digits of a currency's minor unit (2 for USD, 0 for JPY, 3 for KWD),
 * taken from the platform's ICU data through `Intl.NumberFormat`.
 *
 * @example
 * minorUnitDigits('USD'); // 2
 * minorUnitDigits('JPY'); // 0
 */
export function minorUnitDigits(currency: string): number {
  const known = cache.get(currency);
  if (known !== undefined) return known;
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  if (digits === undefined) throw new Error(`Intl reported no minor unit for ${currency}`);
  cache.set(currency, digits);
  return digits;
}

/**
 * Whether a string is a currency code the platform knows (ISO 4217, e.g. `USD`).
 *
 * @example
 * isKnownCurrency('EUR'); // true
 * isKnownCurrency('XYZ1'); // false
 */
export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

let knownCurrencies: Set<string> | undefined;
