/**
 * The scenario schema's keys about moving between options: the `commitment` signing obliges
 * you to, and the `overlap` while migrating from another option.
 */

/** The scenario's `commitment` key: a minimum term, what leaving early costs, notice and renewal. */
export const commitmentKey = {
  type: 'object',
  additionalProperties: false,
  required: ['months'],
  description: 'A minimum term from `start`. Leaving early costs the remaining payments due within the term.',
  properties: {
    months: { $ref: '#/$defs/monthCountOrRange', description: 'Length of the minimum term in months.' },
    exitFee: {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      description:
        'What leaving before the end of the term costs: `amount` plus a share of the payments still due in the rest of the term. Default: all the remaining payments.',
      properties: {
        kind: {
          enum: ['remaining', 'share', 'fixed'],
          description: '"remaining": all the payments still due in the term; "share": `rate` of them; "fixed": `amount` alone.',
        },
        rate: { $ref: '#/$defs/rateOrRange', description: 'For "share" (and only for it): the share of the remaining payments, 0.5 or "50%", from 0 to 100%.' },
        amount: {
          $ref: '#/$defs/amountOrRange',
          description: 'A fixed fee: required for "fixed", added to the share for "remaining" and "share". Default: 0.',
        },
      },
    },
    noticeMonths: {
      $ref: '#/$defs/monthCountFromZeroOrRange',
      default: 0,
      description: 'Months of notice: after you give notice, the service, and its payments, run this many months more.',
    },
    renewal: {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      description: 'What happens at the end of the term. Default: every item continues as written, without a new term.',
      properties: {
        kind: {
          enum: ['ends', 'renews', 'monthly'],
          description:
            '"ends": nothing is paid after the term; "renews": a new term of the same length starts, again and again; "monthly": the service continues month to month, without a term.',
        },
        price: {
          $ref: '#/$defs/amountOrRange',
          description:
            'For "monthly" (and only for it): the price per month after the term, which then replaces every item of the scenario. Default: the items continue at their own prices.',
        },
      },
    },
  },
} as const;

/** The scenario's `overlap` key: the months the option left behind keeps running. */
export const overlapKey = {
  type: 'object',
  additionalProperties: false,
  required: ['months'],
  description:
    'Migrating to this option: the option you leave keeps running, and costing, during the first `months` months of this one; its costs are added to this scenario as items marked "(overlap)".',
  properties: {
    months: { $ref: '#/$defs/monthCountOrRange', description: 'Months during which both options run, from this scenario\'s `start`.' },
    scenario: {
      type: 'string',
      pattern: '\\S',
      description: 'Name of the compared scenario you migrate from. Default: the baseline.',
    },
  },
} as const;
