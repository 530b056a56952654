/**
 * The decision record format, version 1, as a JSON Schema (draft 2020-12).
 *
 * This object is the single source of truth of the format: the validator
 * (`generated/validateDecisionRecordSchema.cjs`, compiled ahead of time) and the shipped
 * `docs/decision-record.schema.json` are generated from it by `npm run generate`; a test
 * fails when either is stale. What a schema cannot say — names and months that must agree,
 * the hashes — is checked by {@link parseDecisionRecord} after it.
 *
 * Objects do not forbid keys they do not list: a later costmodel may add fields within
 * version 1 (a threshold may gain a `factor`), and a reader ignores them.
 */

const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
/** A decimal number as text: an optional minus, digits, and an optional fraction (`"-1485000.00"`, `"0.08"`). */
const DECIMAL_PATTERN = '^-?\\d+(\\.\\d+)?$';
const SHA256_PATTERN = '^[0-9a-f]{64}$';
const CURRENCY_PATTERN = '^[A-Z]{3}$';
/** RFC 6901: empty (the whole document), or `/` then a key with `~` and `/` escaped, repeated. */
const POINTER_PATTERN = '^(/([^~/]|~[01])*)*$';

/** Days that exist, `YYYY-MM-DD` of the Gregorian calendar: 2010-02-30 and 2009-02-29 do not; 2008-02-29 and 2000-02-29 do. */
const DAY_PATTERN = (() => {
  const thirtyOne = '(0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])';
  const thirty = '(0[469]|11)-(0[1-9]|[12]\\d|30)';
  const february = '02-(0[1-9]|1\\d|2[0-8])';
  // divisible by 4 but not by 100, or by 400
  const leapYear = '(\\d\\d(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)';
  return `^(\\d{4}-(${thirtyOne}|${thirty}|${february})|${leapYear}-02-29)$`;
})();

/** The keys of a threshold analysis, for the one by total and the one by NPV (which may be null). */
const thresholdAnalysisKeys = {
  required: ['metric', 'cheapest', 'thresholds'],
  properties: {
    metric: { enum: ['total', 'npv'], description: 'What the decision is judged on: the horizon total, or the NPV at the discount rate.' },
    cheapest: { $ref: '#/$defs/text', description: 'The cheapest scenario by this metric: the decision the thresholds would change.' },
    thresholds: { type: 'array', items: { $ref: '#/$defs/threshold' }, description: 'Ranked: the smallest relative change first, inputs without a threshold last.' },
  },
} as const;

/**
 * The decision record format, version 1, as a JSON Schema (draft 2020-12) object; the
 * package also ships it as `costmodel/decision-record.schema.json`.
 *
 * @example
 * [decisionRecordSchema.$id, decisionRecordSchema.required.slice(0, 3)]; // ['urn:costmodel:decision-record:1', ['version', 'kind', 'date']]
 * decisionRecordSchema.properties.kind; // { const: 'costmodel-decision-record', description: 'What the file is.' }
 */
