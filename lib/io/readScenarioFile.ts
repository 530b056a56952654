import { readFile } from 'node:fs/promises';
import type { Issue, Result } from '../issues/issue.js';
import { parseJsonText } from '../scenario/parseJsonText.js';
import { parseScenario } from '../scenario/parseScenario.js';
import type { Scenario } from '../scenario/scenario.js';
import { fileErrorIssue } from './fileErrorIssue.js';

/**
 * Reads, validates and normalizes one scenario file. Every problem in the file comes back
 * at once, each naming the file and the place.
 *
 * @example
 * const result = await readScenarioFile('scenarios/self-hosted.json');
 * result.ok && result.value.name; // 'Self-hosted'
 */
export async function readScenarioFile(path: string): Promise<Result<Scenario>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, issues: [fileErrorIssue(path, error, 'scenario file')] };
  }
  const json = parseJsonText(text, path);
  if (!json.ok) return json;
  return parseScenario(json.value, path);
}

/**
 * Reads several scenario files; the result lists the problems of every file, not just the
 * first one that failed.
 *
 * @example
 * const result = await tryLoadScenarios(['scenarios/self-hosted.json', 'scenarios/missing.json', 'scenarios/other.json']);
 * result.ok ? result.value.length : result.issues.map((issue) => issue.code); // ['file-not-found', 'file-not-found']
 */
export async function tryLoadScenarios(paths: readonly string[]): Promise<Result<Scenario[]>> {
  const results = await Promise.all(paths.map(readScenarioFile));
  const issues: Issue[] = results.flatMap((result) => (result.ok ? [] : result.issues));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: results.map((result) => (result.ok ? result.value : (undefined as never))) };
}
