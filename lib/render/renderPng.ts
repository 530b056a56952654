/**
 * SVG (or a Vega-Lite spec, through {@link renderSvg}) → PNG with resvg, using the fonts it is
 * given (those costmodel installs: {@link readChartFonts}) and no system fonts at all: the same
 * bytes for the same input on any machine. resvg is imported lazily, only by the commands that
 * draw.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartFonts } from './charts/chartFonts.js';
import { CHART_FONT_FAMILY } from './charts/chartTheme.js';

/**
 * Options of {@link renderPng}.
 *
 * @example
 * const options: RenderPngOptions = { fonts: await readChartFonts({ woff2: false }), scale: 1 };
 * const png = await renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="80" height="20"/>', options);
 * new DataView(png.buffer).getUint32(16); // 80
 */
export type RenderPngOptions = {
  /** The fonts to draw text in: without them resvg would silently drop every label, so they are required. */
  readonly fonts: Pick<ChartFonts, 'ttfFiles'>;
  /** Device pixels per CSS pixel: 2 (the default) gives a 1600 px wide image of an 800 px chart, sharp on screens and in print. */
  readonly scale?: number;
  /** Receives the warnings of compiling a spec; see {@link renderSvg}. */
  readonly onWarning?: (message: string) => void;
};

/**
 * Renders an SVG document, or a Vega-Lite spec, to PNG bytes on a white background.
 *
 * @example
 * const png = await renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="80" height="20"><text y="15">$4,000</text></svg>', { fonts: await readChartFonts() });
 * String.fromCharCode(...png.subarray(1, 4)); // 'PNG'
 * // 80 px wide at the default scale of 2:
 * new DataView(png.buffer).getUint32(16); // 160
 */
export async function renderPng(input: string | TopLevelSpec, options: RenderPngOptions): Promise<Uint8Array> {
  const scale = options.scale ?? 2;
  if (!(scale > 0 && scale <= 8)) throw new RangeError(`renderPng: scale must be above 0 and at most 8, got ${scale}`);
  const svg = typeof input === 'string' ? input : await (await import('./renderSvg.js')).renderSvg(input, options.onWarning === undefined ? {} : { onWarning: options.onWarning });
  const fonts = options.fonts?.ttfFiles;
  if (fonts === undefined) throw new TypeError('renderPng: give the fonts to draw text in, { fonts: await readChartFonts() }; without them every label would be dropped');
  const { Resvg } = await import('@resvg/resvg-js');
  // Drawn on this thread: resvg's asynchronous render hands the same work to a worker thread
  // and waits for it, which on a busy machine took as long again as the drawing.
  const image = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [fonts.regular, fonts.bold],
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
    },
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    logLevel: 'off',
  }).render();
  return new Uint8Array(image.asPng());
}
