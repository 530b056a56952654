import { createRequire } from 'node:module';
import type { Issue } from '../issues/issue.js';
import { schemaIssues, type SchemaError } from '../issues/schemaIssues.js';
import { unsafeTextIssues } from '../issues/unsafeText.js';
import { scenarioSchema } from './schema.js';

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

/**
 * Loads the scenario validator now, if it is not loaded yet: for a program that is about to
 * change V8's flags, which would make V8 refuse the validator's code cache were it loaded after.
 *
 * @example
 * loadScenarioValidator();
 * validateScenario({ name: 'x', currency: 'USD', start: '2009-05', costs: [] }); // []
 */
export function loadScenarioValidator(): void {
  schemaValidator();
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
  // Names, sources and notes reach tables, charts and reports: no control characters.
  return validateScenarioShape(data, file, unsafeTextIssues(data, file));
}

/**
 * {@link validateScenario} with the problems of its keys and texts already found (`unsafe`,
 * from {@link unsafeTextIssues}, or none when the file's text was found to hold none): the
 * schema's problems follow them.
 */
export function validateScenarioShape(data: unknown, file: string | undefined, unsafe: readonly Issue[]): Issue[] {
  const validator = schemaValidator();
  if (validator(data)) return [...unsafe];
  const issues = schemaIssues(validator.errors ?? [], file, { patterns: EXPECTED_BY_PATTERN, kinds: COST_KINDS });
  return [...unsafe, ...issues.map((issue) => (isSharedBase(data) && issue.path === '' && issue.message === 'missing required key "costs"' ? { ...issue, message: `${issue.message}${SHARED_BASE_HINT}` } : issue))];
}

/** Said of a file with neither a name nor costs: most likely the shared base that scenarios extend, given by mistake (a glob such as scenarios/*.json takes it too). */
const SHARED_BASE_HINT = ': this file has no name and no costs, like a base file that scenarios "extends"; give the scenario files that extend it instead';

function isSharedBase(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && !('name' in data) && !('costs' in data);
}

/** The cost kinds the schema's discriminator accepts, read from the schema itself. */
const COST_KINDS: readonly string[] = scenarioSchema.$defs.costItem.oneOf.map((branch) => {
  const name = branch.$ref.replace('#/$defs/', '') as keyof typeof scenarioSchema.$defs;
  const definition = scenarioSchema.$defs[name] as { properties?: { kind?: { const?: string } } };
  return definition.properties?.kind?.const ?? name;
});
