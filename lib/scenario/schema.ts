/**
 * The scenario file format, version 1, as a JSON Schema (draft 2020-12).
 *
 * This object is the single source of truth: validation (compiled ahead of time into
 * `generated/validateScenarioSchema.ts`), the shipped `docs/scenario.schema.json` that editors
 * use through `$schema`, and the key table in `docs/scenario-format.md` are all generated from
 * it by `npm run generate`; a test fails when any of them is stale.
 */

const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
const AMOUNT_PATTERN = '^\\s*(\\d+(\\.\\d*)?|\\.\\d+)\\s*$';
const RATE_PATTERN = '^\\s*-?(\\d+(\\.\\d*)?|\\.\\d+)\\s*%?\\s*$';

const text = (description: string) => ({ type: 'string', description }) as const;

const itemCommon = {
  name: { type: 'string', pattern: '\\S', description: 'What this cost is, unique within the scenario (e.g. "Managed hosting").' },
  category: {
    type: 'string',
    pattern: '\\S',
    default: 'other',
    description: 'Free text used to group and stack costs (e.g. "hosting", "staff", "migration").',
  },
  source: text('Where the number comes from (a quote, an invoice, a salary survey). The revisit report lists it.'),
  note: text('Anything a reader of the numbers should know.'),
} as const;

/**
 * The scenario file format, version 1, as a JSON Schema (draft 2020-12) object; the package
 * also ships it as `costmodel/scenario.schema.json` for editors.
 *
 * @example
 * [scenarioSchema.$id, scenarioSchema.required]; // ['urn:costmodel:scenario:1', ['name', 'currency', 'start', 'costs']]
 * Object.keys(scenarioSchema.$defs.recurring.properties);
 * // ['name', 'kind', 'amount', 'every', 'billing', 'from', 'months', 'escalation', 'category', 'source', 'note']
 */
export const scenarioSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:costmodel:scenario:1',
  title: 'costmodel scenario',
  description: 'One hosting option: what it costs, from when, and what it commits you to.',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'currency', 'start', 'costs'],
  properties: {
    $schema: text('Path or URL of this schema, so editors check and complete the file.'),
    version: { const: 1, default: 1, description: 'The scenario format version. Only 1 exists.' },
    name: { type: 'string', pattern: '\\S', description: 'Display name, unique among the compared scenarios.' },
    description: text('A sentence about this option (e.g. "Quote received April 2009").'),
    currency: {
      type: 'string',
      pattern: '^[A-Z]{3}$',
      description: 'ISO 4217 currency code of every amount in the file (e.g. "USD"). Compared scenarios must share it.',
    },
    start: { $ref: '#/$defs/month', description: 'YYYY-MM: the month this option\'s costs begin. It costs nothing before.' },
    commitment: {
      type: 'object',
      additionalProperties: false,
      required: ['months'],
      description: 'A minimum term from `start`. Leaving early costs the remaining payments due within the term.',
      properties: {
        months: { type: 'integer', minimum: 1, maximum: 1200, description: 'Length of the minimum term in months.' },
      },
    },
    costs: {
      type: 'array',
      description: 'The cost items of this option.',
      items: { $ref: '#/$defs/costItem' },
    },
  },
  $defs: {
    month: { type: 'string', pattern: MONTH_PATTERN, description: 'A calendar month, YYYY-MM.' },
    amount: {
      type: ['string', 'number'],
      pattern: AMOUNT_PATTERN,
      minimum: 0,
      description: 'A non-negative decimal amount in the scenario\'s currency: a string ("40000.00") or a number. No thousands separators or symbols.',
    },
    rate: {
      type: ['string', 'number'],
      pattern: RATE_PATTERN,
      description: 'A rate: a fraction (0.03) or a percent string ("3%").',
    },
    costItem: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { type: 'string', description: 'What kind of cost this is.' } },
      discriminator: { propertyName: 'kind' },
      oneOf: [{ $ref: '#/$defs/oneTime' }, { $ref: '#/$defs/recurring' }],
    },
    oneTime: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'kind', 'amount'],
      description: 'A single payment.',
      properties: {
        name: itemCommon.name,
        kind: { const: 'one-time', description: 'A single payment.' },
        amount: { $ref: '#/$defs/amount' },
        month: { $ref: '#/$defs/month', description: 'YYYY-MM when it is paid. Default: the scenario\'s `start`.' },
        category: itemCommon.category,
        source: itemCommon.source,
        note: itemCommon.note,
      },
    },
    recurring: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'kind', 'amount', 'every'],
      description: 'A fee paid every month, quarter or year.',
      properties: {
        name: itemCommon.name,
        kind: { const: 'recurring', description: 'A fee paid every period.' },
        amount: { $ref: '#/$defs/amount', description: 'The amount per period (per month, quarter or year).' },
        every: { enum: ['month', 'quarter', 'year'], description: 'The period the amount is for.' },
        billing: {
          enum: ['upfront', 'monthly'],
          default: 'upfront',
          description: 'For quarter/year: "upfront" pays the whole amount at the start of each period; "monthly" spreads it over the period\'s months so the parts sum exactly.',
        },
        from: { $ref: '#/$defs/month', description: 'YYYY-MM of the first period. Default: the scenario\'s `start`.' },
        months: {
          type: 'integer',
          minimum: 1,
          maximum: 1200,
          description: 'How many months the item runs from `from`. Default: open-ended (to the end of the analysis).',
        },
        escalation: {
          type: 'object',
          additionalProperties: false,
          required: ['rate'],
          description: 'A compounding price increase applied on each anniversary of `from`.',
          properties: {
            rate: { $ref: '#/$defs/rate', description: 'The increase per step: 0.03 or "3%".' },
            every: { enum: ['month', 'quarter', 'year'], default: 'year', description: 'How often the price steps up.' },
          },
        },
        category: itemCommon.category,
        source: itemCommon.source,
        note: itemCommon.note,
      },
    },
  },
} as const;

export type ScenarioSchema = typeof scenarioSchema;
