import { createRequire } from 'node:module';
import type * as JsoncParser from 'jsonc-parser';
import type { Issue, Result } from '../issues/issue.js';
import { duplicateKeyIssues } from './duplicateKeyIssues.js';
import { inexactNumberIssues } from './inexactNumberIssues.js';
import { lineAndColumn } from './lineAndColumn.js';

/**
 * Parses JSON text, reporting the first syntax error with its 1-based line and column (a UTF-8
 * byte order mark, as some editors write, is ignored), or every key an object gives twice, or
 * every number with more digits than a JSON number keeps, which would be read as another. The fast path is `JSON.parse`; only
 * when it fails does jsonc-parser re-read the text, because V8's messages do not always
 * say where the error is.
 *
 * @example
 * const result = parseJsonText('{\n  "name": "x",\n}', 'a.json');
 * // the trailing comma, at line 2, column 14
 * !result.ok && [result.issues[0]?.line, result.issues[0]?.column]; // [2, 14]
 */
export function parseJsonText(text: string, file?: string): Result<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (error) {
    // Loaded only now: a valid file never pays for the error locator.
    const { parse: parseTolerantly, printParseErrorCode } = createRequire(import.meta.url)('jsonc-parser') as typeof JsoncParser;
    const errors: JsoncParser.ParseError[] = [];
    parseTolerantly(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const issues = errors.map((syntaxError): Issue => {
      const { offset, message } = describeSyntaxError(body, syntaxError, printParseErrorCode(syntaxError.error));
      const { line, column } = lineAndColumn(body, offset);
      return { code: 'invalid-json', ...(file === undefined ? {} : { file }), line, column, message: `invalid JSON: ${message}` };
    });
    if (issues.length === 0) {
      // JSON.parse and jsonc-parser disagree (should not happen): still report, without a place.
      issues.push({ code: 'invalid-json', ...(file === undefined ? {} : { file }), message: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` });
    }
    return { ok: false, issues: issues.slice(0, 1) };
  }
  // A key given twice leaves the data with fewer keys than the text has: only then is the text read again to find it.
  const repeated = keysInText(body, keysInValue(value)) ? [] : duplicateKeyIssues(body, file);
  if (repeated.length > 0) return { ok: false, issues: repeated };
  const inexact = inexactNumberIssues(body, file);
  return inexact.length > 0 ? { ok: false, issues: inexact } : { ok: true, value };
}

// Unrolled, so that a long string is not matched a character at a time (which can overflow the matcher's stack).
const STRINGS = /"[^"\\]*(?:\\.[^"\\]*)*"/g;

/**
 * Whether a valid JSON text gives `keys` keys: outside its strings, each ":" follows a key.
 * When the text has no more ":" than that at all, none is in a string, and it does; else its
 * strings are taken out before counting.
 */
function keysInText(text: string, keys: number): boolean {
  if (colons(text) === keys) return true;
  return colons(text.replace(STRINGS, '')) === keys;
}

function colons(text: string): number {
  let count = 0;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) count++;
  return count;
}

/** The keys of every object in parsed JSON data. */
function keysInValue(data: unknown): number {
  let count = 0;
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    // Counted loops: until V8 optimizes this function, an iterator makes an object per step.
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) pending.push(value[index]);
    } else {
      const keys = Object.keys(value);
      count += keys.length;
      for (let index = 0; index < keys.length; index++) pending.push((value as Record<string, unknown>)[keys[index] as string]);
    }
  }
  return count;
}

const REASONS: Record<string, string> = {
  InvalidSymbol: 'expected a JSON value',
  InvalidNumberFormat: 'expected a number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between values',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the array',
  EndOfFileExpected: 'expected the end of the file after the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'the text is missing its closing double quote',
  UnexpectedEndOfNumber: 'the number is incomplete',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character in a string',
  InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
};

/**
 * Where a syntax error is and what to say about it. Two common slips get their own words: a
 * trailing comma (pointed at the comma, not at the bracket after it) and a string that runs
 * to the end of the line without its closing quote.
 */
function describeSyntaxError(body: string, syntaxError: JsoncParser.ParseError, code: string): { offset: number; message: string } {
  const { offset, length } = syntaxError;
  const atEnd = offset >= body.length;
  const next = body.charAt(offset);
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && (next === '}' || next === ']')) {
    const comma = previousNonBlank(body, offset);
    if (comma !== undefined && body.charAt(comma) === ',') {
      const what = next === '}' ? 'property' : 'value';
      return { offset: comma, message: `expected another ${what} after this ",", found "${next}" (JSON allows no trailing comma)` };
    }
  }
  if (body.trim() === '') return { offset: 0, message: 'expected a JSON value, found an empty file' };
  if (code === 'UnexpectedEndOfString') {
    const end = offset + length >= body.length ? 'the end of the file' : 'the end of the line';
    return { offset, message: `the text that starts here is missing its closing double quote, found ${end}` };
  }
  const found = atEnd ? 'the end of the file' : JSON.stringify(body.slice(offset, offset + Math.max(1, Math.min(length, 20))));
  return { offset, message: `${REASONS[code] ?? code}, found ${found}` };
}

function previousNonBlank(text: string, offset: number): number | undefined {
  for (let i = offset - 1; i >= 0; i--) if (!/\s/.test(text.charAt(i))) return i;
  return undefined;
}
