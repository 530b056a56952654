/**
 * The revisit report as one self-contained HTML page, for a CFO to read on screen and print:
 *
 *   RevisitReport ─▶ its document (reportDocument) and its title (reportTitle), or ReportBlock[]
 *   ─▶ h1–h3, <p>, <ul>, <table> (numbers right-aligned), the chart as an <img> with the SVG
 *      as a data: URI (an SVG in an <img> can never run script)
 *   ─▶ one inline stylesheet: system fonts, thin rules, a print layout that fits both A4 and
 *      Letter (@page margin 15 mm, content ≤ 180 mm wide, no page size forced)
 *   ─▶ a Content-Security-Policy that forbids everything but the inline style and data: images
 *
 * Every string in the blocks and options is HTML-escaped; the page fetches nothing and runs
 * no script. Pure and synchronous: the caller renders the chart's SVG beforehand.
 */
import type { RevisitReport } from '../../report/revisitReport.js';
import { escapeHtml } from '../escapeHtml.js';
import { isReportBlocks, type ReportBlock, type TextRun } from './reportBlocks.js';
import { REPORT_TITLE, reportDocument, reportTitle } from './reportDocument.js';

/**
 * Options of {@link renderReportHtml}.
 *
 * @example
 * const options: RenderReportHtmlOptions = { title: 'Revisit report: Self-hosted vs Managed provider', lang: 'en' };
 * renderReportHtml([], options).includes('<title>Revisit report: Self-hosted vs Managed provider</title>'); // true
 */
export type RenderReportHtmlOptions = {
  /**
   * The page's title (the browser tab, the PDF's title); also the heading when the blocks have
   * no level-1 heading. Optional with a report, whose title ({@link reportTitle}) it replaces.
   */
  readonly title: string;
  /** The break-even chart as an SVG document (renderSvg of breakEvenChart); without it a chart block shows its description as text. */
  readonly chartSvg?: string;
  /** The language of the text, a BCP 47 tag (default `en`). */
  readonly lang?: string;
};

/**
 * The Content-Security-Policy of the page: nothing may be loaded or run but the inline style
 * sheet and data: images.
 *
 * @example
 * REPORT_HTML_CSP; // "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
 */
export const REPORT_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The revisit report as a self-contained HTML5 page: no scripts, nothing fetched from the
 * network, every user-provided string escaped, and a print style for A4 and Letter. The page
 * is the report's document ({@link reportDocument}) under the report's title
 * ({@link reportTitle}), unless `title` gives another; pass the break-even chart as
 * `chartSvg` (`await renderSvg(breakEvenChart(report.comparison, { revisit: report.revisit }))`)
 * to draw it.
 *
 * @example
 * const report = revisitReport([selfHosted, managedProvider], { months: 36 });
 * const html = renderReportHtml(report);
 * html.includes('<title>Revisit report: Self-hosted or Managed provider</title>'); // true
 * html.includes('<p><strong>Keep Self-hosted; look again in May 2010.</strong> Over three years'); // true
 * html === renderReportHtml(reportDocument(report), { title: reportTitle(report) }); // true
 */
export function renderReportHtml(report: RevisitReport, options?: Partial<RenderReportHtmlOptions>): string;
/**
 * Lays out a report document, given as its blocks, as a self-contained HTML5 page: no
 * scripts, nothing fetched from the network, every user-provided string escaped, and a print
 * style for A4 and Letter.
 *
 * @example
 * const html = renderReportHtml(
 *   [
 *     { type: 'heading', level: 1, text: 'Revisit report' },
 *     { type: 'paragraph', runs: [{ text: 'Keep R&D self-hosted.', strong: true }, { text: ' Look again in May 2010.' }] },
 *     { type: 'table', header: ['Scenario', 'Total'], align: ['left', 'right'], rows: [['Self-hosted', '144,000.00']] },
 *   ],
 *   { title: 'Revisit report' },
 * );
 * html.startsWith('<!doctype html>'); // true
 * html.includes('<p><strong>Keep R&amp;D self-hosted.</strong> Look again in May 2010.</p>'); // true
 * html.includes('<td class="num">144,000.00</td>'); // true
 */
