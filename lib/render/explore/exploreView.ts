/**
 * Everything the explore page shows of a what-if, as text: the page only lays it out
 * (with textContent, never as markup). Each part is the one the command line prints for the
 * same files and options, from the same functions:
 *
 *   RevisitReport (tryWhatIfReport)
 *   ─▶ headline and decision summary       = costmodel report's first paragraph (decisionSummary)
 *   ─▶ heading line, table, sentences      = costmodel compare (summarySentences, comparisonCells)
 *   ─▶ what signing commits you to, what would change the decision = the report's sections
 *   ─▶ per input: where the cheapest option changes (the report's thresholds by total)
 *   ─▶ the break-even chart's spec         = costmodel chart --type breakeven --revisit MONTH
 */
import type { TopLevelSpec } from 'vega-lite';
import type { RevisitReport } from '../../report/revisitReport.js';
import { breakEvenChart } from '../charts/breakEvenChart.js';
import { comparisonCells, type ComparisonCells } from '../comparisonCells.js';
import { MAX_MARKDOWN_YEAR_COLUMNS } from '../renderMarkdown.js';
import { decisionSummary } from '../report/decisionSummary.js';
import { exposureSection } from '../report/exposureSection.js';
import { inputName, valueText } from '../report/inputWords.js';
import type { ReportBlock, TextRun } from '../report/reportBlocks.js';
import { thresholdsSection } from '../report/thresholdsSection.js';
import { breakEvenSection } from '../report/optionsSection.js';
import { summarySentences } from '../summarySentences.js';
import type { ExploreInput } from '../../scenario/exploreInputs.js';

/**
 * The explore page's results for one what-if.
 *
 * @example
 * const view = exploreView(revisitReport([selfHosted, managedProvider], { months: 36 }));
 * [view.summary[0]?.text, view.sentences[0]];
 * // ['Keep Self-hosted; look again in May 2010.', 'Managed provider never breaks even against Self-hosted within 36 months.']
 */
export type ExploreView = {
  /** The decision summary: the bold headline, then the sentences a manager reads aloud. */
  readonly summary: readonly TextRun[];
  /** What was compared, over what, in which currency, against which baseline. */
  readonly heading: string;
  /** The comparison table's cells. */
  readonly table: ComparisonCells;
  /** Break-even, commitments and notes, as `costmodel compare` prints them under its table. */
  readonly sentences: readonly string[];
  /** What signing commits you to, then what would change the decision. */
  readonly sections: readonly ReportBlock[];
  /** The break-even chart, with the revisit month marked. */
  readonly chart: TopLevelSpec;
  /** The chart in words, as the report describes it. */
  readonly chartText: string;
};

/** The page's results for a what-if's report. */
export function exploreView(report: RevisitReport): ExploreView {
  const { comparison } = report;
  const summary = summarySentences(comparison);
  const years = comparison.years.length;
  return {
    summary: decisionSummary(report),
    heading: summary.heading,
    table: comparisonCells(comparison, { years: years > 1 && years <= MAX_MARKDOWN_YEAR_COLUMNS }),
    sentences: summary.sentences,
    sections: [...exposureSection(report), ...thresholdsSection(report)],
    chart: breakEvenChart(comparison, { revisit: report.revisit }),
    chartText: breakEvenSection(report).flatMap((block) => (block.type === 'chart' ? [block.alt] : [])).join(' '),
  };
}

/**
 * Where the cheapest option changes as one input moves on its own (by total cost), in words;
 * '' for an input the threshold analysis does not search (a start month, a driver).
 *
 * @example
 * const report = revisitReport([selfHosted, managedProvider], { months: 36 });
 * const [, , fee] = exploreInputs(managedProvider);
 * thresholdText(report, 'Managed provider', fee!);
 * // 'Below 2,750.00 a month, Self-hosted is no longer the cheapest: Managed provider is.'
 */
export function thresholdText(report: RevisitReport, scenario: string, input: ExploreInput): string {
  const threshold = report.thresholds.total.thresholds.find((t) => t.scenario === scenario && t.path === input.path);
  if (threshold === undefined) return '';
  const { cheapest } = report.thresholds.total;
  if (threshold.value === null) return `No value of this alone makes another option cheaper than ${cheapest}.`;
  const beyond = threshold.kind === 'months' ? `${threshold.beyond ?? threshold.value} months` : valueText(report, threshold, threshold.value);
  const side = threshold.kind === 'months' ? (threshold.direction === 'up' ? 'From' : 'At or below') : threshold.direction === 'up' ? 'Above' : 'Below';
  return `${side} ${beyond}, ${cheapest} is no longer the cheapest: ${threshold.becomes ?? 'another option'} is.`;
}

/** The label of an input's control: the report's name for it, or the explore input's own. */
export function inputLabel(input: ExploreInput): string {
  return input.threshold === undefined ? input.label : inputName(input.threshold);
}
