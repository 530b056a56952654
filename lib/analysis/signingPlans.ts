/**
 * What signing an option commits you to, and what waiting until the revisit date is worth:
 *
 *   per option other than the baseline ─▶ its commitment: the committed minimum, and the
 *     cost of signing now and leaving at the revisit date
 *   ─▶ two switching plans over the same horizon, each paying the baseline until the option
 *      starts: sign now (the option as it is), or sign at the revisit date (the option moved
 *      to start then) ─▶ each plan's total, NPV, break-even and what its term commits after
 *      the horizon ─▶ the value of waiting: the difference of the two
 */
import { formatMonth, type Month } from '../calendar/month.js';
import { Money, type Decimal } from '../money/decimal.js';
import { formatMinorUnits, fromMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import { roundMoney } from '../money/roundMoney.js';
import type { Conversion } from '../model/convertSchedule.js';
import type { ScenarioSchedule } from '../model/schedule.js';
import { movedToStart } from '../scenario/movedToStart.js';
import type { Scenario } from '../scenario/scenario.js';
import { analysisMonth, type AnalysisMonth } from './analysisMonth.js';
import type { AnalysisSettings } from './analysisSettings.js';
import { breakEvenIndex } from './breakEven.js';
import { commitmentExposure, termLedger } from './commitmentExposure.js';
import { conversionOf, replacedLedger } from './comparisonLedger.js';
import { leavingCost } from './leavingCost.js';
import { npv } from './npv.js';
import { cumulativeMinorUnits, sumMinorUnits } from './sumMinorUnits.js';

/**
 * What choosing a scenario other than the baseline commits you to, and what waiting until
 * the revisit date is worth: the plan "keep the baseline until the revisit date, then
 * switch" against "switch now", over the same horizon.
 *
 * @example
 * const [provider] = revisitReport([selfHosted, managedProvider], { months: 36 }).exposure;
 * [provider?.committedMinimum, provider?.leavingAtRevisit?.fee, provider?.valueOfWaiting]; // ['1005000.00', '480000.00', '432000.00']
 */
export type Exposure = {
  readonly scenario: string;
  /** The minimum term, from the scenario's start; null without a commitment. */
  readonly commitment: { readonly months: number; readonly from: string; readonly to: string } | null;
  /** Every payment due within the term if you sign; null without a commitment. */
  readonly committedMinimum: string | null;
  /**
   * Signing now and leaving at the revisit date (notice given at the end of the month
   * before it): what has been paid by then, the exit fee, and the sum. Null without a
   * commitment or when the revisit date is not after the scenario's start.
   */
  readonly leavingAtRevisit: {
    readonly decidedAt: string;
    /** Months the service runs, and is paid, after notice is given. */
    readonly noticeMonths: number;
    readonly paid: string;
    readonly fee: string;
    readonly total: string;
  } | null;
  /** Switching at the scenario's start, as the comparison has it. */
  readonly signNow: SigningPlan;
  /** Keeping the baseline until the revisit date, then switching (the scenario moved to start then). */
  readonly signAtRevisit: SigningPlan;
  /** signNow.total − signAtRevisit.total: what waiting saves (negative: what it costs). */
  readonly valueOfWaiting: string;
  /** The same by NPV; null when not discounting. */
  readonly valueOfWaitingNpv: string | null;
  /**
   * signAtRevisit.committedAfterHorizon − signNow.committedAfterHorizon: how much more of the
   * commitment waiting pushes past the end of the horizon, where `valueOfWaiting` does not
   * see it. Null without a commitment.
   */
  readonly waitingCommitsAfterHorizon: string | null;
};

/**
 * One way of switching, over the horizon: its total, NPV and break-even against the baseline.
 *
 * @example
 * const plan: SigningPlan = revisitReport([selfHosted, managedProvider], { months: 36 }).exposure[0]!.signAtRevisit;
 * plan; // { starts: '2010-05', total: '1053000.00', npv: null, breakEven: null, committedAfterHorizon: '0.00' }
 */
export type SigningPlan = {
  /** The month the scenario's costs start. */
  readonly starts: string;
  readonly total: string;
  readonly npv: string | null;
  /** The first month from which the plan's cumulative cost stays at or below the baseline's; null when never within the horizon. */
  readonly breakEven: AnalysisMonth | null;
  /**
   * Payments the commitment makes due after the horizon ends, which `total` leaves out: a
   * later signature pushes more of the term past the horizon. Null without a commitment.
   */
  readonly committedAfterHorizon: string | null;
};

/**
 * The exposure of every scenario but the baseline, in order. `ledgers` are the scenarios'
 * ledgers over the horizon under `settings`, as the comparison has them.
 *
 * @example
 * const settings = unwrap(resolveSettings([selfHosted, managedProvider], { months: 36 }));
 * const [provider] = signingPlans([selfHosted, managedProvider], settings, comparisonLedger([selfHosted, managedProvider], settings), parseMonth('2010-05')!);
 * [provider?.signNow.total, provider?.signAtRevisit.total, provider?.valueOfWaiting]; // ['1485000.00', '1053000.00', '432000.00']
 */
export function signingPlans(scenarios: readonly Scenario[], settings: AnalysisSettings, ledgers: readonly ScenarioSchedule[], revisit: Month): Exposure[] {
  return scenarios.flatMap((_scenario, index) => (index === settings.baselineIndex ? [] : [exposureOf(scenarios, ledgers, index, settings, revisit)]));
}

function exposureOf(scenarios: readonly Scenario[], ledgers: readonly ScenarioSchedule[], index: number, settings: AnalysisSettings, revisit: Month): Exposure {
  const scenario = scenarios[index] as Scenario;
  const digits = settings.minorDigits;
  const units = (amount: MinorUnits) => formatMinorUnits(amount, digits);
  const money = (amount: Decimal) => amount.toFixed(digits);
  const baseline = ledgers[settings.baselineIndex] as ScenarioSchedule;
  const now = ledgers[index] as ScenarioSchedule;

  // Waiting: the baseline runs until the revisit date, then the scenario, moved to start then.
  const moved = movedToStart(scenario, Math.max(scenario.start, revisit));
  const movedLedger = moved === scenario ? now : replacedLedger(scenarios, settings, index, moved);
  // Each plan switches: the baseline is paid until the option's own start, the option after.
  const switching = (option: ScenarioSchedule, start: Month) => {
    const switchIndex = Math.max(0, Math.min(settings.months, start - settings.from));
    return baseline.monthlyMinorUnits.map((amount, m) => (m < switchIndex ? amount : (option.monthlyMinorUnits[m] as MinorUnits)));
  };
  const nowMonthly = switching(now, scenario.start);
  const waitingMonthly = switching(movedLedger, moved.start);
  const baselineCumulative = cumulativeMinorUnits(baseline.monthlyMinorUnits);
  const conversion = conversionOf(scenario, settings);
  const plan = (monthly: readonly MinorUnits[], signed: Scenario) => {
    const at = breakEvenIndex(baselineCumulative, cumulativeMinorUnits(monthly));
    const after = committedAfter(signed, settings.from + settings.months, conversion);
    const signing: SigningPlan = {
      starts: formatMonth(signed.start),
      total: units(sumMinorUnits(monthly)),
      npv: settings.discountRate === undefined ? null : money(npvOf(monthly, settings)),
      breakEven: at === undefined ? null : analysisMonth(settings.from, at),
      committedAfterHorizon: after === undefined ? null : units(after),
    };
    return { signing, after };
  };
  const signNow = plan(nowMonthly, scenario);
  const signAtRevisit = plan(waitingMonthly, moved);

  const commitment = scenario.commitment;
  const leaving = commitment !== undefined && revisit > scenario.start ? leavingCost(scenario, revisit - scenario.start, conversion === undefined ? {} : { conversion }) : undefined;
  const committed = commitmentExposure(scenario, conversion === undefined ? {} : { conversion });
  const npvNow = signNow.signing.npv;
  const npvWaiting = signAtRevisit.signing.npv;
  return {
    scenario: scenario.name,
    commitment: commitment === undefined ? null : { months: commitment.months, from: formatMonth(scenario.start), to: formatMonth(scenario.start + commitment.months - 1) },
    committedMinimum: committed === undefined ? null : money(committed.committedMinimum),
    leavingAtRevisit:
      leaving === undefined
        ? null
        : { decidedAt: formatMonth(revisit - 1), noticeMonths: leaving.noticeMonths, paid: money(leaving.paid), fee: money(leaving.fee), total: money(leaving.total) },
    signNow: signNow.signing,
    signAtRevisit: signAtRevisit.signing,
    valueOfWaiting: units(sumMinorUnits(nowMonthly) - sumMinorUnits(waitingMonthly)),
    valueOfWaitingNpv: npvNow === null || npvWaiting === null ? null : money(new Money(npvNow).minus(npvWaiting)),
    waitingCommitsAfterHorizon: signAtRevisit.after === undefined || signNow.after === undefined ? null : units(signAtRevisit.after - signNow.after),
  };
}

/** The payments of the scenario's commitment term that fall in `end` (the month after the horizon) or later; undefined without a commitment. */
function committedAfter(scenario: Scenario, end: Month, conversion: Conversion | undefined): MinorUnits | undefined {
  const months = scenario.commitment?.months;
  if (months === undefined) return undefined;
  const { monthlyMinorUnits } = termLedger(scenario, months, conversion);
  return sumMinorUnits(monthlyMinorUnits, Math.max(0, Math.min(months, end - scenario.start)), months);
}

function npvOf(monthly: readonly MinorUnits[], settings: AnalysisSettings): Decimal {
  const digits = settings.minorDigits;
  return roundMoney(npv(monthly.map((amount) => fromMinorUnits(amount, digits)), settings.discountRate as Decimal), digits);
}
