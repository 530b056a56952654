/**
 * The revisit report as a document: headings, paragraphs, tables, lists and the chart, in
 * order. One function writes the words (reportDocument); each format only lays them out
 * (Markdown, HTML), so the formats cannot say different things.
 */
import type { RevisitReport } from '../../report/revisitReport.js';

/**
 * A run of text; `strong` runs are set in bold.
 *
 * @example
 * const run: TextRun = { text: 'Keep Self-hosted; look again in May 2010.', strong: true };
 * run.strong; // true
 */
export type TextRun = { readonly text: string; readonly strong?: boolean };

/**
 * One block of the report document.
 *
 * @example
 * const block: ReportBlock = { type: 'heading', level: 2, text: 'What would change the decision' };
 * block.type; // 'heading'
 */
export type ReportBlock =
  /** Level 1 is the title; 2 a section; 3 a part of one. */
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly type: 'paragraph'; readonly runs: readonly TextRun[] }
  | { readonly type: 'list'; readonly items: readonly (readonly TextRun[])[] }
  /** `align` per column; `rows` of plain text cells; `note` a line under the table. */
  | {
      readonly type: 'table';
      readonly header: readonly string[];
      readonly align: readonly ('left' | 'right')[];
      readonly rows: readonly (readonly string[])[];
      /** Rows to set in bold (e.g. totals), by index into `rows`. */
      readonly strongRows?: readonly number[];
    }
  /** The break-even chart, with `alt` text describing it. */
  | { readonly type: 'chart'; readonly alt: string };

/**
 * Whether a report document is given as its blocks (rather than as the report they are made from).
 *
 * @example
 * isReportBlocks([{ type: 'heading', level: 1, text: 'Revisit report' }]); // true
 * isReportBlocks(revisitReport([selfHosted, managedProvider])); // false
 */
export function isReportBlocks(document: RevisitReport | readonly ReportBlock[]): document is readonly ReportBlock[] {
  return Array.isArray(document);
}
