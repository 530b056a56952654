import { Money } from '../money/decimal.js';
import type { Issue } from '../issues/issue.js';
import { closingQuote } from './duplicateKeyIssues.js';
import { lineAndColumn } from './lineAndColumn.js';

/**
 * Every number of a JSON text that a JSON reader cannot keep as written: one with more
 * significant digits than a double holds (`9007199254740993` is read as 9007199254740992,
 * `45000.000000000001` as 45000), or too small to hold (`1e-400` is 0). One too large to hold
 * (`1e400`, Infinity) is left to the reader of its key, which says what it expected. costmodel
 * reads a number as JavaScript prints it back, so it would compute, exactly, with another
 * amount than the file shows. The text must be valid JSON (it has been parsed). A number of
 * at most 15 significant digits always reads back as written, so a text with no run of 8
 * digits and no exponent is passed over in one test.
 *
 * @example
 * inexactNumberIssues('{"amount": 9007199254740993}').map((issue) => [issue.line, issue.column]); // [[1, 12]]
 * inexactNumberIssues('{"amount": "9007199254740993", "months": 36}'); // []
 */
export function inexactNumberIssues(text: string, file?: string): Issue[] {
  if (!MAYBE_INEXACT.test(text)) return [];
  const issues: Issue[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = closingQuote(text, i);
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = i;
      const literal = NUMBER.exec(text)?.[0] ?? text[i] ?? '';
      const readAs = numberReadOtherwise(literal);
      if (readAs !== undefined) {
        const advice = /[eE]/.test(literal) ? 'write it as a string of digits' : `write it as a string, "${literal}"`;
        issues.push({
          code: 'inexact-number',
          ...(file === undefined ? {} : { file }),
          ...lineAndColumn(text, i),
          message: `the number ${literal} has more digits than a JSON number keeps: it would be read as ${readAs}; ${advice}`,
        });
      }
      i += literal.length - 1;
    }
  }
  return issues;
}

/**
 * What a text with a number that reads otherwise than written has: 8 digits in a row (16
 * significant digits put 8 on one side of the decimal point), or an exponent. A test of the
 * whole text, cheaper than {@link LONG}; digits in strings count too, and only cost a closer look.
 */
const MAYBE_INEXACT = /\d{8}|\d[eE]/;

/** A number of 16 or more digits (a decimal point may sit among them), or with an exponent: below that, a number always reads back as written. */
const LONG = /(?:\d\.?){16}|[eE]/;

/** A JSON number, read from where it starts. */
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * What a number written in digits is read as by `Number()`, when that is not the number
 * written; undefined when it reads back as written, or is too large to hold at all (Infinity,
 * which the readers of numbers refuse with what they expected).
 *
 * @example
 * [numberReadOtherwise('9007199254740993'), numberReadOtherwise('12.0000000000000001'), numberReadOtherwise('0.1')]; // ['9007199254740992', '12', undefined]
 */
export function numberReadOtherwise(literal: string): string | undefined {
  const value = Number(literal);
  // Too large to hold at all (Infinity): said where the value is read, at its key, which knows what it should be.
  if (!Number.isFinite(value)) return undefined;
  // Read as 0 though it has a digit other than 0: beyond what decimal.js holds too (1e-9000000000000001), so said here.
  if (value === 0 && /[1-9]/.test(literal.split(/[eE]/)[0] ?? '')) return '0';
  if (!LONG.test(literal)) return undefined;
  return new Money(literal).equals(new Money(value)) ? undefined : String(value);
}
