/**
 * The scenario schema's `billing` key: who bills this option, for the FOCUS export
 * (`costmodel schedule --format focus`), where each forecast row names its provider,
 * publisher, invoice issuer and billing account as a real bill would.
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
