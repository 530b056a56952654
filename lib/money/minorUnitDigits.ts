const cache = new Map<string, number>();

/**
 * The number of digits of a currency's minor unit (2 for USD, 0 for JPY, 3 for KWD),
 * taken from the platform's ICU data through `Intl.NumberFormat`, or from the digits the
 * build recorded from it when the very same ICU and CLDR versions run.
 *
 * @example
 * minorUnitDigits('USD'); // 2
 * minorUnitDigits('JPY'); // 0
 */
export function minorUnitDigits(currency: string): number {
  const known = recorded?.digits.get(currency) ?? cache.get(currency);
  if (known !== undefined) return known;
  const digits = intlMinorUnitDigits(currency);
  cache.set(currency, digits);
  return digits;
}

/** What `Intl.NumberFormat` says of a currency's minor-unit digits. */
export function intlMinorUnitDigits(currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  if (digits === undefined) throw new Error(`Intl reported no minor unit for ${currency}`);
  return digits;
}

/** The versions of the ICU library and of its CLDR data, as `process.versions` names them. */
export type IcuVersions = { readonly icu?: string | undefined; readonly cldr?: string | undefined };

/**
 * What `Intl.NumberFormat` says of every currency the platform knows — its minor-unit digits
 * and, in English, what stands before and after an amount — with the ICU and CLDR versions
 * it comes from (lib/money/recordCurrencies.ts makes one).
 */
export type RecordedCurrencies = IcuVersions & {
  readonly digits: Readonly<Record<string, number>>;
  readonly affixes?: Readonly<Record<string, readonly [prefix: string, suffix: string]>>;
};

let recorded: { readonly digits: ReadonlyMap<string, number>; readonly affixes: ReadonlyMap<string, readonly [string, string]> } | undefined;

/**
 * Answers {@link minorUnitDigits} and currencyAffixes from what was recorded earlier, but
 * only when it was recorded with the very ICU and CLDR versions running now, so it is what
 * `Intl.NumberFormat` would say; otherwise Intl is asked, as without a record. Says whether
 * the record was taken.
 *
 * @example
 * useRecordedCurrencies({ icu: '1', cldr: '1', digits: { USD: 2 } }, { icu: '2', cldr: '1' }); // false
 */
export function useRecordedCurrencies(record: RecordedCurrencies | undefined, running: IcuVersions): boolean {
  const matches = record !== undefined && record.icu !== undefined && record.cldr !== undefined && record.icu === running.icu && record.cldr === running.cldr;
  recorded = matches ? { digits: new Map(Object.entries(record.digits)), affixes: new Map(Object.entries(record.affixes ?? {})) } : undefined;
  return matches;
}

/** The English affixes of a currency recorded with the ICU and CLDR running, if any. */
export function recordedCurrencyAffixes(currency: string): readonly [prefix: string, suffix: string] | undefined {
  return recorded?.affixes.get(currency);
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
