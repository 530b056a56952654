import type { TopLevelSpec } from 'vega-lite';

/** One column of a chart's data table. */
export type ChartTableColumn = {
  readonly title: string;
  /** Numbers are right-aligned. */
  readonly numeric: boolean;
};

/**
 * The numbers behind a chart, written exactly as people read them (`$1,485,000.00`): the
 * table the HTML page shows beneath the picture. Travels inside the spec's `usermeta`.
 */
export type ChartTable = {
  readonly caption: string;
  readonly columns: readonly ChartTableColumn[];
  readonly rows: readonly (readonly string[])[];
};

/** What costmodel keeps in a chart spec's `usermeta`, under the key `costmodel`. */
export type ChartMeta = {
  /** `breakeven`, `monthly` or `totals`. */
  readonly chart: string;
  readonly table: ChartTable;
};

/**
 * The data table a costmodel chart spec carries, or undefined for a spec made elsewhere.
 *
 * @example
 * chartTableOf(breakEvenChart(result))?.columns[0]; // { title: 'Month', numeric: false }
 */
export function chartTableOf(spec: TopLevelSpec): ChartTable | undefined {
  const meta = spec.usermeta?.['costmodel'] as Partial<ChartMeta> | undefined;
  const table = meta?.table;
  if (table === undefined || !Array.isArray(table.columns) || !Array.isArray(table.rows)) return undefined;
  return table;
}
