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

/** The longest name a scenario, a cost item or a category may have, in characters: room for any real name, while a table stays a table. */
export const MAX_NAME_LENGTH = 200;

/** A name: non-blank text of at most {@link MAX_NAME_LENGTH} characters. */
export const nameKey = (description: string) => ({ type: 'string', pattern: '\\S', maxLength: MAX_NAME_LENGTH, description: `${description} At most ${MAX_NAME_LENGTH} characters.` }) as const;

const DISTRIBUTIONS = ['lognormal', 'normal', 'uniform', 'triangular', 'pert'] as const;

/** A range of values of the `$defs` entry `value`: what it is, how it is drawn, and (`drawn`) what becomes of a drawn value. */
function rangeOf(value: string, what: string, drawn = '') {
  const bound = (description: string) => ({ $ref: `#/$defs/${value}`, description });
  return {
    type: 'object',
    additionalProperties: false,
    required: ['low', 'high'],
    description: `An uncertain ${what}, given as a range instead of a number. The analysis uses its median. A range is one uncertain quantity for the whole horizon, and a range written once (in a base file scenarios extend) is the same quantity for every scenario that shares it.${drawn}`,
    properties: {
      low: bound('The 5th percentile for "lognormal" and "normal"; the lower bound for "uniform", "triangular" and "pert".'),
      high: bound('The 95th percentile for "lognormal" and "normal"; the upper bound for "uniform", "triangular" and "pert". At least `low`.'),
      mode: bound('The most likely value, from `low` to `high`: required by "triangular" and "pert", and only for them.'),
      known: {
        const: 'never',
        description: 'Give "never" when waiting will not tell you the value (a cost only a migration reveals): a simulation\'s value of waiting then decides at the revisit date without it. Default: known by the revisit date.',
      },
      dist: {
        enum: DISTRIBUTIONS,
        description: 'The distribution: "lognormal" (default when `low` is above 0; `low` must be), "normal" (default otherwise), "uniform", "triangular" or "pert" (a beta distribution with the mode weighted 4 to 1).',
      },
    },
  } as const;
}

/** A key whose value may be a number (the `$defs` entry `value`) or a range of them. */
function orRange(value: string) {
  return { if: { type: 'object' }, then: { $ref: `#/$defs/${value}Range` }, else: { $ref: `#/$defs/${value}` } } as const;
}

/** The longest count of months the format allows: a term, a life or a duration of 100 years. */
const MAX_MONTH_COUNT = 1200;

/** How a count of months drawn from a range becomes one, `least` being the field's least value. */
const wholeMonths = (least: number) =>
  ` A drawn count of months, and the median, is rounded half away from zero to whole months, then kept from ${least} to ${MAX_MONTH_COUNT}: a normal range's tails never give a count the field does not allow.`;

/** The `$defs` of single values, in the order the schema lists them. */
export const valueDefinitions = {
  month: { type: 'string', pattern: MONTH_PATTERN, description: 'A calendar month, YYYY-MM, from 0001-01 to 9999-12; an analysis must end by 9999-12 too.' },
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
  monthCount: { type: 'integer', minimum: 1, maximum: MAX_MONTH_COUNT, description: 'A count of whole months, written as a number (24, not "24").' },
  monthCountFromZero: { type: 'integer', minimum: 0, maximum: MAX_MONTH_COUNT, description: 'A count of whole months that may be 0, written as a number.' },
  amountOrRange: orRange('amount'),
  amountRange: rangeOf('amount', 'amount'),
  rateOrRange: orRange('rate'),
  rateRange: rangeOf('rate', 'rate'),
  quantityOrRange: orRange('quantity'),
  quantityRange: rangeOf('quantity', 'number of driver units'),
  signedQuantityOrRange: orRange('signedQuantity'),
  signedQuantityRange: rangeOf('signedQuantity', 'change in driver units'),
  monthCountOrRange: orRange('monthCount'),
  monthCountRange: rangeOf('monthCount', 'count of months (its bounds and mode whole numbers of months, at least 1)', wholeMonths(1)),
  monthCountFromZeroOrRange: orRange('monthCountFromZero'),
  monthCountFromZeroRange: rangeOf('monthCountFromZero', 'count of months (its bounds and mode whole numbers of months, 0 or more)', wholeMonths(0)),
} as const;
