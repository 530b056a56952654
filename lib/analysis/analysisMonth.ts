import { formatMonth, type Month } from '../calendar/month.js';

/**
 * A month as people see it: 1-based within the analysis, with its calendar month.
 *
 * @example
 * const cheaper = unwrap(parseScenario({ name: 'Cheaper provider', currency: 'USD', start: '2009-05', costs: [
 *   { name: 'Setup', kind: 'one-time', amount: '10000' },
 *   { name: 'Hosting', kind: 'recurring', amount: '2000', every: 'month' },
 * ] }));
 * const breakEven: AnalysisMonth | null | undefined = compare([selfHosted, cheaper]).scenarios[1]!.breakEven?.at;
 * breakEven; // { month: 5, calendar: '2009-09' }
 */
export type AnalysisMonth = {
  readonly month: number;
  readonly calendar: string;
};

/**
 * The month at `index` (0-based) of an analysis that starts in `from`, as people see it.
 *
 * @example
 * analysisMonth(parseMonth('2009-05')!, 4); // { month: 5, calendar: '2009-09' }
 */
export function analysisMonth(from: Month, index: number): AnalysisMonth {
  return { month: index + 1, calendar: formatMonth(from + index) };
}