export function renderReportHtml(blocks: readonly ReportBlock[], options: RenderReportHtmlOptions): string;
export function renderReportHtml(document: RevisitReport | readonly ReportBlock[], options: Partial<RenderReportHtmlOptions> = {}): string {
  const blocks = isReportBlocks(document) ? document : reportDocument(document);
  // Blocks come with a title (their signature asks for one); a report has its own.
  const title = options.title ?? (isReportBlocks(document) ? REPORT_TITLE : reportTitle(document));
  const hasTitleHeading = blocks.some((block) => block.type === 'heading' && block.level === 1);
  const body = blocks.map((block) => blockHtml(block, options.chartSvg));
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(options.lang ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_HTML_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="costmodel">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...(hasTitleHeading ? [] : [`<h1>${escapeHtml(title)}</h1>`]),
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockHtml(block: ReportBlock, chartSvg: string | undefined): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${runsHtml(block.runs)}</p>`;
    case 'list':
      return ['<ul>', ...block.items.map((runs) => `<li>${runsHtml(runs)}</li>`), '</ul>'].join('\n');
    case 'table':
      return tableHtml(block);
    case 'chart':
      return chartHtml(block.alt, chartSvg);
  }
}

function runsHtml(runs: readonly TextRun[]): string {
  return runs.map((run) => (run.strong === true ? `<strong>${escapeHtml(run.text)}</strong>` : escapeHtml(run.text))).join('');
}

type TableBlock = Extract<ReportBlock, { type: 'table' }>;

/**
 * A word too long to keep whole in a table column (a URL in a source, say): such a cell may
 * break anywhere, so the table still fits the page. Other cells break only between words.
 */
const LONG_WORD = /[^\s]{25}/;

function tableHtml(table: TableBlock): string {
  const numeric = (column: number) => table.align[column] === 'right';
  const cls = (column: number, text = '') => (numeric(column) ? ' class="num"' : LONG_WORD.test(text) ? ' class="long"' : '');
  const strong = new Set(table.strongRows ?? []);
  const header = table.header.map((text, i) => `<th scope="col"${cls(i, text)}>${escapeHtml(text)}</th>`).join('');
  const rows = table.rows.map((row, r) => {
    // The first cell names the row (a scenario, an item): a row header, unless it is a number.
    const cells = row.map((text, i) => (i === 0 && !numeric(0) ? `<th scope="row"${cls(i, text)}>${escapeHtml(text)}</th>` : `<td${cls(i, text)}>${escapeHtml(text)}</td>`));
    return `<tr${strong.has(r) ? ' class="strong"' : ''}>${cells.join('')}</tr>`;
  });
  return [
    '<table>',
    ...(table.header.length === 0 ? [] : [`<thead><tr>${header}</tr></thead>`]),
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
}

function chartHtml(alt: string, svg: string | undefined): string {
  if (svg === undefined) return `<p class="chart-text">${escapeHtml(alt)}</p>`;
  const size = svgSize(svg);
  const dimensions = size === undefined ? '' : ` width="${size.width}" height="${size.height}"`;
  const uri = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
  return `<figure><img src="${uri}" alt="${escapeHtml(alt)}"${dimensions}></figure>`;
}

/** The pixel size the root <svg> element declares, so the page reserves the picture's space and keeps its aspect ratio. */
function svgSize(svg: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (root === undefined) return undefined;
  const attribute = (name: string) => {
    const value = new RegExp(`\\s${name}="\\s*([0-9]+(?:\\.[0-9]+)?)(?:px)?\\s*"`).exec(root)?.[1];
    return value === undefined ? undefined : Math.round(Number(value));
  };
  const width = attribute('width');
  const height = attribute('height');
  return width === undefined || height === undefined || width <= 0 || height <= 0 ? undefined : { width, height };
}

/**
 * Screen: a centred column of about 48rem. Print: black on white, rules instead of shading,
 * @page margin 15 mm without a size (the printer's paper is used), and the content at most
 * 180 mm wide: the printable width of A4 (210 − 2 × 15 mm), narrower than Letter's 185.9 mm.
 */
const STYLE = `
:root { color-scheme: light; color: #111; background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; font-size: 16px; line-height: 1.5; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; }
main { max-width: 48rem; margin: 2.5rem auto; padding: 0 1.25rem; }
h1, h2, h3 { line-height: 1.25; color: #000; margin: 1.75em 0 0.5em; }
h1 { font-size: 1.75rem; margin-top: 0; padding-bottom: 0.35em; border-bottom: 2px solid #000; }
h2 { font-size: 1.3rem; padding-bottom: 0.2em; border-bottom: 1px solid #bbb; }
h3 { font-size: 1.05rem; }
p, ul { margin: 0 0 1em; }
ul { padding-left: 1.4em; }
li { margin: 0.25em 0; }
strong { font-weight: 700; color: #000; }
h1, h2, h3, p, li { overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.5em; font-size: 0.875rem; font-variant-numeric: tabular-nums; }
th, td { padding: 0.3em 0.6em; text-align: left; vertical-align: top; border-bottom: 1px solid #d4d4d4; overflow-wrap: break-word; }
th { font-weight: 400; }
thead th { font-weight: 600; color: #000; background: #f0f0f0; border-top: 1px solid #000; border-bottom: 1px solid #000; vertical-align: bottom; }
tbody tr:last-child > * { border-bottom: 1px solid #000; }
tr.strong > * { font-weight: 700; color: #000; border-top: 1px solid #000; }
.num { text-align: right; white-space: nowrap; }
thead th.num { white-space: normal; }
.long { overflow-wrap: anywhere; }
figure { margin: 0 0 1.5em; }
figure img { display: block; width: 100%; height: auto; }
.chart-text { font-style: italic; }
@page { margin: 15mm; }
@media print {
  :root { color: #000; font-size: 10.5pt; line-height: 1.4; }
  main { max-width: 180mm; margin: 0; padding: 0; }
  h1, h2, h3, strong, thead th { color: #000; }
  thead th { background: none; }
  table { font-size: 9pt; }
  thead { display: table-header-group; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
  tr, figure, img, li { break-inside: avoid; page-break-inside: avoid; }
  p { orphans: 3; widows: 3; }
}
`;
