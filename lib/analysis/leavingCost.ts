import type { Decimal } from '../money/decimal.js';
import { fromMinorUnits } from '../money/minorUnits.js';
import type { Scenario } from '../scenario/scenario.js';
import { exitFeeRule, termLedger, type ExposureOptions } from './commitmentExposure.js';
import { sumMinorUnits } from './sumMinorUnits.js';

/**
 * What leaving a committed scenario costs when you decide to leave after some months:
 * everything paid until the service ends, plus the exit fee.
 *
 * @example
 * const leaving: LeavingCost | undefined = leavingCost(managedProvider, 12);
 * [leaving?.servedMonths, leaving?.paid.toFixed(2), leaving?.fee.toFixed(2), leaving?.total.toFixed(2)];
 * // [12, '525000.00', '480000.00', '1005000.00']
 */
export type LeavingCost = {
  /** Months from the scenario's start after which notice is given. */
  readonly decidedAfter: number;
  readonly noticeMonths: number;
  /** Months paid from the scenario's start: `decidedAfter` + `noticeMonths`. */
  readonly servedMonths: number;
  /** Every payment of those months, one-time payments included. */
  readonly paid: Decimal;
  /** The exit fee on the payments still due in the rest of the term then current; 0 at or after its end. */
  readonly fee: Decimal;
  readonly total: Decimal;
};

/**
 * The cost of leaving a committed scenario after `decidedAfter` months from its start, in
 * the cash view and whatever the analysis window: notice is given at the end of that month,
 * so the service runs, and is paid, `noticeMonths` more; the exit fee is then due on the
 * payments left in the term current at that moment — none when it ends exactly then, or when
 * the term is over and does not renew. Undefined for a scenario without a commitment.
 *
 * @example
 * // Leaving the managed provider after 30 months: the 24-month term is over, so no fee
 * const late = leavingCost(managedProvider, 30)!;
 * [late.paid.toFixed(2), late.fee.toFixed(2)]; // ['1245000.00', '0.00']
 */
export function leavingCost(scenario: Scenario, decidedAfter: number, options: ExposureOptions = {}): LeavingCost | undefined {
  const commitment = scenario.commitment;
  if (commitment === undefined) return undefined;
  const noticeMonths = commitment.noticeMonths ?? 0;
  const served = decidedAfter + noticeMonths;
  const term = commitment.months;
  const termEnd = commitment.renewal?.kind === 'renews' ? Math.ceil(served / term) * term : Math.max(term, served);
  const digits = options.conversion?.minorDigits ?? scenario.minorDigits;
  const { monthlyMinorUnits } = termLedger(scenario, Math.max(served, termEnd), options.conversion);
  const paid = fromMinorUnits(sumMinorUnits(monthlyMinorUnits, 0, served), digits);
  const fee = served < termEnd ? exitFeeRule(scenario, options.conversion)(fromMinorUnits(sumMinorUnits(monthlyMinorUnits, served, termEnd), digits)) : fromMinorUnits(0n, digits);
  return { decidedAfter, noticeMonths, servedMonths: served, paid, fee, total: paid.plus(fee) };
}
