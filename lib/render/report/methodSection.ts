/**
 * "How these numbers were made": the rules behind every figure of the report, in a list a
 * reader can check them against — rounding, how thresholds are found, ties, what signing at
 * the revisit date means, and discounting when there is any.
 */
import { Money } from '../../money/decimal.js';
import type { RevisitReport } from '../../report/revisitReport.js';
import type { ReportBlock } from './reportBlocks.js';
import { monthWords, percentText } from './reportWords.js';

/** The section: one list item per rule. */
export function methodSection(report: RevisitReport): ReportBlock[] {
  const { settings } = report.comparison;
  const notes = [
    `Every amount is exact to the cent: each month's payment is rounded to the currency's minor unit and the totals are sums of those payments.`,
    `A threshold is the last value at which the decision still holds; one step beyond it, another option is cheaper. Amounts enter the totals linearly and are solved exactly, to the cent, then checked by running the model again; rates are found by a bracketed search to within ${new Money(report.thresholds.rateStep).times(100).toFixed()} percentage points; commitment lengths by trying every length.`,
    `A tie goes to the baseline (${settings.baseline}, what you do today), then to the option listed first: another option must be strictly cheaper to change the decision.`,
    `"Signing in ${monthWords(report.revisit)}" keeps ${settings.baseline} until then and moves the other option's start, and the months its items name, by the same number of months; drivers keep their own calendar.`,
  ];
  if (settings.discountRate !== null) notes.push(`NPV discounts each month's payments at ${percentText(settings.discountRate)} a year (annual effective), the first month undiscounted.`);
  return [
    { type: 'heading', level: 2, text: 'How these numbers were made' },
    { type: 'list', items: notes.map((text) => [{ text }]) },
  ];
}
