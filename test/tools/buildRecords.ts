/**
 * Facts of the platform the build records into the bundles (esbuild `define`), each used at
 * run time only where it still holds:
 *
 *   COSTMODEL_RECORDED_CURRENCIES   every currency's minor-unit digits and English affixes
 *                                   as this Node's Intl.NumberFormat gives them, with its
 *                                   ICU and CLDR versions (lib/io/recordedCurrencies.ts)
 */
import { recordCurrencies } from '../../lib/money/recordCurrencies.js';

/** The `define` entries of the Node bundles. */
export function recordedPlatformFacts(): Record<string, string> {
  return { COSTMODEL_RECORDED_CURRENCIES: JSON.stringify(JSON.stringify(recordCurrencies({ icu: process.versions['icu'], cldr: process.versions['cldr'] }))) };
}
