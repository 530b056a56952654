/**
 * The ajv options the scenario validator is generated with (see test/tools/generate.ts):
 * every problem at once, the discriminator on `kind` so a cost item is checked only
 * against its own kind, and `verbose` so each error carries the value found and the schema
 * that rejected it.
 */
export const SCHEMA_VALIDATOR_OPTIONS = {
  allErrors: true,
  discriminator: true,
  verbose: true,
  strict: true,
  allowUnionTypes: true,
} as const;
