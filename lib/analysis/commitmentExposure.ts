import type { Decimal } from '../money/decimal.js';
import { fromMinorUnits, type MinorUnits } from '../money/minorUnits.js';
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
   * `exitCosts[k]` is the cost of leaving at the end of month k+1 of the term: the payments
   * still due in the rest of the term (the default exit fee). The last is zero.
   */
  readonly exitCosts: readonly Decimal[];
};

/**
 * The committed minimum and the cost of leaving at the end of each month of the term.
 * The term runs from the scenario's own start, whatever the analysis window, and covers
 * every item of the scenario.
 *
 * @example
 * const exposure = commitmentExposure(managedProvider)!;
 * exposure.committedMinimum.toFixed(2); // '1005000.00'
 * // leaving after month 12
 * exposure.exitCosts[11]!.toFixed(2); // '480000.00'
 * commitmentExposure(selfHosted); // undefined
 */
export function commitmentExposure(scenario: Scenario): CommitmentExposure | undefined {
  if (scenario.commitment === undefined) return undefined;
  const months = scenario.commitment.months;
  const { monthlyMinorUnits } = scenarioSchedule(scenario, { first: scenario.start, count: months });
  const exitCosts = new Array<Decimal>(months);
  let remaining = 0n;
  for (let m = months - 1; m >= 0; m--) {
    exitCosts[m] = fromMinorUnits(remaining, scenario.minorDigits);
    remaining += monthlyMinorUnits[m] as MinorUnits;
  }
  return { months, committedMinimum: fromMinorUnits(remaining, scenario.minorDigits), exitCosts };
}
