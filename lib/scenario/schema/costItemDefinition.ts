/**
 * The scenario schema's cost items: one definition per kind (`oneTimeDefinition.ts`,
 * `recurringDefinition.ts`, …), chosen by `kind`, and the keys the kinds share.
 */
import { nameKey, textKey } from './valueDefinitions.js';

/** The keys every cost item has: its name, and how it is grouped and explained. */
export const commonItemKeys = {
  name: nameKey('What this cost is, unique within the scenario (e.g. "Managed hosting").'),
  category: { ...nameKey('Free text used to group and stack costs (e.g. "hosting", "staff", "migration").'), default: 'other' },
  source: textKey('Where the number comes from (a quote, an invoice, a salary survey). The revisit report lists it.'),
  note: textKey('Anything a reader of the numbers should know.'),
} as const;

/** The keys usage and step items share: the driver they are priced by, and when they run. */
export const meteredItemKeys = {
  driver: { type: 'string', pattern: '\\S', description: 'The driver this item is priced by: a key of `drivers` (in this file or the one it extends).' },
  from: { $ref: '#/$defs/month', description: 'YYYY-MM of the first month charged. Default: the scenario\'s `start`.' },
  months: {
    $ref: '#/$defs/monthCountOrRange',
    description: 'How many months the item runs from `from`. Default: open-ended (to the end of the analysis).',
  },
} as const;

/**
 * `$defs/costItem`: one of the kinds, chosen by `kind` (ajv's discriminator), so that an item
 * is checked against its own kind alone.
 */
export const costItemDefinition = {
  type: 'object',
  required: ['kind'],
  properties: { kind: { type: 'string', description: 'What kind of cost this is.' } },
  discriminator: { propertyName: 'kind' },
  oneOf: [{ $ref: '#/$defs/oneTime' }, { $ref: '#/$defs/recurring' }, { $ref: '#/$defs/usage' }, { $ref: '#/$defs/step' }, { $ref: '#/$defs/staff' }, { $ref: '#/$defs/hardware' }],
} as const;
