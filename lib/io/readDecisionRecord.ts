import type { Result } from '../issues/issue.js';
import type { DecisionRecord } from '../record/decisionRecord.js';
import { parseDecisionRecord } from '../record/parseDecisionRecord.js';
import { parseJsonText } from '../scenario/parseJsonText.js';
import { readTextFile } from './readTextFile.js';

/**
 * Reads a decision record written by `costmodel report --record` (any version this
 * costmodel reads, upgraded to the current one). Every problem comes back as an issue
 * naming the file: a missing or unreadable file, invalid JSON (with its line and column),
 * and everything {@link parseDecisionRecord} finds, at its JSON Pointer.
 *
 * @example
 * const result = await readDecisionRecord('decision.json');
 * // problems come back as values, naming the file
 * result.ok ? result.value.revisit : result.issues.map(formatIssue); // ['decision.json: no such decision record']
 */
export async function readDecisionRecord(path: string): Promise<Result<DecisionRecord>> {
  const read = await readTextFile(path, 'decision record', 'json');
  if (!read.ok) return read;
  const text = read.value;
  const data = parseJsonText(text, path);
  if (!data.ok) return data;
  return parseDecisionRecord(data.value, path);
}
