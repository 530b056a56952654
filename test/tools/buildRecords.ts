/**
 * Facts of the platform the build records into the bundles (esbuild `define`), each used at
 * run time only where it still holds:
 *
 *   COSTMODEL_RECORDED_MINOR_UNIT_DIGITS   every currency's minor-unit digits as this Node's
 *                                          Intl.NumberFormat gives them, with its ICU and
 *                                          CLDR versions (lib/io/recordedMinorUnitDigits.ts)
 */
import { recordMinorUnitDigits } from '../../lib/money/minorUnitDigits.js';

/** The `define` entries of the Node bundles. */
export function recordedPlatformFacts(): Record<string, string> {
  return { COSTMODEL_RECORDED_MINOR_UNIT_DIGITS: JSON.stringify(JSON.stringify(recordMinorUnitDigits({ icu: process.versions['icu'], cldr: process.versions['cldr'] }))) };
}
