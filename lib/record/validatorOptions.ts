import { SCHEMA_VALIDATOR_OPTIONS } from '../scenario/validatorOptions.js';

/**
 * The ajv options the decision record validator is generated with (see
 * test/tools/generatedFiles.ts): the scenario validator's (every problem at once, the value
 * found and the schema that rejected it), and `date` known as a format but not checked by
 * ajv: the day's pattern in the schema already accepts exactly the days that exist, and
 * `format` is there for editors and readers of the schema.
 */
export const RECORD_VALIDATOR_OPTIONS = { ...SCHEMA_VALIDATOR_OPTIONS, formats: { date: true } } as const;
