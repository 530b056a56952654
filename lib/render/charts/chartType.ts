/**
 * The charts costmodel draws, by the name the CLI's `--type` takes.
 *
 * @example
 * CHART_TYPES; // ['breakeven', 'monthly', 'totals']
 */
export const CHART_TYPES = ['breakeven', 'monthly', 'totals'] as const;

/**
 * One of {@link CHART_TYPES}.
 *
 * @example
 * const type: ChartType = 'monthly';
 * isChartType(type); // true
 */
export type ChartType = (typeof CHART_TYPES)[number];

/**
 * Whether a string names a chart type.
 *
 * @example
 * isChartType('monthly'); // true
 * isChartType('pie'); // false
 */
export function isChartType(name: string): name is ChartType {
  return (CHART_TYPES as readonly string[]).includes(name);
}
