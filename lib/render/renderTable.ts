/**
 * renderTable: a comparison → the terminal table people read first.
 *
 *   heading line (wrapped) ─▶ blank ─▶ table ─▶ blank ─▶ summary sentences (wrapped)
 *
 * The table must stay readable at the terminal's width: it shows the per-year columns
 * when they fit with whole scenario names (two spaces between numbers, or one when that is
 * what it takes); otherwise only Total, NPV and vs baseline, with names shortened by `…`.
 */
import type { Comparison } from '../report/comparison.js';
import { comparisonCells, type ComparisonCells } from './comparisonCells.js';
import { displayWidth, padToWidth, truncateToWidth } from './displayWidth.js';
import { summarySentences } from './summarySentences.js';
import { terminalText } from './terminalText.js';
import { wrapText } from './wrapText.js';

/** Options of {@link renderTable}. */
export type TableOptions = {
  /** Terminal width in columns (default 80). */
  readonly width?: number;
};

/** The width of a classic terminal. */
export const DEFAULT_TABLE_WIDTH = 80;
const GAP_AFTER_NAME = 2;
/** Gaps between number columns to try, widest first, before giving up the per-year columns. */
const YEAR_LAYOUT_GAPS = [2, 1] as const;
const GAP_WITHOUT_YEARS = 2;
/** Names are never cut shorter than this, even when the table then overflows. */
const MIN_NAME_WIDTH = 'Scenario'.length;
/** Wrapped sentences continue with this indent, so each sentence stands out. */
const CONTINUATION_INDENT = '  ';

/**
 * The comparison as a terminal table with the summary sentences under it, as one string
 * ending with a newline.
 *
 * @example
 * renderTable(compare([selfHosted, managedProvider], { months: 36 }));
 * // '2 scenarios over 36 months (2009-05 to 2012-04), USD, not discounted.\n'
 * // + '  Baseline: Self-hosted.\n\nScenario              Year 1     Year 2 …'
 */
export function renderTable(comparison: Comparison, options: TableOptions = {}): string {
  const width = options.width ?? DEFAULT_TABLE_WIDTH;
  const summary = summarySentences(comparison, { formatName: terminalText });
  const lines = [...wrapText(summary.heading, width, CONTINUATION_INDENT), '', ...tableLines(comparison, width)];
  if (summary.sentences.length > 0) {
    lines.push('', ...summary.sentences.flatMap((sentence) => wrapText(sentence, width, CONTINUATION_INDENT)));
  }
  return `${lines.join('\n')}\n`;
}

function tableLines(comparison: Comparison, width: number): string[] {
  const nameWidth = Math.max(MIN_NAME_WIDTH, ...comparison.scenarios.map((s) => displayWidth(terminalText(s.name))));
  // One year's column would only repeat the total.
  if (comparison.years.length > 1) {
    const cells = comparisonCells(comparison, { years: true });
    for (const gap of YEAR_LAYOUT_GAPS) {
      if (nameWidth + GAP_AFTER_NAME + numbersWidth(cells, gap) <= width) return layOut(cells, nameWidth, gap);
    }
  }
  const cells = comparisonCells(comparison, { years: false });
  const available = width - GAP_AFTER_NAME - numbersWidth(cells, GAP_WITHOUT_YEARS);
  return layOut(cells, Math.max(MIN_NAME_WIDTH, Math.min(nameWidth, available)), GAP_WITHOUT_YEARS);
}

function columnWidths(cells: ComparisonCells): number[] {
  return cells.header.map((title, column) => Math.max(displayWidth(title), ...cells.rows.map((row) => displayWidth(row[column] ?? ''))));
}

/** Columns taken by the number columns and the gaps before each of them, after the first. */
function numbersWidth(cells: ComparisonCells, gap: number): number {
  const numberColumns = columnWidths(cells).slice(1);
  return numberColumns.reduce((sum, w) => sum + w, 0) + gap * (numberColumns.length - 1);
}

function layOut(cells: ComparisonCells, nameWidth: number, gap: number): string[] {
  const widths = columnWidths(cells).slice(1);
  const line = (row: readonly string[]) => {
    const [name = '', ...numbers] = row;
    const shownName = truncateToWidth(terminalText(name), nameWidth);
    const paddedNumbers = numbers.map((cell, i) => padToWidth(cell, widths[i] ?? 0, 'right'));
    return padToWidth(shownName, nameWidth, 'left') + ' '.repeat(GAP_AFTER_NAME) + paddedNumbers.join(' '.repeat(gap));
  };
  return [line(cells.header), ...cells.rows.map(line)];
}
