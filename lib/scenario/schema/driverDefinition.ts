/**
 * The scenario schema's drivers: named monthly quantities (customers, TB) that usage and
 * step items are priced by.
 */
import { textKey } from './valueDefinitions.js';

const DRIVER_NAME_PATTERN = '^[A-Za-z][A-Za-z0-9_-]*$';

/** The scenario's `drivers` key: driver definitions by name. */
export const driversKey = {
  type: 'object',
  description: 'Named monthly quantities that usage and step items are priced by, e.g. `customers`. Names start with a letter and hold letters, digits, `_` and `-`.',
  propertyNames: { pattern: DRIVER_NAME_PATTERN },
  additionalProperties: { $ref: '#/$defs/driver' },
} as const;

/** `$defs/driver`: one driver, given by a value and its growth, a list of values, or a CSV file. */
export const driverDefinition = {
  type: 'object',
  additionalProperties: false,
  description:
    'A named monthly quantity, given one of three ways: `value` (with an optional `growth`), a list of monthly `values`, or a `csv` file. It is 0 before `from`.',
  properties: {
    description: textKey('What the driver counts, and why it grows this way.'),
    unit: {
      type: 'string',
      pattern: '\\S',
      description: 'One of what the driver counts, for sentences such as "cost per customer" (e.g. "customer"). Default: "unit of" and the name ("unit of customers").',
    },
    from: {
      $ref: '#/$defs/month',
      description: 'YYYY-MM of `value` or of the first of `values`; give it in a shared base file, so that scenarios starting in different months agree. Default: the scenario\'s `start`.',
    },
    value: { $ref: '#/$defs/quantityOrRange', description: 'The driver\'s value in the month `from`; it stays there unless `growth` is given.' },
    growth: {
      type: 'object',
      additionalProperties: false,
      required: ['every'],
      description: 'How `value` grows, in steps every month, quarter or year from `from`: linear (`add`) or compound (`rate`), one of the two.',
      properties: {
        add: { $ref: '#/$defs/signedQuantityOrRange', description: 'Linear growth: added at each step (negative to decline; the driver never goes below 0).' },
        rate: { $ref: '#/$defs/rateOrRange', description: 'Compound growth per step: 0.05 or "5%", so that the value is value × (1 + rate)^steps.' },
        every: { enum: ['month', 'quarter', 'year'], description: 'How often the driver steps: every month, or on each quarter or anniversary of `from`.' },
      },
    },
    values: {
      type: 'array',
      minItems: 1,
      maxItems: 1200,
      items: { $ref: '#/$defs/quantity' },
      description: 'The value in each month from `from`, one per month; after the last one the last value holds.',
    },
    csv: {
      type: 'string',
      pattern: '\\S',
      description: 'Path of a CSV file (relative to the file that names it) with a header row, a `month` column of consecutive YYYY-MM months and a column of values.',
    },
    column: { type: 'string', pattern: '\\S', description: 'The CSV column holding the values. Default: the driver\'s name.' },
    source: textKey('Where the numbers come from (a forecast, the CRM, a board plan).'),
  },
} as const;
