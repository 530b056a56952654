import { commonItemKeys } from './costItemDefinition.js';

/** `$defs/oneTime`: a single payment. */
export const oneTimeDefinition = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'kind', 'amount'],
  description: 'A single payment.',
  properties: {
    name: commonItemKeys.name,
    kind: { const: 'one-time', description: 'A single payment.' },
    amount: { $ref: '#/$defs/amountOrRange' },
    month: { $ref: '#/$defs/month', description: 'YYYY-MM when it is paid. Default: the scenario\'s `start`.' },
    category: commonItemKeys.category,
    source: commonItemKeys.source,
    note: commonItemKeys.note,
  },
} as const;
