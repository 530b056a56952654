import { commonItemKeys } from './costItemDefinition.js';

/** `$defs/recurring`: a fee every month, quarter or year, with an optional escalation. */
export const recurringDefinition = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'kind', 'amount', 'every'],
  description: 'A fee paid every month, quarter or year.',
  properties: {
    name: commonItemKeys.name,
    kind: { const: 'recurring', description: 'A fee paid every period.' },
    amount: { $ref: '#/$defs/amountOrRange', description: 'The amount per period (per month, quarter or year).' },
    every: { enum: ['month', 'quarter', 'year'], description: 'The period the amount is for.' },
    billing: {
      enum: ['upfront', 'monthly'],
      default: 'upfront',
      description: 'For quarter/year: "upfront" pays the whole amount at the start of each period; "monthly" spreads it over the period\'s months so the parts sum exactly.',
    },
    from: { $ref: '#/$defs/month', description: 'YYYY-MM of the first period. Default: the scenario\'s `start`.' },
    months: {
      $ref: '#/$defs/monthCountOrRange',
      description: 'How many months the item runs from `from`. Default: open-ended (to the end of the analysis).',
    },
    escalation: {
      type: 'object',
      additionalProperties: false,
      required: ['rate'],
      description: 'A compounding price increase applied on each anniversary of `from`.',
      properties: {
        rate: { $ref: '#/$defs/rateOrRange', description: 'The increase per step: 0.03 or "3%".' },
        every: { enum: ['month', 'quarter', 'year'], default: 'year', description: 'How often the price steps up.' },
      },
    },
    category: commonItemKeys.category,
    source: commonItemKeys.source,
    note: commonItemKeys.note,
  },
} as const;
