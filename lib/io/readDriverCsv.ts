import { readFile } from 'node:fs/promises';
import type { Result } from '../issues/issue.js';
import { parseDriverCsv, type DriverCsv } from '../scenario/parseDriverCsv.js';
import { fileErrorIssue } from './fileErrorIssue.js';

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
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, issues: [fileErrorIssue(path, error, 'CSV file')] };
  }
  return parseDriverCsv(text, path, column);
}
