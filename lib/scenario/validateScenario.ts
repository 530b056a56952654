import { createRequire } from 'node:module';
import { didYouMeanSuffix } from '../issues/didYouMean.js';
import { describeValue } from '../issues/describeValue.js';
import type { Issue } from '../issues/issue.js';
import type { IssueCode } from '../issues/issueCodes.js';
import { scenarioSchema } from './schema.js';

/** The subset of ajv's ErrorObject (with `verbose: true`) that we read. */
type SchemaError = {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly data?: unknown;
  readonly schema?: unknown;
  readonly parentSchema?: { readonly properties?: Record<string, unknown>; readonly pattern?: string; readonly oneOf?: unknown };
  readonly message?: string;
};

type GeneratedValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** Where `npm run generate` writes the validator: CommonJS, beside this module (and copied beside every bundle chunk by the build). */
const GENERATED_VALIDATOR = './generated/validateScenarioSchema.cjs';
let generated: GeneratedValidator | undefined;

/**
 * The validator ajv generated ahead of time, loaded on first use: 150 KB of code that
 * importing costmodel, or running a command that reads no scenario, should not pay for.
 */
function schemaValidator(): GeneratedValidator {
  generated ??= createRequire(import.meta.url)(GENERATED_VALIDATOR) as GeneratedValidator;
  return generated;
}

const EXPECTED_BY_PATTERN: Record<string, string> = {
  '^\\d{4}-(0[1-9]|1[0-2])$': 'a month as YYYY-MM (e.g. "2009-05")',
  '^\\s*(\\d+(\\.\\d*)?|\\.\\d+)\\s*$':
    'a non-negative decimal amount such as "45000" or "40000.00" (no thousands separators, no currency symbols)',
  '^\\s*-?(\\d+(\\.\\d*)?|\\.\\d+)\\s*%?\\s*$': 'a rate such as 0.03 or "3%"',
  '^[A-Z]{3}$': 'a three-letter ISO 4217 currency code in capitals (e.g. "USD")',
  '\\S': 'a non-blank text',
  '^\\s*(\\d+\\.?\\d*|\\.\\d+)\\s*$': 'a non-negative decimal number such as 120 or "40.5" (no thousands separators)',
  '^\\s*-?(\\d+(\\.\\d*)?|\\.\\d+)\\s*$': 'a decimal number such as 20 or "-2.5" (no thousands separators)',
  '^[A-Za-z][A-Za-z0-9_-]*$': 'a driver name: a letter, then letters, digits, "_" or "-" (e.g. "customers")',
};

/**
 * Checks a parsed scenario file against the scenario JSON Schema and returns every problem,
 * each with a JSON pointer and a sentence saying what was expected and what was found.
 * An empty list means the file has the right shape (semantic checks follow in
 * {@link normalizeScenario}).
 *
 * @example
 * validateScenario({ name: 'x', currency: 'USD', start: '2009-05', costs: [], colour: 1 }, 'x.json')[0]?.message;
 * // 'unknown key "colour"'
 */
export function validateScenario(data: unknown, file?: string): Issue[] {
  const validator = schemaValidator();
  if (validator(data)) return [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of validator.errors ?? []) {
    const issue = issueFromSchemaError(error, file);
    if (issue === undefined) continue;
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function issueFromSchemaError(error: SchemaError, file: string | undefined): Issue | undefined {
  const at = (code: IssueCode, message: string, path = error.instancePath): Issue =>
    file === undefined ? { code, path, message } : { code, file, path, message };
  const found = describeValue(error.data);
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
      const expected = EXPECTED_BY_PATTERN[pattern] ?? `text matching ${pattern}`;
      return at('invalid-value', `expected ${expected}, found ${found}`);
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const suffix = typeof error.data === 'string' ? didYouMeanSuffix(error.data, allowed) : '';
      return at('invalid-value', `expected one of ${allowed.map((v) => `"${v}"`).join(', ')}, found ${found}${suffix}`);
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
    case 'propertyNames':
      return undefined; // the `pattern` error of the name says what was expected
    case 'discriminator': {
      if (error.params.error === 'tag') return undefined; // the missing or non-text `kind` is reported by `required`/`type`
      const kinds = COST_KINDS;
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

/** The cost kinds the schema's discriminator accepts, read from the schema itself. */
const COST_KINDS: readonly string[] = scenarioSchema.$defs.costItem.oneOf.map((branch) => {
  const name = branch.$ref.replace('#/$defs/', '') as keyof typeof scenarioSchema.$defs;
  const definition = scenarioSchema.$defs[name] as { properties?: { kind?: { const?: string } } };
  return definition.properties?.kind?.const ?? name;
});

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
