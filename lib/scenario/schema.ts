/**
 * The scenario file format, version 1, as a JSON Schema (draft 2020-12).
 *
 * This object is the single source of truth: validation (compiled ahead of time into
 * `generated/validateScenarioSchema.cjs`), the shipped `docs/scenario.schema.json` that editors
 * use through `$schema`, and the key table in `docs/scenario-format.md` are all generated from
 * it by `npm run generate`; a test fails when any of them is stale.
 */

const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';
const AMOUNT_PATTERN = '^\\s*(\\d+(\\.\\d*)?|\\.\\d+)\\s*$';
const RATE_PATTERN = '^\\s*-?(\\d+(\\.\\d*)?|\\.\\d+)\\s*%?\\s*$';
/** The same numbers as AMOUNT_PATTERN, written differently so that errors can say "number", not "amount". */
const QUANTITY_PATTERN = '^\\s*(\\d+\\.?\\d*|\\.\\d+)\\s*$';
const SIGNED_QUANTITY_PATTERN = '^\\s*-?(\\d+(\\.\\d*)?|\\.\\d+)\\s*$';
const DRIVER_NAME_PATTERN = '^[A-Za-z][A-Za-z0-9_-]*$';

const text = (description: string) => ({ type: 'string', description }) as const;

const itemCommon = {
  name: { type: 'string', pattern: '\\S', description: 'What this cost is, unique within the scenario (e.g. "Managed hosting").' },
  category: {
    type: 'string',
    pattern: '\\S',
    default: 'other',
    description: 'Free text used to group and stack costs (e.g. "hosting", "staff", "migration").',
  },
  source: text('Where the number comes from (a quote, an invoice, a salary survey). The revisit report lists it.'),
  note: text('Anything a reader of the numbers should know.'),
} as const;

/** The keys usage and step items share: the driver they are priced by, and when they run. */
const meteredItemCommon = {
  driver: { type: 'string', pattern: '\\S', description: 'The driver this item is priced by: a key of `drivers` (in this file or the one it extends).' },
  from: { $ref: '#/$defs/month', description: 'YYYY-MM of the first month charged. Default: the scenario\'s `start`.' },
  months: {
    type: 'integer',
    minimum: 1,
    maximum: 1200,
    description: 'How many months the item runs from `from`. Default: open-ended (to the end of the analysis).',
  },
} as const;

/**
 * The scenario file format, version 1, as a JSON Schema (draft 2020-12) object; the package
 * also ships it as `costmodel/scenario.schema.json` for editors.
 *
 * @example
 * [scenarioSchema.$id, scenarioSchema.required]; // ['urn:costmodel:scenario:1', ['name', 'currency', 'start', 'costs']]
 * Object.keys(scenarioSchema.$defs.recurring.properties);
 * // ['name', 'kind', 'amount', 'every', 'billing', 'from', 'months', 'escalation', 'category', 'source', 'note']
 */
