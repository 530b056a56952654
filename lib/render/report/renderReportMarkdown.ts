import type { RevisitReport } from '../../report/revisitReport.js';
import { displayWidth, padToWidth } from '../displayWidth.js';
import { markdownCellText, markdownText } from '../markdownText.js';
import { isReportBlocks, type ReportBlock, type TextRun } from './reportBlocks.js';
import { reportDocument } from './reportDocument.js';

/**
 * How {@link renderReportMarkdown} shows the chart.
 *
 * @example
 * const options: ReportMarkdownOptions = { chartPath: 'report.png' };
 * options.chartPath; // 'report.png'
 */
export type ReportMarkdownOptions = {
  /**
   * Where the chart image is, relative to the Markdown file (it is written beside it). Absent:
   * the document says the chart comes with `-o report.md`.
   */
  readonly chartPath?: string;
};

/**
 * The revisit report as GitHub-flavoured Markdown: headings, paragraphs, lists and tables
 * with right-aligned amounts, the chart as an image linked beside the file. Every text from
 * a scenario file is escaped, so names show as written; tables are padded so the source also
 * reads well as plain text.
 *
 * It takes the report itself, or a document of blocks: the report's
 * ({@link reportDocument}), perhaps with blocks added or left out, or one of your own.
 *
 * @example
 * const report = revisitReport([selfHosted, managedProvider], { months: 36 });
 * const markdown = renderReportMarkdown(report, { chartPath: 'report.png' });
 * markdown.split('\n')[0]; // '# Revisit report: Self-hosted or Managed provider'
 * markdown.includes('![Cumulative cost of each option'); // true
 *
 * @example
 * // the document as blocks: here, the report without its assumptions and method notes
 * const report = revisitReport([selfHosted, managedProvider], { months: 36 });
 * const blocks = reportDocument(report);
 * const shorter = blocks.slice(0, blocks.findIndex((block) => block.type === 'heading' && block.text === 'Assumptions'));
 * renderReportMarkdown(shorter).includes('## Assumptions'); // false
 * renderReportMarkdown(blocks) === renderReportMarkdown(report); // true
 */
export function renderReportMarkdown(document: RevisitReport | readonly ReportBlock[], options: ReportMarkdownOptions = {}): string {
  const blocks = isReportBlocks(document) ? document : reportDocument(document);
  return `${blocks.map((block) => markdownBlock(block, options)).join('\n\n')}\n`;
}

function markdownBlock(block: ReportBlock, options: ReportMarkdownOptions): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${markdownText(block.text)}`;
    case 'paragraph':
      return runs(block.runs);
    case 'list':
      return block.items.map((item) => `- ${runs(item)}`).join('\n');
    case 'chart':
      return options.chartPath === undefined
        ? '_The chart is written beside the report when it is saved with `-o report.md`._'
        : `![${markdownText(block.alt)}](${encodeURI(options.chartPath)})`;
    case 'table':
      return table(block);
  }
}

function runs(parts: readonly TextRun[]): string {
  return parts.map((part) => (part.strong === true ? `**${markdownText(part.text.trim())}**${part.text.endsWith(' ') ? ' ' : ''}` : markdownText(part.text))).join('');
}

function table(block: Extract<ReportBlock, { type: 'table' }>): string {
  const strong = new Set(block.strongRows ?? []);
  const rows = block.rows.map((row, index) => row.map((cell) => (cell === '' ? '' : strong.has(index) ? `**${markdownCellText(cell)}**` : markdownCellText(cell))));
  const header = block.header.map((cell) => markdownCellText(cell));
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? '')), '---:'.length));
  const right = (column: number) => block.align[column] === 'right';
  const line = (row: readonly string[]) => `| ${row.map((cell, column) => padToWidth(cell, widths[column] ?? 0, right(column) ? 'right' : 'left')).join(' | ')} |`;
  const delimiter = `| ${widths.map((width, column) => (right(column) ? `${'-'.repeat(width - 1)}:` : `:${'-'.repeat(width - 1)}`)).join(' | ')} |`;
  return [line(header), delimiter, ...rows.map(line)].join('\n');
}
