import { formatMonth } from '../calendar/month.js';
import { commitmentExposure } from '../analysis/commitmentExposure.js';
import { leavingCost } from '../analysis/leavingCost.js';
import type { Decimal } from '../money/decimal.js';
import { roundMoney } from '../money/roundMoney.js';
import { convertAmount } from '../model/convertSchedule.js';
import type { Scenario } from '../scenario/scenario.js';
import type { AnalysisSettings } from '../analysis/analysisSettings.js';
import { conversionOf } from '../analysis/comparisonLedger.js';
import type { CommitmentSummary } from './comparison.js';

/**
 * A scenario's commitment as the comparison reports it, in the reporting currency: the term,
 * the committed minimum, the exit cost after each month of the term, the rules the file
 * states (exit fee, notice, renewal), and the cost of leaving after `settings.exitAfter`
 * months when asked. Null without a commitment.
 *
 * @example
 * const settings = unwrap(resolveSettings([managedProvider], { exitAfter: 12 }));
 * const { exitCosts, ...summary } = commitmentSummary(managedProvider, settings)!;
 * summary.committedMinimum; // '1005000.00'
 * summary.exit?.total; // '1005000.00'
 */
export function commitmentSummary(scenario: Scenario, settings: AnalysisSettings): CommitmentSummary | null {
  const commitment = scenario.commitment;
  const conversion = conversionOf(scenario, settings);
  const exposure = commitmentExposure(scenario, conversion === undefined ? {} : { conversion });
  if (commitment === undefined || exposure === undefined) return null;
  const digits = settings.minorDigits;
  const money = (amount: Decimal) => amount.toFixed(digits);
  const inReportingCurrency = (amount: Decimal) => (conversion === undefined ? roundMoney(amount, digits) : convertAmount(amount, conversion));
  const { exitFee, noticeMonths, renewal } = commitment;
  const leaving = settings.exitAfter === undefined ? undefined : leavingCost(scenario, settings.exitAfter, conversion === undefined ? {} : { conversion });
  return {
    months: exposure.months,
    from: formatMonth(scenario.start),
    to: formatMonth(scenario.start + exposure.months - 1),
    committedMinimum: money(exposure.committedMinimum),
    exitCosts: exposure.exitCosts.map((cost, k) => ({ month: k + 1, calendar: formatMonth(scenario.start + k), cost: money(cost) })),
    ...(exitFee === undefined ? {} : { exitFee: { kind: exitFee.kind, rate: exitFee.share.toString(), amount: money(inReportingCurrency(exitFee.amount)) } }),
    ...(noticeMonths === undefined ? {} : { noticeMonths }),
    ...(renewal === undefined
      ? {}
      : { renewal: renewal.kind === 'monthly' && renewal.price !== undefined ? { kind: 'monthly', price: money(inReportingCurrency(renewal.price)) } : { kind: renewal.kind } }),
    ...(leaving === undefined
      ? {}
      : {
          exit: {
            decidedAfter: leaving.decidedAfter,
            decidedAt: formatMonth(scenario.start + leaving.decidedAfter - 1),
            noticeMonths: leaving.noticeMonths,
            servedMonths: leaving.servedMonths,
            endsAt: formatMonth(scenario.start + leaving.servedMonths - 1),
            paid: money(leaving.paid),
            fee: money(leaving.fee),
            total: money(leaving.total),
          },
        }),
  };
}
