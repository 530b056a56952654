import { readFile } from 'node:fs/promises';
import type { Result } from '../issues/issue.js';
import { fileErrorIssue } from './fileErrorIssue.js';

/**
 * The text of a UTF-8 file, for a parser in the core; a missing or unreadable file is an
 * issue naming it, `what` saying what the file was to be ("CSV file", "decision record").
 *
 * @example
 * const read = await readTextFile('scenarios/actuals/self-hosted-2009-05-to-2010-04.csv', 'CSV file');
 * read.ok && read.value.split('\n')[0]; // 'Month,Scenario,Item,Amount'
 * const missing = await readTextFile('decision.json', 'decision record');
 * missing.ok ? '' : missing.issues.map(formatIssue); // ['decision.json: no such decision record']
 */
export async function readTextFile(path: string, what: string): Promise<Result<string>> {
  try {
    return { ok: true, value: await readFile(path, 'utf8') };
  } catch (error) {
    return { ok: false, issues: [fileErrorIssue(path, error, what)] };
  }
}
