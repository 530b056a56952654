/**
 * The scenario schema's definitions of single values — months, amounts, rates and driver
 * quantities — which the keys of every part of a scenario refer to as `#/$defs/<name>`.
 */

const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
const AMOUNT_PATTERN = '^\\s*(\\d+(\\.\\d*)?|\\.\\d+)\\s*$';
const RATE_PATTERN = '^\\s*-?(\\d+(\\.\\d*)?|\\.\\d+)\\s*%?\\s*$';
/** The same numbers as AMOUNT_PATTERN, written differently so that errors can say "number", not "amount". */
const QUANTITY_PATTERN = '^\\s*(\\d+\\.?\\d*|\\.\\d+)\\s*$';
const SIGNED_QUANTITY_PATTERN = '^\\s*-?(\\d+(\\.\\d*)?|\\.\\d+)\\s*$';

/** A key that holds free text, with what it is for. */
export const textKey = (description: string) => ({ type: 'string', description }) as const;

/** The `$defs` of single values, in the order the schema lists them. */
export const valueDefinitions = {
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
  quantity: {
    type: ['string', 'number'],
    pattern: QUANTITY_PATTERN,
    minimum: 0,
    description: 'A non-negative decimal number of driver units (customers, servers, TB): a string ("120.5") or a number.',
  },
  signedQuantity: {
    type: ['string', 'number'],
    pattern: SIGNED_QUANTITY_PATTERN,
    description: 'A decimal number of driver units that may be negative: a string ("-5") or a number.',
  },
} as const;
