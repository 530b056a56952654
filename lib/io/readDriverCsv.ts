import type { Result } from '../issues/issue.js';
import { parseDriverCsv, type DriverCsv } from '../scenario/parseDriverCsv.js';
import { readTextFile } from './readTextFile.js';

/**
 * Reads a driver's values from a CSV file: see {@link parseDriverCsv} for what the file holds.
 * A missing or unreadable file, like every problem in it, comes back as issues naming the file.
 *
 * @example
 * const result = await readDriverCsv('scenarios/customers.csv', 'customers');
 * // problems come back as values, naming the file
 * result.ok ? result.value : result.issues.map((issue) => [issue.code, issue.file]); // [['file-not-found', 'scenarios/customers.csv']]
 */
export async function readDriverCsv(path: string, column: string): Promise<Result<DriverCsv>> {
  const read = await readTextFile(path, 'CSV file');
  if (!read.ok) return read;
  const text = read.value;
  return parseDriverCsv(text, path, column);
}
