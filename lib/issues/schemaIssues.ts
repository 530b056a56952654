/**
 * Turns the errors of a JSON Schema validator (ajv, with `allErrors` and `verbose`) into
 * issues people can act on: one sentence each, at the JSON Pointer of the value, saying what
 * was expected and what was found. The scenario file and the decision record use it alike;
 * each passes its own words for the values its schema describes.
 */
import { didYouMeanSuffix } from './didYouMean.js';
import { describeValue } from './describeValue.js';
import type { Issue } from './issue.js';
import type { IssueCode } from './issueCodes.js';

/** The subset of ajv's ErrorObject (with `verbose: true`) that is read. */
export type SchemaError = {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly data?: unknown;
  readonly schema?: unknown;
  readonly parentSchema?: { readonly type?: unknown; readonly properties?: Record<string, unknown>; readonly pattern?: string; readonly oneOf?: unknown };
  readonly message?: string;
};

/** What a schema's values are, in words, for the messages. */
export type SchemaWords = {
  /** A text that does not match a pattern: what was expected, by the pattern (`'^[A-Z]{3}$'`: "a three-letter … code"). */
  readonly patterns?: Readonly<Record<string, string>>;
  /**
   * A value of an entry of the schema's `$defs` with the wrong type or shape: what was
   * expected, by the entry's name (`amount`: "an amount as a decimal number in text"); "or
   * null" is added when the entry allows null.
   */
  readonly definitions?: Readonly<Record<string, string>>;
  /** The values of the `kind` discriminator, for "unknown cost kind". */
  readonly kinds?: readonly string[];
};

/**
 * The issues of a validator's errors, each once, in the validator's order; errors that
 * another one explains better (of a `oneOf` branch, a property name) are left out.
 *
 * @example
 * const error = { instancePath: '/start', schemaPath: '#/$defs/month/pattern', keyword: 'pattern', params: { pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }, data: '2009-5' };
 * schemaIssues([error], 'x.json', { definitions: { month: 'a month as YYYY-MM' } });
 * // [{ code: 'invalid-value', file: 'x.json', path: '/start', message: 'expected a month as YYYY-MM, found "2009-5"' }]
 */
export function schemaIssues(errors: readonly SchemaError[], file: string | undefined, words: SchemaWords): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const issue = issueFromSchemaError(error, file, words);
    if (issue === undefined) continue;
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/** `#/$defs/amount/pattern` ─▶ `amount`, for the errors of a definition's own type, pattern or format. */
const DEFINITION_KEYWORD = /^#\/\$defs\/([^/]+)\/(type|pattern|format)$/;

function issueFromSchemaError(error: SchemaError, file: string | undefined, words: SchemaWords): Issue | undefined {
  const at = (code: IssueCode, message: string, path = error.instancePath): Issue =>
    file === undefined ? { code, path, message } : { code, file, path, message };
  const found = describeValue(error.data);
  // JSON.parse reads a number beyond 1.8e308 (such as 1e400) as Infinity, which the file never wrote.
  if (error.keyword === 'type' && typeof error.data === 'number' && !Number.isFinite(error.data)) {
    return at('out-of-range', 'expected a number, found one too large to hold (it reads as infinity); give the number meant, such as 45000');
  }
  const definition = DEFINITION_KEYWORD.exec(error.schemaPath)?.[1];
  const described = definition === undefined ? undefined : words.definitions?.[definition];
  if (described !== undefined) {
    const types = error.parentSchema?.type;
    const orNull = Array.isArray(types) && types.includes('null') ? ' or null' : '';
    return at(error.keyword === 'type' ? 'wrong-type' : 'invalid-value', `expected ${described}${orNull}, found ${found}`);
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(error.parentSchema?.properties ?? {});
      return at('unknown-key', `unknown key "${key}"${didYouMeanSuffix(key, known)}`);
    }
    case 'required':
      return at('missing-key', `missing required key "${String(error.params.missingProperty)}"`);
    case 'type': {
      const expected = String(error.params.type).split(',').join(' or ');
      return at('wrong-type', `expected ${article(expected)}, found ${foundWithType(error.data)}`);
    }
    case 'pattern': {
      const pattern = String(error.params.pattern);
      const expected = words.patterns?.[pattern] ?? `text matching ${pattern}`;
      return at('invalid-value', `expected ${expected}, found ${found}`);
    }
    case 'enum': {
      const allowed = error.params.allowedValues as unknown[];
      const texts = allowed.filter((v): v is string => typeof v === 'string');
      const suffix = typeof error.data === 'string' ? didYouMeanSuffix(error.data, texts) : '';
      return at('invalid-value', `expected one of ${allowed.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ')}, found ${found}${suffix}`);
    }
    case 'const':
      return at('invalid-value', `expected ${JSON.stringify(error.params.allowedValue)}, found ${found}`);
    case 'minimum':
      return at('out-of-range', `expected a number of at least ${String(error.params.limit)}, found ${found}`);
    case 'maximum':
      return at('out-of-range', `expected a number of at most ${String(error.params.limit)}, found ${found}`);
    case 'minItems':
      return at('out-of-range', `expected at least ${count(Number(error.params.limit), 'element')}, found ${count(arrayLength(error.data), 'element')}`);
    case 'maxItems':
      return at('out-of-range', `expected at most ${count(Number(error.params.limit), 'element')}, found ${count(arrayLength(error.data), 'element')}`);
    case 'maxLength':
      return at('out-of-range', `expected a text of at most ${count(Number(error.params.limit), 'character')}, found ${count(Array.from(String(error.data)).length, 'character')}`);
    case 'propertyNames':
      return undefined; // the `pattern` error of the name says what was expected
    case 'discriminator': {
      if (error.params.error === 'tag') return undefined; // the missing or non-text `kind` is reported by `required`/`type`
      const kinds = words.kinds ?? [];
      const value = String(error.params.tagValue);
      return at(
        'unknown-kind',
        `unknown cost kind "${value}"${didYouMeanSuffix(value, kinds)}; expected one of ${kinds.map((k) => `"${k}"`).join(', ')}`,
        `${error.instancePath}/kind`,
      );
    }
    case 'oneOf':
    case 'if':
      return undefined; // the errors of the branch that applied say more
    default:
      return at('invalid-value', `${error.message ?? 'is invalid'} (found ${found})`);
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function arrayLength(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function article(typeName: string): string {
  return /^[aeiou]/.test(typeName) ? `an ${typeName}` : `a ${typeName}`;
}

function foundWithType(value: unknown): string {
  if (typeof value === 'string') return `the text ${describeValue(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  return describeValue(value);
}
