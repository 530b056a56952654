import { useRecordedMinorUnitDigits, type RecordedMinorUnitDigits } from '../money/minorUnitDigits.js';

/**
 * The minor-unit digits the build recorded, as JSON (test/tools/build.ts writes them into
 * the bundles in place of this name); run from the sources there are none.
 */
declare const COSTMODEL_RECORDED_MINOR_UNIT_DIGITS: string | undefined;

let checked = false;

/**
 * Lets minorUnitDigits answer from the digits the build recorded when this Node runs the
 * ICU and CLDR versions they were recorded with; checked once per process.
 */
export function useBuildMinorUnitDigits(): void {
  if (checked) return;
  checked = true;
  if (typeof COSTMODEL_RECORDED_MINOR_UNIT_DIGITS !== 'string') return;
  const record = JSON.parse(COSTMODEL_RECORDED_MINOR_UNIT_DIGITS) as RecordedMinorUnitDigits;
  useRecordedMinorUnitDigits(record, { icu: process.versions['icu'], cldr: process.versions['cldr'] });
}
