import { formatMonth } from '../calendar/month.js';
import { exposureMinorUnits, termLedger } from '../analysis/commitmentExposure.js';
import { leavingCost } from '../analysis/leavingCost.js';
import type { Decimal } from '../money/decimal.js';
import { formatMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import { roundMoney } from '../money/roundMoney.js';
import { monthlySumsAsDoubles, type ScenarioSchedule } from '../model/schedule.js';
import { asBigints } from '../model/categorySums.js';
import { convertAmount } from '../model/convertSchedule.js';
import type { Scenario } from '../scenario/scenario.js';
import type { AnalysisSettings } from '../analysis/analysisSettings.js';
import { conversionOf } from '../analysis/comparisonLedger.js';
import type { CommitmentSummary } from './comparison.js';

/**
 * A scenario's commitment as the comparison reports it, in the reporting currency: the term,
 * the committed minimum, the exit cost after each month of the term, the rules the file
 * states (exit fee, notice, renewal), and the cost of leaving after `settings.exitAfter`
 * months when asked. Null without a commitment. Given the scenario's ledger of the comparison,
 * the term's payments are read from it when it holds them all as the term's own ledger would;
 * given the comparison's month labels (`monthLabels(settings)`), its months in the horizon are
 * named with those very strings.
 *
 * @example
 * const settings = unwrap(resolveSettings([managedProvider], { exitAfter: 12 }));
 * const { exitCosts, ...summary } = commitmentSummary(managedProvider, settings)!;
 * summary.committedMinimum; // '1005000.00'
 * summary.exit?.total; // '1005000.00'
 */
export function commitmentSummary(scenario: Scenario, settings: AnalysisSettings, ledger?: ScenarioSchedule, monthLabels?: readonly string[]): CommitmentSummary | null {
  const commitment = scenario.commitment;
  if (commitment === undefined) return null;
  const conversion = conversionOf(scenario, settings);
  const months = commitment.months;
  const exposure = exposureMinorUnits(scenario, termPayments(scenario, months, settings, ledger) ?? termLedger(scenario, months, conversion).monthlyMinorUnits, conversion);
  const digits = settings.minorDigits;
  const money = (amount: Decimal) => amount.toFixed(digits);
  const units = (amount: MinorUnits) => formatMinorUnits(amount, digits);
  const inReportingCurrency = (amount: Decimal) => (conversion === undefined ? roundMoney(amount, digits) : convertAmount(amount, conversion));
  const { exitFee, noticeMonths, renewal } = commitment;
  const leaving = settings.exitAfter === undefined ? undefined : leavingCost(scenario, settings.exitAfter, conversion === undefined ? {} : { conversion });
  return {
    months,
    from: formatMonth(scenario.start),
    to: formatMonth(scenario.start + months - 1),
    committedMinimum: units(exposure.committedMinimum),
    exitCosts: exitCostsOf(exposure.exitCosts, scenario.start, settings, monthLabels),
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

/**
 * The term's payments month by month, read from the comparison's ledger of the scenario when
 * it is the term's own ledger over more months: in the cash view, with no migration overlap
 * added, and holding the whole term. Undefined when it is not.
 */
function termPayments(scenario: Scenario, months: number, settings: AnalysisSettings, ledger: ScenarioSchedule | undefined): readonly MinorUnits[] | undefined {
  const offset = scenario.start - settings.from;
  const sameLedger = ledger?.scenario === scenario && (settings.view ?? 'cash') === 'cash' && scenario.overlap === undefined;
  if (!sameLedger || offset < 0 || offset + months > settings.months) return undefined;
  // A ledger that holds its sums per month as doubles makes bigints of the term's months alone.
  const doubles = monthlySumsAsDoubles(ledger);
  return doubles === undefined ? ledger.monthlyMinorUnits.slice(offset, offset + months) : asBigints(doubles.subarray(offset, offset + months));
}

/** Each month's exit cost, the month named from the comparison's labels where it has one. */
function exitCostsOf(costs: readonly MinorUnits[], start: number, settings: AnalysisSettings, labels: readonly string[] | undefined): CommitmentSummary['exitCosts'] {
  const digits = settings.minorDigits;
  const exitCosts: { month: number; calendar: string; cost: string }[] = [];
  for (let k = 0; k < costs.length; k++) {
    const label = labels?.[start + k - settings.from];
    exitCosts.push({ month: k + 1, calendar: label ?? formatMonth(start + k), cost: formatMinorUnits(costs[k] as MinorUnits, digits) });
  }
  return exitCosts;
}
