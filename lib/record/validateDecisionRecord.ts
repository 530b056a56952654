/**
 * Checks the shape of a decision record against its JSON Schema ({@link decisionRecordSchema}),
 * with the validator ajv generated ahead of time, and says what is wrong in words: a day, a
 * month, an amount, a SHA-256 — each at its JSON Pointer.
 */
import { createRequire } from 'node:module';
import type { Issue } from '../issues/issue.js';
import { schemaIssues, type SchemaError } from '../issues/schemaIssues.js';
import type { decisionRecordSchema } from './schema.js';

type GeneratedValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** Where `npm run generate` writes the validator: CommonJS, beside this module (and copied beside every bundle that loads it by the build). */
const GENERATED_VALIDATOR = './generated/validateDecisionRecordSchema.cjs';
let generated: GeneratedValidator | undefined;

/** The validator ajv generated ahead of time, loaded the first time a record is read. */
function schemaValidator(): GeneratedValidator {
  generated ??= createRequire(import.meta.url)(GENERATED_VALIDATOR) as GeneratedValidator;
  return generated;
}

const AN_AMOUNT = 'an amount as a decimal number in text (such as "1485000.00")';
const A_DECIMAL = 'a decimal number as text (such as "0.08")';
const A_TEXT = 'a text';

/** What a value of each of the schema's `$defs` is, in words; objects are described by their keys. */
const EXPECTED: Readonly<Record<keyof (typeof decisionRecordSchema)['$defs'], string | undefined>> = {
  text: A_TEXT,
  textOrNull: A_TEXT,
  month: 'a month as YYYY-MM (such as "2010-05")',
  dayOrNull: 'a day as YYYY-MM-DD (such as "2009-05-04")',
  amount: AN_AMOUNT,
  amountOrNull: AN_AMOUNT,
  decimal: A_DECIMAL,
  decimalOrNull: A_DECIMAL,
  currency: 'a three-letter ISO 4217 currency code (such as "USD")',
  sha256: 'a SHA-256 as 64 lowercase hexadecimal digits',
  pointer: 'a JSON Pointer (such as "/costs/1/amount")',
  definition: 'a scenario definition (a JSON object)',
  settings: undefined,
  scenario: undefined,
  results: undefined,
  threshold: undefined,
};

const DEFINITIONS = Object.fromEntries(Object.entries(EXPECTED).filter((entry): entry is [string, string] => entry[1] !== undefined));

/**
 * Every problem with the shape of a decision record of the current version, each at its
 * JSON Pointer, with `file` named in each; empty when the shape is right. Keys the schema
 * does not list are allowed.
 *
 * @example
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]);
 * validateDecisionRecord(record, 'decision.json'); // []
 * validateDecisionRecord({ ...record, revisit: 'May 2010' }, 'decision.json').map(formatIssue);
 * // ['decision.json: /revisit: expected a month as YYYY-MM (such as "2010-05"), found "May 2010"']
 */
export function validateDecisionRecord(data: unknown, file?: string): Issue[] {
  const validator = schemaValidator();
  if (validator(data)) return [];
  return schemaIssues(validator.errors ?? [], file, { definitions: DEFINITIONS });
}
