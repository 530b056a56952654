import { commonItemKeys } from './costItemDefinition.js';

/** `$defs/hardware`: equipment bought outright, refreshed at the end of each life. */
export const hardwareDefinition = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'kind', 'price', 'lifeMonths'],
  description:
    'Equipment bought outright: its price is paid when bought and again at each refresh (cash view), or spread over its useful life (amortized view).',
  properties: {
    name: commonItemKeys.name,
    kind: { const: 'hardware', description: 'Equipment bought outright.' },
    price: { $ref: '#/$defs/amountOrRange', description: 'The purchase price, paid in the month of purchase.' },
    lifeMonths: {
      $ref: '#/$defs/monthCountOrRange',
      description: 'The useful life in months, from the month of purchase: the equipment is replaced (or retired) after it.',
    },
    from: { $ref: '#/$defs/month', description: 'YYYY-MM of the first purchase. Default: the scenario\'s `start`.' },
    refresh: {
      type: 'boolean',
      default: true,
      description: 'true: the equipment is bought again at the end of each life, for as long as the analysis runs; false: bought once.',
    },
    salvage: {
      $ref: '#/$defs/amountOrRange',
      default: 0,
      description: 'What the equipment sells for at the end of each life, received then (a negative entry). At most `price`.',
    },
    category: commonItemKeys.category,
    source: commonItemKeys.source,
    note: commonItemKeys.note,
  },
} as const;
