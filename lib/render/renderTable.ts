/**
 * renderTable: a comparison → the terminal table people read first.
 *
 *   heading line (wrapped) ─▶ blank ─▶ table ─▶ blank ─▶ summary sentences (wrapped)
 *
 * The table must stay readable at the terminal's width: it shows the per-year columns
 * when they fit with whole scenario names (two spaces between numbers, or one when that is
 * what it takes), or with long names wrapped onto a second line; otherwise only Total, NPV
 * and vs baseline, with long names wrapped onto up to three lines (the third shortened by
 * `…` if need be). Names wrap at spaces, and a word too long for a line where the line ends,
 * so that no line is wider than the table and two names alike but for their ends stay apart.
 */
import type { Comparison } from '../report/comparison.js';
import { comparisonCells, comparisonHeader, type ComparisonCells } from './comparisonCells.js';
import { displayWidth, padToWidth } from './displayWidth.js';
import { atMostLines, nameLines } from './nameLines.js';
import { summarySentences } from './summarySentences.js';
import { terminalText } from './terminalText.js';
import { wrapText } from './wrapText.js';

/**
 * Options of {@link renderTable}.
 *
 * @example
 * const options: TableOptions = { width: 60 };
 * // at 60 columns the per-year columns no longer fit: Total and vs baseline remain
 * renderTable(compare([selfHosted, managedProvider], { months: 36 }), options).split('\n').slice(4, 7);
 * // ['Scenario                 Total    vs baseline',
 * //  'Self-hosted         144,000.00              —',
 * //  'Managed provider  1,485,000.00  +1,341,000.00']
 */
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
/** A name may wrap onto this many lines to keep the per-year columns. */
const MAX_NAME_LINES = 2;
/** Without the per-year columns, a name may wrap onto this many lines, the last shortened by `…`. */
const MAX_NAME_LINES_WITHOUT_YEARS = 3;
/** Wrapped sentences continue with this indent, so each sentence stands out. */
const CONTINUATION_INDENT = '  ';

/**
 * The comparison as a terminal table with the summary sentences under it, as one string
 * ending with a newline.
 *
 * @example
 * const table = renderTable(compare([selfHosted, managedProvider], { months: 36 }));
 * table.split('\n').slice(0, 6);
 * // ['2 scenarios over 36 months (2009-05 to 2012-04), USD, not discounted.',
 * //  '  Baseline: Self-hosted.',
 * //  '',
 * //  'Scenario              Year 1     Year 2     Year 3        Total   vs baseline',
 * //  'Self-hosted        48,000.00  48,000.00  48,000.00   144,000.00             —',
 * //  'Managed provider  525,000.00 480,000.00 480,000.00 1,485,000.00 +1,341,000.00']
 */
export function renderTable(comparison: Comparison, options: TableOptions = {}): string {
  const width = options.width ?? DEFAULT_TABLE_WIDTH;
  const summary = summarySentences(comparison, { formatName: terminalText });
  // Appended line by line: a thousand scenarios' lines spread as the arguments of one call are copied twice.
  const lines = wrapText(summary.heading, width, CONTINUATION_INDENT);
  lines.push('');
  const table = tableLines(comparison, width);
  for (let index = 0; index < table.length; index++) lines.push(table[index] as string);
  if (summary.sentences.length > 0) lines.push('');
  for (let index = 0; index < summary.sentences.length; index++) {
    const wrapped = wrapText(summary.sentences[index] as string, width, CONTINUATION_INDENT);
    for (let part = 0; part < wrapped.length; part++) lines.push(wrapped[part] as string);
  }
  return `${lines.join('\n')}\n`;
}

function tableLines(comparison: Comparison, width: number): string[] {
  const nameWidth = Math.max(MIN_NAME_WIDTH, ...comparison.scenarios.map((s) => displayWidth(terminalText(s.name))));
  // One year's column would only repeat the total.
  if (comparison.years.length > 1 && yearsMayFit(comparison, width)) {
    const cells = measured(comparisonCells(comparison, { years: true }));
    for (const gap of YEAR_LAYOUT_GAPS) {
      if (nameWidth + GAP_AFTER_NAME + numbersWidth(cells, gap) <= width) return layOut(cells, nameWidth, gap);
    }
    // Wrapping: the narrowest gap leaves the most room, so the fewest names wrap.
    for (const gap of [...YEAR_LAYOUT_GAPS].reverse()) {
      const available = width - GAP_AFTER_NAME - numbersWidth(cells, gap);
      if (available >= MIN_NAME_WIDTH && cells.rows.every((row) => nameLines(terminalText(row[0] ?? ''), available).length <= MAX_NAME_LINES)) {
        return layOut(cells, available, gap, MAX_NAME_LINES);
      }
    }
  }
  const cells = measured(comparisonCells(comparison, { years: false }));
  const available = width - GAP_AFTER_NAME - numbersWidth(cells, GAP_WITHOUT_YEARS);
  return layOut(cells, Math.max(MIN_NAME_WIDTH, Math.min(nameWidth, available)), GAP_WITHOUT_YEARS, MAX_NAME_LINES_WITHOUT_YEARS);
}

/**
 * Whether the year columns can fit at all: their titles alone, at the narrowest gap, beside
 * the narrowest name, take less room than any of their figures can. When even that is too
 * wide, the figures of every year of every scenario are not written out only to be measured.
 */
function yearsMayFit(comparison: Comparison, width: number): boolean {
  const titles = comparisonHeader(comparison, { years: true }).slice(1);
  const gap = Math.min(...YEAR_LAYOUT_GAPS);
  return MIN_NAME_WIDTH + GAP_AFTER_NAME + titles.reduce((sum, title) => sum + displayWidth(title), 0) + gap * (titles.length - 1) <= width;
}

/** The cells with the width of each number column: the widest of its title and its cells, measured once for every layout tried. */
type MeasuredCells = ComparisonCells & { readonly numberWidths: readonly number[] };

function measured(cells: ComparisonCells): MeasuredCells {
  const numberWidths = cells.header.slice(1).map((title, index) => {
    let widest = displayWidth(title);
    for (const row of cells.rows) widest = Math.max(widest, displayWidth(row[index + 1] ?? ''));
    return widest;
  });
  return { ...cells, numberWidths };
}

/** Columns taken by the number columns and the gaps before each of them, after the first. */
function numbersWidth(cells: MeasuredCells, gap: number): number {
  return cells.numberWidths.reduce((sum, w) => sum + w, 0) + gap * (cells.numberWidths.length - 1);
}

/** The table's lines, each name on at most `nameLineLimit` lines of `nameWidth` columns (1: on one line, as it is). */
function layOut(cells: MeasuredCells, nameWidth: number, gap: number, nameLineLimit = 1): string[] {
  const widths = cells.numberWidths;
  const lines = (row: readonly string[]): string[] => {
    const [name = '', ...numbers] = row;
    const paddedNumbers = numbers.map((cell, i) => padToWidth(cell, widths[i] ?? 0, 'right'));
    // A wrapped name shows its numbers on its first line, so every row starts with its figures.
    const nameParts = nameLineLimit === 1 ? [terminalText(name)] : atMostLines(nameLines(terminalText(name), nameWidth), nameLineLimit, nameWidth);
    return nameParts.map((part, index) =>
      index > 0 ? part : padToWidth(part, nameWidth, 'left') + ' '.repeat(GAP_AFTER_NAME) + paddedNumbers.join(' '.repeat(gap)),
    );
  };
  return [...lines(cells.header), ...cells.rows.flatMap(lines)];
}