export const scenarioSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:costmodel:scenario:1',
  title: 'costmodel scenario',
  description: 'One hosting option: what it costs, from when, and what it commits you to.',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'currency', 'start', 'costs'],
  properties: {
    $schema: text('Path or URL of this schema, so editors check and complete the file.'),
    version: { const: 1, default: 1, description: 'The scenario format version. Only 1 exists.' },
    name: { type: 'string', pattern: '\\S', description: 'Display name, unique among the compared scenarios.' },
    description: text('A sentence about this option (e.g. "Quote received April 2009").'),
    currency: {
      type: 'string',
      pattern: '^[A-Z]{3}$',
      description: 'ISO 4217 currency code of every amount in the file (e.g. "USD"). Compared scenarios must share it.',
    },
    start: { $ref: '#/$defs/month', description: 'YYYY-MM: the month this option\'s costs begin. It costs nothing before.' },
    extends: {
      type: 'string',
      pattern: '\\S',
      description:
        'Path of a base file (relative to this file) whose keys this file takes unless it gives them itself, typically shared `drivers`. A base file has this format with every key optional; drivers merge by name, other keys are replaced whole. Only files read from disk can extend.',
    },
    drivers: {
      type: 'object',
      description: 'Named monthly quantities that usage and step items are priced by, e.g. `customers`. Names start with a letter and hold letters, digits, `_` and `-`.',
      propertyNames: { pattern: DRIVER_NAME_PATTERN },
      additionalProperties: { $ref: '#/$defs/driver' },
    },
    commitment: {
      type: 'object',
      additionalProperties: false,
      required: ['months'],
      description: 'A minimum term from `start`. Leaving early costs the remaining payments due within the term.',
      properties: {
        months: { type: 'integer', minimum: 1, maximum: 1200, description: 'Length of the minimum term in months.' },
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
            rate: { $ref: '#/$defs/rate', description: 'For "share" (and only for it): the share of the remaining payments, 0.5 or "50%", from 0 to 100%.' },
            amount: {
              $ref: '#/$defs/amount',
              description: 'A fixed fee: required for "fixed", added to the share for "remaining" and "share". Default: 0.',
            },
          },
        },
        noticeMonths: {
          type: 'integer',
          minimum: 0,
          maximum: 1200,
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
              $ref: '#/$defs/amount',
              description:
                'For "monthly" (and only for it): the price per month after the term, which then replaces every item of the scenario. Default: the items continue at their own prices.',
            },
          },
        },
      },
    },
    overlap: {
      type: 'object',
      additionalProperties: false,
      required: ['months'],
      description:
        'Migrating to this option: the option you leave keeps running, and costing, during the first `months` months of this one; its costs are added to this scenario as items marked "(overlap)".',
      properties: {
        months: { type: 'integer', minimum: 1, maximum: 1200, description: 'Months during which both options run, from this scenario\'s `start`.' },
        scenario: {
          type: 'string',
          pattern: '\\S',
          description: 'Name of the compared scenario you migrate from. Default: the baseline.',
        },
      },
    },
    costs: {
      type: 'array',
      description: 'The cost items of this option.',
      items: { $ref: '#/$defs/costItem' },
    },
  },
  $defs: {
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
    driver: {
      type: 'object',
      additionalProperties: false,
      description:
        'A named monthly quantity, given one of three ways: `value` (with an optional `growth`), a list of monthly `values`, or a `csv` file. It is 0 before `from`.',
      properties: {
        description: text('What the driver counts, and why it grows this way.'),
        unit: {
          type: 'string',
          pattern: '\\S',
          description: 'One of what the driver counts, for sentences such as "cost per customer" (e.g. "customer"). Default: "unit of" and the name ("unit of customers").',
        },
        from: {
          $ref: '#/$defs/month',
          description: 'YYYY-MM of `value` or of the first of `values`; give it in a shared base file, so that scenarios starting in different months agree. Default: the scenario\'s `start`.',
        },
        value: { $ref: '#/$defs/quantity', description: 'The driver\'s value in the month `from`; it stays there unless `growth` is given.' },
        growth: {
          type: 'object',
          additionalProperties: false,
          required: ['every'],
          description: 'How `value` grows, in steps every month, quarter or year from `from`: linear (`add`) or compound (`rate`), one of the two.',
          properties: {
            add: { $ref: '#/$defs/signedQuantity', description: 'Linear growth: added at each step (negative to decline; the driver never goes below 0).' },
            rate: { $ref: '#/$defs/rate', description: 'Compound growth per step: 0.05 or "5%", so that the value is value × (1 + rate)^steps.' },
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
        source: text('Where the numbers come from (a forecast, the CRM, a board plan).'),
      },
    },
    tier: {
      type: 'object',
      additionalProperties: false,
      required: ['price'],
      description: 'One band of a tiered usage price.',
      properties: {
        upTo: {
          $ref: '#/$defs/quantity',
          description: 'The last quantity this tier covers (inclusive); the next tier starts above it. Omit it on the last tier, which covers everything above.',
        },
        price: { $ref: '#/$defs/amount', description: 'The price per driver unit per period (`every`) within this tier.' },
      },
    },
    costItem: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { type: 'string', description: 'What kind of cost this is.' } },
      discriminator: { propertyName: 'kind' },
      oneOf: [{ $ref: '#/$defs/oneTime' }, { $ref: '#/$defs/recurring' }, { $ref: '#/$defs/usage' }, { $ref: '#/$defs/step' }, { $ref: '#/$defs/staff' }, { $ref: '#/$defs/hardware' }],
    },
    oneTime: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'kind', 'amount'],
      description: 'A single payment.',
      properties: {
        name: itemCommon.name,
        kind: { const: 'one-time', description: 'A single payment.' },
        amount: { $ref: '#/$defs/amount' },
        month: { $ref: '#/$defs/month', description: 'YYYY-MM when it is paid. Default: the scenario\'s `start`.' },
        category: itemCommon.category,
        source: itemCommon.source,
        note: itemCommon.note,
      },
    },
    recurring: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'kind', 'amount', 'every'],
      description: 'A fee paid every month, quarter or year.',
      properties: {
        name: itemCommon.name,
        kind: { const: 'recurring', description: 'A fee paid every period.' },
        amount: { $ref: '#/$defs/amount', description: 'The amount per period (per month, quarter or year).' },
        every: { enum: ['month', 'quarter', 'year'], description: 'The period the amount is for.' },
        billing: {
          enum: ['upfront', 'monthly'],
          default: 'upfront',
          description: 'For quarter/year: "upfront" pays the whole amount at the start of each period; "monthly" spreads it over the period\'s months so the parts sum exactly.',
        },
        from: { $ref: '#/$defs/month', description: 'YYYY-MM of the first period. Default: the scenario\'s `start`.' },
        months: {
          type: 'integer',
          minimum: 1,
          maximum: 1200,
          description: 'How many months the item runs from `from`. Default: open-ended (to the end of the analysis).',
        },
        escalation: {
          type: 'object',
          additionalProperties: false,
          required: ['rate'],
          description: 'A compounding price increase applied on each anniversary of `from`.',
          properties: {
            rate: { $ref: '#/$defs/rate', description: 'The increase per step: 0.03 or "3%".' },
            every: { enum: ['month', 'quarter', 'year'], default: 'year', description: 'How often the price steps up.' },
          },
        },
        category: itemCommon.category,
        source: itemCommon.source,
        note: itemCommon.note,
      },
    },
    usage: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'kind', 'driver'],
      description: 'A price per unit of a driver (per customer, per TB), flat or tiered, charged month by month.',
      properties: {
        name: itemCommon.name,
        kind: { const: 'usage', description: 'A price per driver unit.' },
        driver: meteredItemCommon.driver,
        price: { $ref: '#/$defs/amount', description: 'The price per driver unit per period (`every`). Give `price` or `tiers`, not both.' },
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
        minimum: { $ref: '#/$defs/amount', description: 'The least charged in any month the item runs: a minimum monthly charge.' },
        from: meteredItemCommon.from,
        months: meteredItemCommon.months,
        category: itemCommon.category,
        source: itemCommon.source,
        note: itemCommon.note,
      },
    },
    step: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'kind', 'driver', 'blockSize'],
      description: 'Capacity bought in blocks as a driver grows: one more server for every 40 customers.',
      properties: {
        name: itemCommon.name,
        kind: { const: 'step', description: 'Capacity in blocks.' },
        driver: meteredItemCommon.driver,
        blockSize: { $ref: '#/$defs/quantity', description: 'Driver units one block serves (e.g. 40 customers per server); above 0.' },
        included: {
          $ref: '#/$defs/quantity',
          default: 0,
          description: 'Driver units served without any block: capacity you already have and pay for elsewhere.',
        },
        oneTimePerBlock: { $ref: '#/$defs/amount', description: 'Paid once for each block added, in the month it is added (e.g. buying a server).' },
        recurringPerBlock: { $ref: '#/$defs/amount', description: 'Paid for each block held, per period (`every`) (e.g. rack space for a server).' },
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
        from: meteredItemCommon.from,
        months: meteredItemCommon.months,
        category: itemCommon.category,
        source: itemCommon.source,
        note: itemCommon.note,
      },
    },
    staff: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'kind', 'annualCost'],
      description: 'People: full-time equivalents at an annual loaded cost, paid monthly from the hiring month, with a yearly raise and an optional on-call stipend.',
      properties: {
        name: itemCommon.name,
        kind: { const: 'staff', description: 'People on the payroll.' },
        annualCost: {
          $ref: '#/$defs/amount',
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
          type: 'integer',
          minimum: 1,
          maximum: 1200,
          description: 'How many months the employment lasts from `from`. Default: open-ended (to the end of the analysis).',
        },
        raise: {
          $ref: '#/$defs/rate',
          default: 0,
          description: 'The yearly raise, compounding on each anniversary of `from`: 0.03 or "3%".',
        },
        onCallStipend: {
          $ref: '#/$defs/amount',
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
        category: itemCommon.category,
        source: itemCommon.source,
        note: itemCommon.note,
      },
    },
    hardware: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'kind', 'price', 'lifeMonths'],
      description:
        'Equipment bought outright: its price is paid when bought and again at each refresh (cash view), or spread over its useful life (amortized view).',
      properties: {
        name: itemCommon.name,
        kind: { const: 'hardware', description: 'Equipment bought outright.' },
        price: { $ref: '#/$defs/amount', description: 'The purchase price, paid in the month of purchase.' },
        lifeMonths: {
          type: 'integer',
          minimum: 1,
          maximum: 1200,
          description: 'The useful life in months, from the month of purchase: the equipment is replaced (or retired) after it.',
        },
        from: { $ref: '#/$defs/month', description: 'YYYY-MM of the first purchase. Default: the scenario\'s `start`.' },
        refresh: {
          type: 'boolean',
          default: true,
          description: 'true: the equipment is bought again at the end of each life, for as long as the analysis runs; false: bought once.',
        },
        salvage: {
          $ref: '#/$defs/amount',
          default: 0,
          description: 'What the equipment sells for at the end of each life, received then (a negative entry). At most `price`.',
        },
        category: itemCommon.category,
        source: itemCommon.source,
        note: itemCommon.note,
      },
    },
  },
} as const;

export type ScenarioSchema = typeof scenarioSchema;
