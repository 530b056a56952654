/**
 * The scenario schema's keys about bills in FinOps FOCUS: `billing`, who bills this option,
 * for the FOCUS export (`costmodel schedule --format focus`), where each forecast row names
 * its provider, publisher, invoice issuer and billing account as a real bill would; and
 * `actuals`, how the rows of a FOCUS bill read as actual spending map to its items.
 */
import { nameKey } from './valueDefinitions.js';

/** The scenario's `billing` key: the names a FOCUS bill of this option would carry. */
export const billingKey = {
  type: 'object',
  additionalProperties: false,
  description:
    'Who bills this option, for the FOCUS export (`schedule --format focus`) and for reading a FOCUS bill as actuals. Every key is optional; the defaults are in docs/focus.md.',
  properties: {
    provider: nameKey('FOCUS ProviderName: who makes the services available (e.g. "Acme Hosting"). Default: the scenario\'s `name`.'),
    publisher: nameKey('FOCUS PublisherName: who produces the services. Default: `provider`.'),
    invoiceIssuer: nameKey('FOCUS InvoiceIssuerName: who sends the invoice (a reseller, say). Default: `provider`.'),
    account: nameKey('FOCUS BillingAccountId and BillingAccountName: the account the invoice is for. Default: the scenario\'s `name`.'),
  },
} as const;

/** The scenario's `actuals` key: which rows of a FOCUS bill are this option's, and which item each pays. */
export const actualsKey = {
  type: 'object',
  additionalProperties: false,
  description:
    'How the rows of a FOCUS bill given to `report --actuals` map to this option and its items (docs/focus.md). A row is this option\'s when its ProviderName is `provider`; it pays the item of the first `map` entry it matches, else the item its ServiceName names; a row that maps to no item is reported as unplanned spending.',
  properties: {
    provider: nameKey('The FOCUS ProviderName of this option\'s rows. Default: `billing.provider`, else the scenario\'s `name`.'),
    map: {
      type: 'array',
      description: 'Rules, tried in order: a row matches a rule when it has every value the rule gives (ignoring case).',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['item'],
        minProperties: 2,
        description: 'The item a row pays, and what the row must have: a ServiceName, a ServiceCategory and/or a tag.',
        properties: {
          item: nameKey('The name of one of this scenario\'s cost items.'),
          serviceName: nameKey('The row\'s FOCUS ServiceName.'),
          serviceCategory: nameKey('The row\'s FOCUS ServiceCategory (e.g. "Compute").'),
          tag: {
            type: 'object',
            additionalProperties: false,
            required: ['key'],
            description: 'A tag of the row\'s FOCUS Tags: the key, and the value when given.',
            properties: { key: nameKey('The tag\'s key.'), value: { type: 'string', description: 'The tag\'s value; any value when left out.' } },
          },
        },
      },
    },
  },
} as const;
