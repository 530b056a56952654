import { commonItemKeys, meteredItemKeys } from './costItemDefinition.js';

/** `$defs/step`: capacity bought in blocks as a driver grows. */
export const stepDefinition = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'kind', 'driver', 'blockSize'],
  description: 'Capacity bought in blocks as a driver grows: one more server for every 40 customers.',
  properties: {
    name: commonItemKeys.name,
    kind: { const: 'step', description: 'Capacity in blocks.' },
    driver: meteredItemKeys.driver,
    blockSize: { $ref: '#/$defs/quantity', description: 'Driver units one block serves (e.g. 40 customers per server); above 0.' },
    included: {
      $ref: '#/$defs/quantity',
      default: 0,
      description: 'Driver units served without any block: capacity you already have and pay for elsewhere.',
    },
    oneTimePerBlock: { $ref: '#/$defs/amountOrRange', description: 'Paid once for each block added, in the month it is added (e.g. buying a server).' },
    recurringPerBlock: { $ref: '#/$defs/amountOrRange', description: 'Paid for each block held, per period (`every`) (e.g. rack space for a server).' },
    every: {
      enum: ['month', 'quarter', 'year'],
      default: 'month',
      description: 'The period `recurringPerBlock` is for; each month is charged its share (a yearly amount ÷ 12).',
    },
    releaseUnused: {
      type: 'boolean',
      default: false,
      description: 'false: blocks are kept once bought, even when the driver falls. true: blocks no longer needed are given back (their recurring cost stops; adding one again costs `oneTimePerBlock` again).',
    },
    from: meteredItemKeys.from,
    months: meteredItemKeys.months,
    category: commonItemKeys.category,
    source: commonItemKeys.source,
    note: commonItemKeys.note,
  },
} as const;
