import { useRecordedCurrencies, type RecordedCurrencies } from '../money/minorUnitDigits.js';

/**
 * What the build recorded of every currency (minor-unit digits, English affixes), as JSON
 * (test/tools/build.ts writes it into the bundles in place of this name); run from the
 * sources there is none.
 */
declare const COSTMODEL_RECORDED_CURRENCIES: string | undefined;

let checked = false;

/**
 * Lets minorUnitDigits and currencyAffixes answer from what the build recorded when this
 * Node runs the ICU and CLDR versions it was recorded with; checked once per process.
 */
export function useBuildCurrencies(): void {
  if (checked) return;
  checked = true;
  if (typeof COSTMODEL_RECORDED_CURRENCIES !== 'string') return;
  const record = JSON.parse(COSTMODEL_RECORDED_CURRENCIES) as RecordedCurrencies;
  useRecordedCurrencies(record, { icu: process.versions['icu'], cldr: process.versions['cldr'] });
}
