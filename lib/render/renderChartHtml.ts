/**
 * A chart as one self-contained HTML file: the SVG inline, the numbers behind it as a table
 * beneath, the charts' font embedded when it is given, nothing fetched from the network.
 * Opens the same in any browser, offline, and prints on one page.
 *
 *   spec ─▶ renderSvg ─▶ <figure> with the SVG (hover shows each mark's exact amount)
 *        ─▶ the spec's data table (usermeta) ─▶ <table>, every cell HTML-escaped
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartFonts } from './charts/chartFonts.js';
import { chartTableOf, type ChartTable } from './charts/chartTable.js';
import { CHART_FONT, CHART_FONT_FAMILY, CHART_WIDTH_PX, INK } from './charts/chartTheme.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlHead } from './htmlHead.js';

/**
 * Options of {@link renderChartHtml}.
 *
 * @example
 * const options: RenderChartHtmlOptions = { fonts: await readChartFonts(), svg: '<svg xmlns="http://www.w3.org/2000/svg"/>' };
 * const html = await renderChartHtml({ data: { values: [{ cost: 4000 }] }, mark: 'point' }, options);
 * html.includes('@font-face'); // true
 */
export type RenderChartHtmlOptions = {
  /** The SVG of the spec, when the caller has already rendered it. */
  readonly svg?: string;
  /**
   * The charts' fonts ({@link readChartFonts}): their WOFF2 bytes are embedded (about 290 kB),
   * so text looks as designed on machines without the font. Without them the page names the
   * font and falls back to the reader's sans-serif.
   */
  readonly fonts?: Pick<ChartFonts, 'woff2'>;
  /** Receives the warnings of compiling the spec; see {@link renderSvg}. */
  readonly onWarning?: (message: string) => void;
};

/**
 * Renders a chart spec as a self-contained HTML page: the picture, then its data table.
 *
 * @example
 * const html = await renderChartHtml({ title: 'R&D', data: { values: [{ cost: 4000 }] }, mark: 'point', encoding: { x: { field: 'cost', type: 'quantitative' } } });
 * html.startsWith('<!doctype html>'); // true
 * html.includes('<title>R&amp;D</title>'); // true
 * html.includes('@font-face'); // false
 */
export async function renderChartHtml(spec: TopLevelSpec, options: RenderChartHtmlOptions = {}): Promise<string> {
  const svg = options.svg ?? (await (await import('./renderSvg.js')).renderSvg(spec, options.onWarning === undefined ? {} : { onWarning: options.onWarning }));
  const title = titleText(spec);
  const table = chartTableOf(spec) ?? tableFromInlineData(spec);
  const fontFaces = options.fonts?.woff2 === undefined ? '' : fontFaceCss(options.fonts.woff2);
  return [
    ...htmlHead(title, `\n${fontFaces}${STYLE}`),
    '<main>',
    `<figure>\n${svg}\n</figure>`,
    table === undefined ? '' : tableHtml(table),
    '<footer>Made with costmodel. Hover over the lines and bars for exact amounts; the table holds every number in the chart.</footer>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const STYLE = `
:root { color: ${INK.text}; background: white; font-family: ${CHART_FONT}; }
body { margin: 0; }
main { max-width: ${CHART_WIDTH_PX}px; margin: 24px auto; padding: 0 16px; }
figure { margin: 0 0 24px; }
figure svg { display: block; width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 700; padding: 0 0 8px; }
th, td { padding: 4px 8px; border-bottom: 1px solid #e4e4e4; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid ${INK.domain}; position: sticky; top: 0; background: white; }
.num { text-align: right; }
td.num { white-space: nowrap; }
footer { margin-top: 16px; color: ${INK.muted}; font-size: 13px; }
@media print { main { margin: 0; } thead th { position: static; } }
`;

/** The `@font-face` rules of the charts' font, its WOFF2 bytes as data: URLs. */
export function fontFaceCss({ regular, bold }: NonNullable<ChartFonts['woff2']>): string {
  const face = (bytes: Uint8Array, weight: number) =>
    `@font-face { font-family: "${CHART_FONT_FAMILY}"; font-weight: ${weight}; font-style: normal; src: url(data:font/woff2;base64,${Buffer.from(bytes).toString('base64')}) format("woff2"); }\n`;
  return face(regular, 400) + face(bold, 700);
}

function tableHtml(table: ChartTable): string {
  const cell = (tag: 'th' | 'td', text: string, numeric: boolean, scope?: string) =>
    `<${tag}${numeric ? ' class="num"' : ''}${scope === undefined ? '' : ` scope="${scope}"`}>${escapeHtml(text)}</${tag}>`;
  const header = table.columns.map((column) => cell('th', column.title, column.numeric, 'col')).join('');
  const rows = table.rows.map((row) => `<tr>${row.map((text, i) => cell(i === 0 ? 'th' : 'td', text, table.columns[i]?.numeric ?? false, i === 0 ? 'row' : undefined)).join('')}</tr>`);
  return [`<table>`, `<caption>${escapeHtml(table.caption)}</caption>`, `<thead><tr>${header}</tr></thead>`, '<tbody>', ...rows, '</tbody>', '</table>'].join('\n');
}

/** The chart's title as one line of text, whatever form the spec gives it in. */
function titleText(spec: TopLevelSpec): string {
  const title = spec.title;
  const text = typeof title === 'string' || Array.isArray(title) ? title : title?.text;
  const joined = Array.isArray(text) ? text.join(' ') : typeof text === 'string' ? text : '';
  return joined === '' ? 'Chart' : joined;
}

/** For a spec made elsewhere: its inline data values as a table, one column per field. */
function tableFromInlineData(spec: TopLevelSpec): ChartTable | undefined {
  const data = (spec as { data?: { values?: unknown } }).data;
  const values = Array.isArray(data?.values) ? (data.values as unknown[]) : undefined;
  if (values === undefined || values.length === 0) return undefined;
  const rows = values.filter((row): row is Record<string, unknown> => row !== null && typeof row === 'object');
  const fields = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return {
    caption: 'Data',
    columns: fields.map((field) => ({ title: field, numeric: rows.every((row) => typeof row[field] === 'number' || row[field] === undefined) })),
    rows: rows.map((row) => fields.map((field) => (row[field] === undefined ? '' : typeof row[field] === 'object' ? JSON.stringify(row[field]) : String(row[field])))),
  };
}
