import type { Comparison } from '../report/comparison.js';
import { displayAmount } from './displayAmount.js';

/** The cells of a comparison table for people: a header row and one row per scenario. */
export type ComparisonCells = {
  /** `Scenario`, `Year 1` … `Year N` (when asked for), `Total`, `NPV` (when discounted), `vs baseline`. */
  readonly header: readonly string[];
  /** The scenario name as written (each renderer makes it safe), then the formatted amounts. */
  readonly rows: readonly (readonly string[])[];
};

/** What the baseline shows in the `vs baseline` column. */
export const BASELINE_MARK = '—';

/**
 * The comparison as table cells for people: amounts with thousands separators, the
 * difference signed, `—` as the baseline's difference. Shared by the terminal table and
 * the Markdown table so both always show the same numbers.
 *
 * @example
 * const founding = compare([selfHosted, managedProvider], { months: 36 });
 * comparisonCells(founding, { years: false }).rows[1];
 * // ['Managed provider', '1,485,000.00', '+1,341,000.00']
 */
export function comparisonCells(comparison: Comparison, options: { readonly years: boolean }): ComparisonCells {
  const digits = comparison.settings.minorDigits;
  const discounted = comparison.settings.discountRate !== null;
  const header = comparisonHeader(comparison, options);
  const rows = comparison.scenarios.map((scenario) => {
    const npv = scenario.npv;
    if (discounted && npv === null) throw new Error(`comparison is discounted but "${scenario.name}" has no NPV`);
    return [
      scenario.name,
      ...(options.years ? scenario.years.map((amount) => displayAmount(amount, digits)) : []),
      displayAmount(scenario.total, digits),
      ...(discounted && npv !== null ? [displayAmount(npv, digits)] : []),
      scenario.isBaseline ? BASELINE_MARK : displayAmount(scenario.difference, digits, { signed: true }),
    ];
  });
  return { header, rows };
}

/**
 * The titles of the comparison's columns (those of {@link comparisonCells}), without its rows.
 *
 * @example
 * comparisonHeader(compare([selfHosted, managedProvider], { months: 24 }), { years: true });
 * // ['Scenario', 'Year 1', 'Year 2', 'Total', 'vs baseline']
 */
export function comparisonHeader(comparison: Comparison, options: { readonly years: boolean }): string[] {
  return [
    'Scenario',
    ...(options.years ? comparison.years.map((year) => year.label) : []),
    'Total',
    ...(comparison.settings.discountRate !== null ? ['NPV'] : []),
    'vs baseline',
  ];
}
