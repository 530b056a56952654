import type { Comparison } from '../report/comparison.js';
import { comparisonCells } from './comparisonCells.js';
import { displayWidth, padToWidth } from './displayWidth.js';
import { markdownText } from './markdownText.js';
import { summarySentences } from './summarySentences.js';

/** The document's heading. */
export const MARKDOWN_TITLE = 'Cost comparison';
/** More year columns than this make a table nobody reads in a proposal: show totals only. */
export const MAX_MARKDOWN_YEAR_COLUMNS = 10;

/**
 * The comparison as a GitHub-flavoured Markdown document for proposals and wikis: a heading,
 * the settings line, a table with right-aligned amounts and the summary sentences as a
 * list. Scenario names are escaped, so they show as written; the source is padded so the
 * table also reads well as plain text.
 *
 * @example
 * const markdown = renderMarkdown(compare([selfHosted, managedProvider], { months: 36 }));
 * markdown.split('\n').slice(0, 8);
 * // ['# Cost comparison',
 * //  '',
 * //  '2 scenarios over 36 months (2009-05 to 2012-04), USD, not discounted. Baseline: Self-hosted.',
 * //  '',
 * //  '| Scenario         |     Year 1 |     Year 2 |     Year 3 |        Total |   vs baseline |',
 * //  '| :--------------- | ---------: | ---------: | ---------: | -----------: | ------------: |',
 * //  '| Self-hosted      |  48,000.00 |  48,000.00 |  48,000.00 |   144,000.00 |             — |',
 * //  '| Managed provider | 525,000.00 | 480,000.00 | 480,000.00 | 1,485,000.00 | +1,341,000.00 |']
 */
export function renderMarkdown(comparison: Comparison): string {
  const summary = summarySentences(comparison, { formatName: markdownText });
  const yearCount = comparison.years.length;
  const cells = comparisonCells(comparison, { years: yearCount > 1 && yearCount <= MAX_MARKDOWN_YEAR_COLUMNS });
  const rows = cells.rows.map(([name = '', ...numbers]) => [markdownText(name), ...numbers]);
  const widths = cells.header.map((title, column) =>
    Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? '')), '---:'.length),
  );
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, column) => padToWidth(cell, widths[column] ?? 0, column === 0 ? 'left' : 'right')).join(' | ')} |`;
  const delimiter = `| ${widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width - 1)}` : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  const blocks = [`# ${MARKDOWN_TITLE}`, summary.heading, [line(cells.header), delimiter, ...rows.map(line)].join('\n')];
  if (summary.sentences.length > 0) blocks.push(summary.sentences.map((sentence) => `- ${sentence}`).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
