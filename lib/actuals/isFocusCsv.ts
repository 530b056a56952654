/**
 * Columns of FOCUS 1.2 that every provider's export has and costmodel's simple actuals
 * format (month, scenario, item, amount) never does.
 */
const FOCUS_HEADER_COLUMNS: ReadonlySet<string> = new Set([
  'BilledCost',
  'BillingAccountId',
  'BillingCurrency',
  'BillingPeriodEnd',
  'BillingPeriodStart',
  'ChargeCategory',
  'ChargeClass',
  'ChargePeriodEnd',
  'ChargePeriodStart',
  'ContractedCost',
  'EffectiveCost',
  'InvoiceIssuerName',
  'ListCost',
  'ProviderName',
  'PublisherName',
  'ServiceCategory',
  'ServiceName',
]);

/**
 * Whether a CSV text is a FinOps FOCUS file: its header (the first line that is not blank)
 * names at least two of the columns every FOCUS dataset has. Two, not all that costmodel
 * reads: a bill that lacks BilledCost, or has ChargePeriodStart misspelt, is still a bill,
 * and is told which column it lacks rather than the simple format's columns.
 *
 * @example
 * isFocusCsv('BilledCost,ChargePeriodStart,BillingCurrency\n'); // true
 * isFocusCsv('BillingCurrency,ChargePeriodStrat,EffectiveCost\n'); // true
 * isFocusCsv('Month,Scenario,Amount\n'); // false
 */
export function isFocusCsv(text: string): boolean {
  // Leading blank lines and spaces are skipped, then one line is read: never the whole file.
  const header = /^\uFEFF?\s*([^\r\n]*)/.exec(text)?.[1] ?? '';
  const names = header.split(',').map((name) => name.trim().replace(/^"|"$/g, ''));
  return names.filter((name) => FOCUS_HEADER_COLUMNS.has(name)).length >= 2;
}
