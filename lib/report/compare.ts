/**
 * compare: scenarios → the comparison result every renderer consumes.
 *
 *   scenarios ─▶ resolveSettings ─▶ buildSchedule (exact ledger over the horizon)
 *     ─▶ per scenario: monthly totals, cumulative, year totals, NPV, categories, items
 *     ─▶ against the baseline: difference, break-even, crossings
 *     ─▶ commitment exposure (over the term, whatever the horizon)
 *     ─▶ Comparison (version 1, money as decimal strings)
 */
import { formatMonth } from '../calendar/month.js';
import { breakEvenIndex, crossings } from '../analysis/breakEven.js';
import { commitmentExposure } from '../analysis/commitmentExposure.js';
import { npv } from '../analysis/npv.js';
import { cumulativeSums, sumAmounts } from '../analysis/sumAmounts.js';
import { yearTotals } from '../analysis/yearTotals.js';
import { unwrap, type Result } from '../issues/issue.js';
import { ZERO, type Decimal } from '../money/decimal.js';
import { roundMoney } from '../money/roundMoney.js';
import { buildSchedule, type ScenarioSchedule } from '../model/schedule.js';
import type { Scenario } from '../scenario/scenario.js';
import { lastMonth, monthLabels, resolveSettings, type AnalysisOptions, type AnalysisSettings } from './analysisSettings.js';
import type { AnalysisMonth, CategoryCost, Comparison, HorizonYear, ScenarioComparison } from './comparison.js';

/**
 * Compares scenarios over a horizon. Throws {@link InputError} on invalid scenarios or
 * options; {@link tryCompare} returns the issues instead.
 *
 * @example
 * const result = compare([selfHosted, managedProvider], { months: 36 });
 * result.scenarios.map((s) => [s.name, s.total]); // [['Self-hosted', '144000.00'], ['Managed provider', '1485000.00']]
 */
export function compare(scenarios: readonly Scenario[], options: AnalysisOptions = {}): Comparison {
  return unwrap(tryCompare(scenarios, options));
}

/** {@link compare}, returning problems with the input as a value instead of throwing. */
export function tryCompare(scenarios: readonly Scenario[], options: AnalysisOptions = {}): Result<Comparison> {
  const settings = resolveSettings(scenarios, options);
  if (!settings.ok) return settings;
  return { ok: true, value: compareWithSettings(scenarios, settings.value) };
}

/** The comparison for settings already resolved against the scenarios. */
export function compareWithSettings(scenarios: readonly Scenario[], settings: AnalysisSettings): Comparison {
  const digits = settings.minorDigits;
  const money = (amount: Decimal) => amount.toFixed(digits);
  const months = monthLabels(settings);
  const at = (index: number): AnalysisMonth => ({ month: index + 1, calendar: months[index] as string });
  const schedule = buildSchedule(scenarios, { first: settings.from, count: settings.months });
  const baseline = schedule.scenarios[settings.baselineIndex] as ScenarioSchedule;
  const baselineCumulative = cumulativeSums(baseline.monthlyTotals);
  const baselineTotal = baselineCumulative[baselineCumulative.length - 1] as Decimal;

  const results = schedule.scenarios.map((entry, index): ScenarioComparison => {
    const { scenario, monthlyTotals } = entry;
    const cumulative = index === settings.baselineIndex ? baselineCumulative : cumulativeSums(monthlyTotals);
    const total = cumulative[cumulative.length - 1] as Decimal;
    const isBaseline = index === settings.baselineIndex;
    const breakEvenAt = isBaseline ? undefined : breakEvenIndex(baselineCumulative, cumulative);
    const exposure = commitmentExposure(scenario);
    return {
      name: scenario.name,
      description: scenario.description ?? null,
      origin: scenario.origin ?? null,
      start: formatMonth(scenario.start),
      isBaseline,
      total: money(total),
      years: yearTotals(monthlyTotals).map(money),
      npv: settings.discountRate === undefined ? null : money(roundMoney(npv(monthlyTotals, settings.discountRate), digits)),
      difference: money(total.minus(baselineTotal)),
      monthly: monthlyTotals.map(money),
      cumulative: cumulative.map(money),
      categories: categoryCosts(entry, money),
      items: entry.items.map(({ item, amounts }) => ({
        name: item.name,
        kind: item.kind,
        category: item.category,
        total: money(sumAmounts(amounts)),
        source: item.source ?? null,
        note: item.note ?? null,
      })),
      breakEven: isBaseline
        ? null
        : {
            at: breakEvenAt === undefined ? null : at(breakEvenAt),
            crossings: crossings(baselineCumulative, cumulative).map((c) => ({ ...at(c.monthIndex), cheaper: c.cheaper })),
          },
      commitment:
        exposure === undefined
          ? null
          : {
              months: exposure.months,
              from: formatMonth(scenario.start),
              to: formatMonth(scenario.start + exposure.months - 1),
              committedMinimum: money(exposure.committedMinimum),
              exitCosts: exposure.exitCosts.map((cost, k) => ({ month: k + 1, calendar: formatMonth(scenario.start + k), cost: money(cost) })),
            },
    };
  });

  return {
    version: 1,
    kind: 'comparison',
    settings: {
      from: formatMonth(settings.from),
      to: formatMonth(lastMonth(settings)),
      months: settings.months,
      currency: settings.currency,
      minorDigits: digits,
      discountRate: settings.discountRate === undefined ? null : settings.discountRate.toString(),
      baseline: (scenarios[settings.baselineIndex] as Scenario).name,
    },
    months,
    years: horizonYears(months),
    scenarios: results,
  };
}

function horizonYears(months: readonly string[]): HorizonYear[] {
  const years: HorizonYear[] = [];
  for (let from = 0; from < months.length; from += 12) {
    const to = Math.min(from + 12, months.length) - 1;
    years.push({ label: `Year ${years.length + 1}`, from: months[from] as string, to: months[to] as string, months: to - from + 1 });
  }
  return years;
}

function categoryCosts(entry: ScenarioSchedule, money: (d: Decimal) => string): CategoryCost[] {
  const byCategory = new Map<string, Decimal[]>();
  const count = entry.monthlyTotals.length;
  for (const { item, amounts } of entry.items) {
    let sums = byCategory.get(item.category);
    if (sums === undefined) {
      sums = new Array<Decimal>(count).fill(ZERO);
      byCategory.set(item.category, sums);
    }
    for (let m = 0; m < count; m++) {
      const amount = amounts[m];
      if (amount !== undefined && !amount.isZero()) sums[m] = (sums[m] as Decimal).plus(amount);
    }
  }
  return [...byCategory].map(([category, sums]) => ({ category, total: money(sumAmounts(sums)), monthly: sums.map(money) }));
}
