import type { IssueCode } from './issueCodes.js';
import { visibleText } from './visibleText.js';

/**
 * A problem with the user's input: data, not an exception. Validation collects every issue
 * in a file before anything is reported; {@link formatIssue} turns one into a line for people.
 *
 * @example
 * const issues: Issue[] = validateScenario({ name: 'x', currency: 'USD', start: '2009-5', costs: [] }, 'x.json');
 * issues.map(({ code, file, path }) => ({ code, file, path })); // [{ code: 'invalid-value', file: 'x.json', path: '/start' }]
 */
export type Issue = {
  /** A stable, machine-readable code, e.g. `unknown-key`, `invalid-json`, `mixed-currencies`: one of {@link IssueCode}. */
  readonly code: IssueCode;
  /** The file the problem is in, as the user named it; absent for options and settings. */
  readonly file?: string;
  /** A JSON pointer into the file (`/costs/1/amount`); `''` is the whole document. */
  readonly path?: string;
  /** 1-based line and column, for JSON syntax errors and CSV rows. */
  readonly line?: number;
  readonly column?: number;
  /** One sentence: what was expected and what was found. */
  readonly message: string;
};

/**
 * Writes an issue as one line: `file:line:column: message` or `file: /json/pointer: message`.
 * Control characters in it are written as `\\uXXXX`, so a line never moves a terminal's cursor.
 *
 * @example
 * formatIssue({ code: 'unknown-key', file: 'a.json', path: '/costs/1', message: 'unknown key "amonut" (did you mean "amount"?)' });
 * // 'a.json: /costs/1: unknown key "amonut" (did you mean "amount"?)'
 */
export function formatIssue(issue: Issue): string {
  const where: string[] = [];
  if (issue.file !== undefined) {
    let file = issue.file;
    if (issue.line !== undefined) file += `:${issue.line}`;
    if (issue.line !== undefined && issue.column !== undefined) file += `:${issue.column}`;
    where.push(file);
  }
  if (issue.path !== undefined) where.push(issue.path === '' ? '/' : issue.path);
  // Text quoted from a file (a CSV cell, a key) may hold escape sequences: shown, never obeyed.
  return visibleText(where.length > 0 ? `${where.join(': ')}: ${issue.message}` : issue.message);
}

/**
 * Thrown by the convenience functions (`compare`, `loadScenarios`) when the input is
 * invalid; carries every issue found. The `try…` variants return the issues instead.
 *
 * @example
 * const error = await loadScenarios(['scenarios/self-hosted.json', 'scenarios/missing.json']).catch((e: unknown) => e);
 * error instanceof InputError && error.issues.map((issue) => [issue.code, issue.file]); // [['file-not-found', 'scenarios/missing.json']]
 */
export class InputError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'InputError';
    this.issues = issues;
  }
}

/**
 * The outcome of an operation that can fail on bad input: a value, or every issue found.
 *
 * @example
 * const result: Result<Scenario> = parseScenario({ name: 'x', currency: 'usd', start: '2009-05', costs: [] }, 'x.json');
 * result.ok ? result.value.name : result.issues.map(formatIssue);
 * // ['x.json: /currency: expected a three-letter ISO 4217 currency code in capitals (e.g. "USD"), found "usd"']
 */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Unwraps a result, throwing {@link InputError} with its issues when it failed.
 *
 * @example
 * unwrap(parseScenario({ name: 'x', currency: 'USD', start: '2009-05', costs: [] })).name; // 'x'
 * unwrap({ ok: true, value: 42 }); // 42
 */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new InputError(result.issues);
}
