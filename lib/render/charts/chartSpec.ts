import type { TopLevelSpec } from 'vega-lite';
import type { Comparison } from '../../report/comparison.js';
import { breakEvenChart, type BreakEvenChartOptions } from './breakEvenChart.js';
import { monthlyCostChart } from './monthlyCostChart.js';
import { totalsChart } from './totalsChart.js';
import type { ChartType } from './chartType.js';

/**
 * Options of every chart; each chart reads the ones that apply to it (`revisit`: break-even only).
 *
 * @example
 * const options: ChartOptions = { revisit: '2010-05' };
 * chartSpec('breakeven', compare([selfHosted]), options).$schema; // 'https://vega.github.io/schema/vega-lite/v6.json'
 */
export type ChartOptions = BreakEvenChartOptions;

/**
 * The Vega-Lite spec of a chart of a comparison, chosen by type.
 *
 * @example
 * const result = compare([selfHosted, managedProvider]);
 * chartSpec('breakeven', result).usermeta?.['costmodel'] !== undefined; // true
 * (['breakeven', 'monthly', 'totals'] as const).map((type) => Boolean(chartSpec(type, result).$schema)); // [true, true, true]
 */
export function chartSpec(type: ChartType, comparison: Comparison, options: ChartOptions = {}): TopLevelSpec {
  switch (type) {
    case 'breakeven':
      return breakEvenChart(comparison, options);
    case 'monthly':
      return monthlyCostChart(comparison);
    case 'totals':
      return totalsChart(comparison);
    default:
      return assertNever(type);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown chart type: ${String(value)}`);
}
