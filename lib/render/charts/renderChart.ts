import type { TopLevelSpec } from 'vega-lite';
import type { ChartFonts } from './chartFonts.js';
import type { ChartFormat } from './chartFormat.js';

/**
 * Options of {@link renderChart}.
 *
 * @example
 * const options: RenderChartOptions = { fonts: await readChartFonts(), scale: 1 };
 * const png = (await renderChart({ data: { values: [{ cost: 4000 }] }, mark: 'point', width: 100, height: 20 }, 'png', options)) as Uint8Array;
 * String.fromCharCode(...png.subarray(1, 4)); // 'PNG'
 */
export type RenderChartOptions = {
  /** PNG only: device pixels per CSS pixel (default 2). */
  readonly scale?: number;
  /** Receives the warnings vega-lite and vega report while rendering. */
  readonly onWarning?: (message: string) => void;
  /** The charts' fonts ({@link readChartFonts}): PNG needs their files; HTML embeds their WOFF2 bytes when given. */
  readonly fonts?: ChartFonts;
};

/**
 * A chart spec in one of the file formats: the Vega-Lite JSON itself (it opens in the Vega
 * editor), SVG, PNG bytes (with the `fonts` given), or a self-contained HTML page. Loads vega,
 * vega-lite and the PNG renderer only for the formats that need them.
 *
 * @example
 * const spec = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', data: { values: [{ cost: 4000 }] }, mark: 'point' } as const;
 * JSON.parse((await renderChart(spec, 'vl.json')) as string).mark; // 'point'
 * ((await renderChart(spec, 'svg')) as string).startsWith('<svg'); // true
 */
export async function renderChart(spec: TopLevelSpec, format: ChartFormat, options: RenderChartOptions = {}): Promise<string | Uint8Array> {
  const warnings = options.onWarning === undefined ? {} : { onWarning: options.onWarning };
  switch (format) {
    case 'vl.json':
      return `${JSON.stringify(spec, null, 2)}\n`;
    case 'svg':
      return (await import('../renderSvg.js')).renderSvg(spec, warnings);
    case 'png': {
      if (options.fonts === undefined) throw new TypeError('renderChart: a PNG needs the fonts to draw text in, { fonts: await readChartFonts() }');
      return (await import('../renderPng.js')).renderPng(spec, { ...warnings, fonts: options.fonts, ...(options.scale === undefined ? {} : { scale: options.scale }) });
    }
    case 'html':
      return (await import('../renderChartHtml.js')).renderChartHtml(spec, { ...warnings, ...(options.fonts === undefined ? {} : { fonts: options.fonts }) });
    default:
      throw new Error(`unknown chart format: ${String(format satisfies never)}`);
  }
}
