import type { Config } from 'vega-lite';

/**
 * Width of every chart, in CSS pixels: what a board pack page or a wiki column shows at 100%.
 *
 * @example
 * CHART_WIDTH_PX; // 800
 */
export const CHART_WIDTH_PX = 800;

/**
 * Blank space around every chart, in pixels.
 *
 * @example
 * chartConfig().padding === CHART_PADDING_PX; // true
 */
export const CHART_PADDING_PX = 12;

/**
 * The family name of the font the charts are set in, as the font files declare it.
 *
 * @example
 * CHART_FONT.startsWith(`"${CHART_FONT_FAMILY}"`); // true
 */
export const CHART_FONT_FAMILY = 'Source Sans 3';

/**
 * The font every chart is set in. The PNG renderer ships Source Sans 3 and the HTML page
 * embeds it; an SVG opened elsewhere falls back to a similar sans-serif.
 *
 * @example
 * chartConfig().font === CHART_FONT; // true
 */
export const CHART_FONT = '"Source Sans 3", "Source Sans Pro", "Helvetica Neue", Arial, sans-serif';

/**
 * Font sizes in pixels, tuned for reading at 800 px wide.
 *
 * @example
 * FONT_SIZE.title; // 18
 */
export const FONT_SIZE = {
  title: 18,
  subtitle: 13,
  label: 12,
  axisTitle: 13,
  annotation: 12,
  header: 14,
} as const;

/**
 * Ink colours: text, secondary text, the chart's frame and grid.
 *
 * @example
 * INK.text; // '#1f1f1f'
 */
export const INK = {
  text: '#1f1f1f',
  muted: '#555555',
  domain: '#8c8c8c',
  grid: '#e4e4e4',
} as const;

/**
 * The Vega-Lite config shared by every chart: font, sizes and quiet axes, so the data and
 * the annotations carry the ink.
 *
 * @example
 * chartConfig().font; // '"Source Sans 3", "Source Sans Pro", "Helvetica Neue", Arial, sans-serif'
 */
export function chartConfig(): Config {
  return {
    font: CHART_FONT,
    background: 'white',
    padding: CHART_PADDING_PX,
    view: { stroke: null },
    title: {
      anchor: 'start',
      fontSize: FONT_SIZE.title,
      fontWeight: 'bold',
      color: INK.text,
      subtitleFontSize: FONT_SIZE.subtitle,
      subtitleColor: INK.muted,
      subtitlePadding: 6,
      offset: 14,
    },
    axis: {
      labelFontSize: FONT_SIZE.label,
      labelColor: INK.text,
      titleFontSize: FONT_SIZE.axisTitle,
      titleFontWeight: 'bold',
      titleColor: INK.text,
      domainColor: INK.domain,
      tickColor: INK.domain,
      gridColor: INK.grid,
    },
    legend: {
      labelFontSize: FONT_SIZE.label,
      labelColor: INK.text,
      titleFontSize: FONT_SIZE.label,
      titleColor: INK.text,
    },
    header: {
      labelFontSize: FONT_SIZE.header,
      titleFontSize: FONT_SIZE.header,
    },
    text: { font: CHART_FONT, fontSize: FONT_SIZE.annotation, color: INK.text },
  };
}
