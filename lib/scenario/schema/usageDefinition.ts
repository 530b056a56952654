import { commonItemKeys, meteredItemKeys } from './costItemDefinition.js';

/** `$defs/tier`: one band of a tiered usage price. */
export const tierDefinition = {
  type: 'object',
  additionalProperties: false,
  required: ['price'],
  description: 'One band of a tiered usage price.',
  properties: {
    upTo: {
      $ref: '#/$defs/quantity',
      description: 'The last quantity this tier covers (inclusive); the next tier starts above it. Omit it on the last tier, which covers everything above.',
    },
    price: { $ref: '#/$defs/amountOrRange', description: 'The price per driver unit per period (`every`) within this tier.' },
  },
} as const;

/** `$defs/usage`: a price per driver unit, flat or in tiers, charged month by month. */
export const usageDefinition = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'kind', 'driver'],
  description: 'A price per unit of a driver (per customer, per TB), flat or tiered, charged month by month.',
  properties: {
    name: commonItemKeys.name,
    kind: { const: 'usage', description: 'A price per driver unit.' },
    driver: meteredItemKeys.driver,
    price: { $ref: '#/$defs/amountOrRange', description: 'The price per driver unit per period (`every`). Give `price` or `tiers`, not both.' },
    tiers: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: { $ref: '#/$defs/tier' },
      description: 'Price bands in increasing order, instead of `price`: e.g. the first 100 customers at one price, the rest at another.',
    },
    tiering: {
      enum: ['graduated', 'volume'],
      default: 'graduated',
      description: '"graduated": each tier\'s price applies to the units within it; "volume": every unit costs the price of the tier the whole quantity falls in.',
    },
    every: {
      enum: ['month', 'quarter', 'year'],
      default: 'month',
      description: 'The period the prices are for; each month is charged its share (a yearly price ÷ 12).',
    },
    minimum: { $ref: '#/$defs/amountOrRange', description: 'The least charged in any month the item runs: a minimum monthly charge.' },
    from: meteredItemKeys.from,
    months: meteredItemKeys.months,
    category: commonItemKeys.category,
    source: commonItemKeys.source,
    note: commonItemKeys.note,
  },
} as const;
