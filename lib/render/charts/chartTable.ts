import type { TopLevelSpec } from 'vega-lite';

/**
 * One column of a chart's data table.
 *
 * @example
 * const column: ChartTableColumn = { title: 'Total', numeric: true };
 * column.numeric; // true
 */
export type ChartTableColumn = {
  readonly title: string;
  /** Numbers are right-aligned. */
  readonly numeric: boolean;
};

/**
 * The numbers behind a chart, written exactly as people read them (`$1,485,000.00`): the
 * table the HTML page shows beneath the picture. Travels inside the spec's `usermeta`.
 *
 * @example
 * const table: ChartTable = { caption: 'Totals in USD', columns: [{ title: 'Scenario', numeric: false }], rows: [['Self-hosted']] };
 * chartTableOf({ data: { values: [] }, mark: 'point', usermeta: { costmodel: { chart: 'totals', table } } })?.rows; // [['Self-hosted']]
 */
export type ChartTable = {
  readonly caption: string;
  readonly columns: readonly ChartTableColumn[];
  readonly rows: readonly (readonly string[])[];
};

/**
 * What costmodel keeps in a chart spec's `usermeta`, under the key `costmodel`.
 *
 * @example
 * const meta: ChartMeta = { chart: 'totals', table: { caption: 'Totals', columns: [], rows: [] } };
 * chartTableOf({ data: { values: [] }, mark: 'point', usermeta: { costmodel: meta } })?.caption; // 'Totals'
 */
export type ChartMeta = {
  /** `breakeven`, `monthly` or `totals`; for a simulation `fan`, `histogram` or `tornado`. */
  readonly chart: string;
  readonly table: ChartTable;
};

/**
 * The data table a costmodel chart spec carries, or undefined for a spec made elsewhere.
 *
 * @example
 * const table = { caption: 'Totals', columns: [{ title: 'Scenario', numeric: false }], rows: [['Self-hosted']] };
 * chartTableOf({ data: { values: [] }, mark: 'point', usermeta: { costmodel: { chart: 'totals', table } } })?.caption; // 'Totals'
 * chartTableOf({ data: { values: [] }, mark: 'point' }); // undefined
 */
export function chartTableOf(spec: TopLevelSpec): ChartTable | undefined {
  const meta = spec.usermeta?.['costmodel'] as Partial<ChartMeta> | undefined;
  const table = meta?.table;
  if (table === undefined || !Array.isArray(table.columns) || !Array.isArray(table.rows)) return undefined;
  return table;
}
