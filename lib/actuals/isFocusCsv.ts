/**
 * Whether a CSV text is a FinOps FOCUS file: its header (the first line that is not blank)
 * names ChargePeriodStart and BilledCost, as every FOCUS dataset's does.
 *
 * @example
 * isFocusCsv('BilledCost,ChargePeriodStart,BillingCurrency\n'); // true
 * isFocusCsv('Month,Scenario,Amount\n'); // false
 */
export function isFocusCsv(text: string): boolean {
  // Leading blank lines and spaces are skipped, then one line is read: never the whole file.
  const header = /^\uFEFF?\s*([^\r\n]*)/.exec(text)?.[1] ?? '';
  const names = header.split(',').map((name) => name.trim().replace(/^"|"$/g, ''));
  return names.includes('ChargePeriodStart') && names.includes('BilledCost');
}
