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
  const known = recorded?.get(currency) ?? cache.get(currency);
  if (known !== undefined) return known;
  const digits = intlMinorUnitDigits(currency);
  cache.set(currency, digits);
  return digits;
}

function intlMinorUnitDigits(currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  if (digits === undefined) throw new Error(`Intl reported no minor unit for ${currency}`);
  return digits;
}

/** The versions of the ICU library and of its CLDR data, as `process.versions` names them. */
export type IcuVersions = { readonly icu?: string | undefined; readonly cldr?: string | undefined };

/**
 * The minor-unit digits `Intl.NumberFormat` gives for every currency the platform knows,
 * with the ICU and CLDR versions they come from.
 */
export type RecordedMinorUnitDigits = IcuVersions & { readonly digits: Readonly<Record<string, number>> };

/**
 * Asks `Intl.NumberFormat` for the minor-unit digits of every currency the platform knows,
 * as the build records them: the first NumberFormat a process builds loads ICU's locale data,
 * which cost `costmodel compare` more than its arithmetic.
 *
 * @example
 * recordMinorUnitDigits({ icu: '77.1', cldr: '47.0' }).digits.JPY; // 0
 */
export function recordMinorUnitDigits(versions: IcuVersions): RecordedMinorUnitDigits {
  const digits: Record<string, number> = {};
  for (const currency of Intl.supportedValuesOf('currency')) digits[currency] = intlMinorUnitDigits(currency);
  return { icu: versions.icu, cldr: versions.cldr, digits };
}

let recorded: ReadonlyMap<string, number> | undefined;

/**
 * Answers {@link minorUnitDigits} from digits recorded earlier, but only when they were
 * recorded with the very ICU and CLDR versions running now, so they are what
 * `Intl.NumberFormat` would say; otherwise Intl is asked, as without them. Says whether
 * they were taken.
 *
 * @example
 * useRecordedMinorUnitDigits({ icu: '1', cldr: '1', digits: { USD: 2 } }, { icu: '2', cldr: '1' }); // false
 */
export function useRecordedMinorUnitDigits(record: RecordedMinorUnitDigits | undefined, running: IcuVersions): boolean {
  const matches = record !== undefined && record.icu !== undefined && record.cldr !== undefined && record.icu === running.icu && record.cldr === running.cldr;
  recorded = matches ? new Map(Object.entries(record.digits)) : undefined;
  return matches;
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
