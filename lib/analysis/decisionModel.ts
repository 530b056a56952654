/**
 * The model seen as "which scenario is cheapest": every scenario's total (or NPV) over the
 * horizon, and the one tie rule of every decision costmodel states. Thresholds ask it again
 * and again with one scenario replaced; the ledgers of the others are computed once.
 */
import { Money, type Decimal } from '../money/decimal.js';
import { toMinorUnits, type MinorUnits } from '../money/minorUnits.js';
import { roundMoney } from '../money/roundMoney.js';
import type { ScenarioSchedule } from '../model/schedule.js';
import type { Scenario } from '../scenario/scenario.js';
import type { AnalysisSettings } from './analysisSettings.js';
import { comparisonLedger, replacedLedger } from './comparisonLedger.js';
import { monthlyDiscountFactors } from './npv.js';
import { sumMinorUnits } from './sumMinorUnits.js';

/**
 * The model seen as "which scenario is cheapest", with one scenario replaced. Ledgers of the
 * scenarios not replaced are computed once.
 */
export class DecisionModel {
  readonly cheapest: number;
  /** Every scenario's metric as the files are. */
  readonly base: readonly MinorUnits[];

  /** `ledgers` are the scenarios' ledgers over the horizon under `settings`, as the comparison has them. */
  constructor(
    readonly scenarios: readonly Scenario[],
    readonly settings: AnalysisSettings,
    ledgers: readonly ScenarioSchedule[],
    readonly metric: 'total' | 'npv',
  ) {
    this.base = ledgers.map((ledger) => this.measureLedger(ledger));
    this.cheapest = cheapestOf(this.base, settings.baselineIndex);
  }

  /** Every scenario's metric with scenario `index` replaced. */
  measure(index: number, replacement: Scenario): readonly MinorUnits[] {
    if (this.settings.overlapFrom !== undefined) {
      // An overlap ties the ledgers together: the replaced scenario may be what another migrates from.
      const all = [...this.scenarios];
      all[index] = replacement;
      return comparisonLedger(all, this.settings).map((ledger) => this.measureLedger(ledger));
    }
    const values = [...this.base];
    values[index] = this.measureLedger(replacedLedger(this.scenarios, this.settings, index, replacement));
    return values;
  }

  /** The scenario that is cheapest with these metrics, when it is not the current decision; undefined when the decision holds. */
  flipsTo(values: readonly MinorUnits[]): number | undefined {
    const now = cheapestOf(values, this.settings.baselineIndex);
    return now === this.cheapest ? undefined : now;
  }

  private measureLedger(ledger: ScenarioSchedule): MinorUnits {
    if (this.metric === 'total') return sumMinorUnits(ledger.monthlyMinorUnits);
    // The NPV `compare` reports, computed the same way on the minor units: scaling by the
    // minor unit changes no significant digit, so every product, the sum and the rounding are
    // those of npv() on the amounts; the discount factors are computed once, not per run.
    const digits = this.settings.minorDigits;
    this.factors ??= monthlyDiscountFactors(this.settings.discountRate as Decimal, this.settings.months);
    let total: Decimal = new Money(0);
    ledger.monthlyMinorUnits.forEach((units, m) => {
      if (units !== 0n) total = total.plus(new Money(units.toString()).times(this.factors?.[m] as Decimal));
    });
    return toMinorUnits(roundMoney(total.dividedBy(new Money(10).pow(digits)), digits), digits);
  }

  private factors: Decimal[] | undefined;
}

/**
 * The index of the cheapest value; ties go to the baseline, then to the earlier scenario: the
 * one tie rule of every decision costmodel states.
 *
 * @example
 * cheapestOf([300n, 200n, 200n], 0); // 1
 * cheapestOf([300n, 200n, 200n], 2); // 2
 */
export function cheapestOf(values: readonly MinorUnits[], baselineIndex: number): number {
  let best = baselineIndex;
  values.forEach((value, index) => {
    if (value < (values[best] as MinorUnits)) best = index;
  });
  return best;
}

