import type { Decimal } from '../money/decimal.js';
import { divideRoundingHalfAway, fixedPointOf, pow10 } from '../money/fixedPoint.js';
import { fromMinorUnits, toMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import { roundMoney } from '../money/roundMoney.js';
import { convertAmount, convertScenarioSchedule, type Conversion } from '../model/convertSchedule.js';
import { scenarioSchedule } from '../model/schedule.js';
import type { Scenario } from '../scenario/scenario.js';

/**
 * What a scenario's commitment obliges you to pay.
 *
 * @example
 * const exposure: CommitmentExposure | undefined = commitmentExposure(managedProvider);
 * [exposure?.months, exposure?.exitCosts.length, exposure?.exitCosts.at(-1)?.toFixed(2)]; // [24, 24, '0.00']
 */
export type CommitmentExposure = {
  /** Term length in months, from the scenario's start. */
  readonly months: number;
  /** Sum of every payment due within the term, one-time payments included. */
  readonly committedMinimum: Decimal;
  /**
   * `exitCosts[k]` is the cost of leaving at the end of month k+1 of the term: the exit fee
   * on the payments still due in the rest of the term (by default all of them). The last is
   * zero: the term is over.
   */
  readonly exitCosts: readonly Decimal[];
};

/**
 * The committed minimum and the cost of leaving at the end of each month of the term.
 * The term runs from the scenario's own start, whatever the analysis window, and covers
 * every item of the scenario, in the cash view. The exit fee after month k is
 * `amount` + ROUND(`share` × the payments due in months k+1 to the end of the term) (see
 * {@link ExitFee}); with a conversion, the payments are converted entry by entry first and
 * the fixed amount is converted too.
 *
 * @example
 * const exposure = commitmentExposure(managedProvider)!;
 * exposure.committedMinimum.toFixed(2); // '1005000.00'
 * // leaving after month 12
 * exposure.exitCosts[11]!.toFixed(2); // '480000.00'
 * commitmentExposure(selfHosted); // undefined
 */
export function commitmentExposure(scenario: Scenario, options: ExposureOptions = {}): CommitmentExposure | undefined {
  if (scenario.commitment === undefined) return undefined;
  const months = scenario.commitment.months;
  const digits = options.conversion?.minorDigits ?? scenario.minorDigits;
  const exposure = exposureMinorUnits(scenario, termLedger(scenario, months, options.conversion).monthlyMinorUnits, options.conversion);
  return { months, committedMinimum: fromMinorUnits(exposure.committedMinimum, digits), exitCosts: exposure.exitCosts.map((cost) => fromMinorUnits(cost, digits)) };
}

/**
 * {@link commitmentExposure} in exact minor units, from the payments of each month of the
 * term (in the reporting currency): the committed minimum and the exit cost after each month.
 *
 * @example
 * const { monthlyMinorUnits } = termLedger(managedProvider, 24, undefined);
 * const { committedMinimum, exitCosts } = exposureMinorUnits(managedProvider, monthlyMinorUnits, undefined);
 * [committedMinimum, exitCosts[11], exitCosts[23]]; // [100500000n, 48000000n, 0n]
 */
export function exposureMinorUnits(scenario: Scenario, termMonthly: readonly MinorUnits[], conversion: Conversion | undefined): { committedMinimum: MinorUnits; exitCosts: MinorUnits[] } {
  const months = termMonthly.length;
  const exitFee = exitFeeUnitsRule(scenario, conversion);
  const exitCosts = new Array<MinorUnits>(months);
  let remaining = 0n;
  for (let m = months - 1; m >= 0; m--) {
    exitCosts[m] = m === months - 1 ? 0n : exitFee(remaining);
    remaining += termMonthly[m] as MinorUnits;
  }
  return { committedMinimum: remaining, exitCosts };
}

/**
 * Options of {@link commitmentExposure}.
 *
 * @example
 * const options: ExposureOptions = { conversion: { rate: toDecimal('1.08'), minorDigits: 2 } };
 * const inEuros = unwrap(parseScenario({ ...managedProvider.definition, currency: 'EUR' }));
 * commitmentExposure(inEuros, options)?.committedMinimum.toFixed(2); // '1085400.00'
 */
export type ExposureOptions = {
  /** Into the reporting currency, when the scenario's currency is another. */
  readonly conversion?: Conversion;
};

/** The scenario's cash ledger over its first `months` months, in the reporting currency. */
export function termLedger(scenario: Scenario, months: number, conversion: Conversion | undefined) {
  const ledger = scenarioSchedule(scenario, { first: scenario.start, count: months });
  return conversion === undefined ? ledger : convertScenarioSchedule(ledger, conversion);
}

/** The exit fee on the remaining payments of a term: `amount` + ROUND(`share` × remaining). */
export function exitFeeRule(scenario: Scenario, conversion: Conversion | undefined): (remaining: Decimal) => Decimal {
  const fee = scenario.commitment?.exitFee;
  if (fee === undefined) return (remaining) => remaining;
  const digits = conversion?.minorDigits ?? scenario.minorDigits;
  const amount = conversion === undefined ? roundMoney(fee.amount, digits) : convertAmount(fee.amount, conversion);
  return (remaining) => roundMoney(remaining.times(fee.share), digits).plus(amount);
}

/**
 * {@link exitFeeRule} in minor units: `amount` + ROUND(`share` × remaining), as integers. A
 * product of up to 40 digits is exact both ways (Decimal keeps 40 significant digits), so the
 * integers give the same minor unit; a longer one goes through the Decimal rule.
 */
function exitFeeUnitsRule(scenario: Scenario, conversion: Conversion | undefined): (remaining: MinorUnits) => MinorUnits {
  const fee = scenario.commitment?.exitFee;
  if (fee === undefined) return (remaining) => remaining;
  const digits = conversion?.minorDigits ?? scenario.minorDigits;
  const decimalRule = exitFeeRule(scenario, conversion);
  const amount = toMinorUnits(conversion === undefined ? roundMoney(fee.amount, digits) : convertAmount(fee.amount, conversion), digits);
  const share = fixedPointOf(fee.share);
  const divisor = pow10(share.scale);
  const limit = pow10(Math.max(0, 40 - String(share.units < 0n ? -share.units : share.units).length));
  return (remaining) => {
    if (remaining >= limit || -remaining >= limit) return toMinorUnits(decimalRule(fromMinorUnits(remaining, digits)), digits);
    return divideRoundingHalfAway(remaining * share.units, divisor) + amount;
  };
}