export const decisionRecordSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:costmodel:decision-record:1',
  title: 'costmodel decision record',
  description:
    'What was decided, on which inputs, with which results: written by `costmodel report --record`, read a year later by `costmodel report --previous` to say what changed since. Keys not listed here are allowed and ignored (a later costmodel may add fields within version 1).',
  type: 'object',
  required: ['version', 'kind', 'date', 'decision', 'revisit', 'settings', 'scenarios', 'results', 'thresholds', 'sha256'],
  properties: {
    version: { const: 1, description: 'The record format version. A costmodel reads every version up to its own; a newer one asks to upgrade costmodel.' },
    kind: { const: 'costmodel-decision-record', description: 'What the file is.' },
    date: { $ref: '#/$defs/dayOrNull', description: 'The day the decision was recorded (`--date`); null when not given.' },
    decision: { $ref: '#/$defs/textOrNull', description: 'The decision as people wrote it down (`--decision`); null when not given.' },
    revisit: { $ref: '#/$defs/month', description: 'The month to look at the decision again.' },
    settings: { $ref: '#/$defs/settings' },
    scenarios: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/scenario' },
      description: 'The scenarios compared, in order, each with its definition as it was then. Names are unique.',
    },
    results: { $ref: '#/$defs/results' },
    thresholds: {
      type: 'object',
      required: ['total', 'npv'],
      description: 'The thresholds that would flip the decision, as the revisit report gave them.',
      properties: {
        total: { type: 'object', ...thresholdAnalysisKeys, description: 'By the horizon total.' },
        npv: { type: ['object', 'null'], ...thresholdAnalysisKeys, description: 'By NPV when discounting; null otherwise.' },
      },
    },
    sha256: {
      $ref: '#/$defs/sha256',
      description:
        'SHA-256 of the canonical JSON (keys sorted at every level, no whitespace: RFC 8785) of the whole record but this key, keys a later costmodel added included. A record whose content no longer matches it was edited after it was written, and is refused.',
    },
  },
  $defs: {
    text: { type: 'string' },
    textOrNull: { type: ['string', 'null'] },
    month: { type: 'string', pattern: MONTH_PATTERN, description: 'A calendar month, YYYY-MM.' },
    dayOrNull: { type: ['string', 'null'], format: 'date', pattern: DAY_PATTERN, description: 'A calendar day that exists, YYYY-MM-DD, or null.' },
    amount: {
      type: 'string',
      pattern: DECIMAL_PATTERN,
      description: 'Money in the record\'s currency: a decimal string with its minor-unit digits (`settings.minorDigits`), such as "1485000.00".',
    },
    amountOrNull: { type: ['string', 'null'], pattern: DECIMAL_PATTERN, description: 'An amount as for `amount`, or null.' },
    decimal: { type: 'string', pattern: DECIMAL_PATTERN, description: 'A decimal number as a string, such as "0.08" (a rate as a fraction).' },
    decimalOrNull: { type: ['string', 'null'], pattern: DECIMAL_PATTERN, description: 'A decimal number as for `decimal`, or null.' },
    currency: { type: 'string', pattern: CURRENCY_PATTERN, description: 'An ISO 4217 currency code, such as "USD".' },
    sha256: { type: 'string', pattern: SHA256_PATTERN, description: 'A SHA-256 as 64 lowercase hexadecimal digits.' },
    pointer: { type: 'string', pattern: POINTER_PATTERN, description: 'A JSON Pointer (RFC 6901) into a scenario\'s definition, such as "/costs/1/amount".' },
    definition: {
      type: 'object',
      description: 'A scenario\'s content as it was written (merged with the file it extends), in whatever scenario format version it was written.',
    },
    settings: {
      type: 'object',
      required: ['from', 'to', 'months', 'currency', 'minorDigits', 'discountRate', 'baseline'],
      description: 'The settings the results were computed with, every default resolved, as the comparison gives them.',
      properties: {
        from: { $ref: '#/$defs/month', description: 'The first month of the analysis.' },
        to: { $ref: '#/$defs/month', description: 'The last month of the analysis.' },
        months: { type: 'integer', minimum: 1, description: 'The horizon in months: the length of `results.months`.' },
        currency: { $ref: '#/$defs/currency', description: 'The currency of every amount of the record.' },
        minorDigits: { type: 'integer', minimum: 0, description: 'Digits of the currency\'s minor unit (2 for USD).' },
        discountRate: { $ref: '#/$defs/decimalOrNull', description: 'The annual effective discount rate as a fraction ("0.08"); null when not discounting.' },
        baseline: { $ref: '#/$defs/text', description: 'The name of the baseline scenario.' },
        view: { enum: ['cash', 'amortized'], description: 'The ledger view, when one was asked for.' },
        rates: {
          type: 'object',
          propertyNames: { pattern: CURRENCY_PATTERN },
          additionalProperties: { $ref: '#/$defs/decimal' },
          description: 'The exchange rates used, by currency: `{ "EUR": "1.08" }` reads "1 EUR = 1.08 `currency`". Absent when every scenario is in `currency`.',
        },
        exitAfter: { type: 'integer', minimum: 0, description: 'The months after which leaving each committed scenario was costed, when asked.' },
      },
    },
    scenario: {
      type: 'object',
      required: ['name', 'origin', 'sha256', 'definition'],
      description: 'One scenario as recorded.',
      properties: {
        name: { $ref: '#/$defs/text', description: 'The scenario\'s name.' },
        origin: { $ref: '#/$defs/textOrNull', description: 'The file it was read from, or null for a scenario built in code.' },
        sha256: { $ref: '#/$defs/sha256', description: 'SHA-256 of the canonical JSON of `definition` (keys sorted at every level, no whitespace: RFC 8785).' },
        definition: { $ref: '#/$defs/definition' },
      },
    },
    results: {
      type: 'object',
      required: ['cheapest', 'cheapestByNpv', 'scenarios', 'months'],
      description: 'The results recorded with the decision: the forecast that actual spending is held against.',
      properties: {
        cheapest: { $ref: '#/$defs/text', description: 'The cheapest scenario over the horizon by total: a name of `scenarios`.' },
        cheapestByNpv: { $ref: '#/$defs/textOrNull', description: 'The cheapest by NPV when discounting; null otherwise.' },
        scenarios: {
          type: 'array',
          description: 'Each scenario\'s results, in the order of the record\'s `scenarios`.',
          items: {
            type: 'object',
            required: ['name', 'total', 'npv', 'monthly'],
            properties: {
              name: { $ref: '#/$defs/text' },
              total: { $ref: '#/$defs/amount', description: 'The total over the horizon.' },
              npv: { $ref: '#/$defs/amountOrNull', description: 'The NPV at the discount rate; null when not discounting.' },
              monthly: { type: 'array', items: { $ref: '#/$defs/amount' }, description: 'The cost in each month of `months`.' },
            },
          },
        },
        months: { type: 'array', minItems: 1, items: { $ref: '#/$defs/month' }, description: 'Each month of the horizon, in order: `settings.months` of them.' },
      },
    },
    threshold: {
      type: 'object',
      required: ['scenario', 'item', 'field', 'path', 'kind', 'current', 'per', 'metric', 'value', 'direction', 'change', 'becomes', 'step', 'method'],
      description: 'The value of one input at which the decision changes, as the revisit report gave it.',
      properties: {
        scenario: { $ref: '#/$defs/text', description: 'The scenario whose input it is.' },
        item: { $ref: '#/$defs/textOrNull', description: 'The cost item\'s name; null for the commitment.' },
        field: { $ref: '#/$defs/text', description: 'The key in the scenario file: `amount`, `price`, `rate`, `months`, …' },
        path: { $ref: '#/$defs/pointer', description: 'Where the input is in the scenario\'s definition.' },
        kind: { enum: ['money', 'rate', 'months'], description: 'What the input is.' },
        current: { $ref: '#/$defs/text', description: 'The input\'s value when the decision was recorded, as a plain decimal string (a rate as a fraction).' },
        per: { $ref: '#/$defs/text', description: 'What the value is per, for sentences: `once`, `a month`, `a year`, …' },
        metric: { enum: ['total', 'npv'], description: 'What the decision is judged on.' },
        value: { $ref: '#/$defs/decimalOrNull', description: 'The last value at which the decision still holds; null when no value of this input alone changes it.' },
        direction: { enum: ['up', 'down', null], description: 'Whether the input must rise or fall to flip the decision; null with `value`.' },
        change: { $ref: '#/$defs/decimalOrNull', description: 'The relative change needed, as a fraction; null without a threshold or when the current value is 0.' },
        becomes: { $ref: '#/$defs/textOrNull', description: 'The scenario that becomes the cheapest beyond the threshold.' },
        step: { $ref: '#/$defs/decimal', description: 'One step beyond `value`, where the decision flips.' },
        method: { enum: ['linear', 'search', 'every value'], description: 'How the threshold was found.' },
      },
    },
  },
} as const;
