import { commonItemKeys } from './costItemDefinition.js';

/** `$defs/staff`: people on the payroll, with a yearly raise, on-call stipend and coverage. */
export const staffDefinition = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'kind', 'annualCost'],
  description: 'People: full-time equivalents at an annual loaded cost, paid monthly from the hiring month, with a yearly raise and an optional on-call stipend.',
  properties: {
    name: commonItemKeys.name,
    kind: { const: 'staff', description: 'People on the payroll.' },
    annualCost: {
      $ref: '#/$defs/amountOrRange',
      description:
        'The loaded cost of one full-time equivalent for a year (salary, taxes, benefits, equipment), paid in 12 monthly parts that sum exactly to it.',
    },
    fte: {
      type: 'number',
      minimum: 0.01,
      maximum: 10000,
      description: 'Full-time equivalents: 1 for one person, 0.5 for half-time. Default: the people `coverage` needs, or 1 without it.',
    },
    from: { $ref: '#/$defs/month', description: 'YYYY-MM: the hiring month, the first month paid. Default: the scenario\'s `start`.' },
    months: {
      $ref: '#/$defs/monthCountOrRange',
      description: 'How many months the employment lasts from `from`. Default: open-ended (to the end of the analysis).',
    },
    raise: {
      $ref: '#/$defs/rateOrRange',
      default: 0,
      description: 'The yearly raise, compounding on each anniversary of `from`: 0.03 or "3%".',
    },
    onCallStipend: {
      $ref: '#/$defs/amountOrRange',
      description: 'Paid every month to each person on call, on top of `annualCost`; the people on call are `fte` rounded up. Default: none.',
    },
    coverage: {
      type: 'object',
      additionalProperties: false,
      required: ['hoursPerWeek', 'maxOnCallHoursPerPersonPerWeek'],
      description:
        'The on-call duty these people cover. It sets `fte` to the people a sustainable rotation needs, ⌈hoursPerWeek ÷ maxOnCallHoursPerPersonPerWeek⌉, when `fte` is not given; a smaller `fte` is reported.',
      properties: {
        hoursPerWeek: { type: 'number', minimum: 1, maximum: 168, description: 'Hours of on-call duty per week: 168 for 24×7, 40 for business hours.' },
        maxOnCallHoursPerPersonPerWeek: {
          type: 'number',
          minimum: 1,
          maximum: 168,
          description: 'The most on-call hours one person can sustainably carry per week, averaged over the rotation (e.g. 40: one week in four of 24×7).',
        },
      },
    },
    category: commonItemKeys.category,
    source: commonItemKeys.source,
    note: commonItemKeys.note,
  },
} as const;
