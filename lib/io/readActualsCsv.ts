import type { Result } from '../issues/issue.js';
import { parseActualsCsv, type ActualsRow } from '../actuals/parseActualsCsv.js';
import { readTextFile } from './readTextFile.js';

/**
 * How to read an actuals file: the reporting currency (the plan's,
 * `comparison.settings.currency`) and the digits of its minor unit (default: from `Intl`).
 *
 * @example
 * const options: ReadActualsOptions = { currency: 'USD', minorDigits: 2 };
 * const result = await readActualsCsv('scenarios/actuals/self-hosted-2009-05-to-2010-04.csv', options);
 * result.ok && result.value.length; // 13
 */
export type ReadActualsOptions = {
  readonly currency: string;
  readonly minorDigits?: number;
};

/**
 * Reads actual spending from a CSV file (UTF-8) exported from a spreadsheet: see
 * {@link parseActualsCsv} for the columns and the amounts it reads. A missing or unreadable
 * file, like every problem in it, comes back as issues naming the file.
 *
 * @example
 * const result = await readActualsCsv('scenarios/actuals/self-hosted-2009-05-to-2010-04.csv', { currency: 'USD' });
 * result.ok && result.value.slice(6, 8);
 * // [{ line: 8, month: '2009-11', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.00' },
 * //  { line: 9, month: '2009-11', scenario: 'Self-hosted', item: null, amount: '1850.00' }]
 *
 * @example
 * const result = await readActualsCsv('scenarios/actuals/missing.csv', { currency: 'USD' });
 * result.ok ? result.value : result.issues; // [{ code: 'file-not-found', file: 'scenarios/actuals/missing.csv', message: 'no such CSV file' }]
 */
export async function readActualsCsv(path: string, options: ReadActualsOptions): Promise<Result<ActualsRow[]>> {
  const read = await readTextFile(path, 'CSV file');
  if (!read.ok) return read;
  const text = read.value;
  return parseActualsCsv(text, { file: path, currency: options.currency, ...(options.minorDigits === undefined ? {} : { minorDigits: options.minorDigits }) });
}
