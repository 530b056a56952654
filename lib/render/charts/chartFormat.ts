/**
 * The files a chart can be written as, by the name the CLI's `--format` takes.
 *
 * @example
 * CHART_FORMATS; // ['svg', 'png', 'html', 'vl.json']
 */
export const CHART_FORMATS = ['svg', 'png', 'html', 'vl.json'] as const;

/**
 * One of {@link CHART_FORMATS}.
 *
 * @example
 * const format: ChartFormat = chartFormatOf('breakeven.png') ?? 'svg';
 * format; // 'png'
 */
export type ChartFormat = (typeof CHART_FORMATS)[number];

/**
 * The chart format a file name asks for by its extension (`.svg`, `.png`, `.html`/`.htm`,
 * `.vl.json`), or undefined for any other.
 *
 * @example
 * chartFormatOf('docs/images/breakeven.png'); // 'png'
 * chartFormatOf('chart.VL.JSON'); // 'vl.json'
 * chartFormatOf('chart.json'); // undefined
 */
export function chartFormatOf(path: string): ChartFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.vl.json')) return 'vl.json';
  if (lower.endsWith('.svg')) return 'svg';
  if (lower.endsWith('.png')) return 'png';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  return undefined;
}

/**
 * Whether a string names a chart format.
 *
 * @example
 * isChartFormat('png'); // true
 * isChartFormat('pdf'); // false
 */
export function isChartFormat(name: string): name is ChartFormat {
  return (CHART_FORMATS as readonly string[]).includes(name);
}
