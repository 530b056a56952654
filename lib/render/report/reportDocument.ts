/**
 * The revisit report as a document: the report data ─▶ a list of blocks that Markdown and
 * HTML lay out. Each section is written by its own file, in the order a CFO reads them:
 *
 *   RevisitReport
 *   ─▶ the title and settings, the decision summary (decisionSummary.ts), the decision recorded
 *   ─▶ the options and the break-even chart                          (optionsSection.ts)
 *   ─▶ what signing commits you to                                   (exposureSection.ts)
 *   ─▶ what would change the decision: the thresholds                (thresholdsSection.ts)
 *   ─▶ with ranges: how sure we are, over the simulation's trials    (uncertaintySection.ts)
 *   ─▶ with actuals: actual spending against the plan                (actualsSection.ts)
 *   ─▶ with a previous record: what changed since the decision       (changesSection.ts)
 *   ─▶ the assumptions with their sources                            (assumptionsSection.ts)
 *   ─▶ how these numbers were made                                   (methodSection.ts)
 *   ─▶ ReportBlock[]
 *
 * A section with nothing to say (no other option, no range, no actuals, no record) gives no blocks.
 * The words and number formats the sections share are in reportWords.ts and inputWords.ts.
 * Sections lay out fields of the report: every amount, percentage and multiplier they print
 * is in its JSON (test/render/report/reportFigures.test.ts).
 */
import type { RevisitReport } from '../../report/revisitReport.js';
import { actualsSection } from './actualsSection.js';
import { assumptionsSection } from './assumptionsSection.js';
import { changesSection } from './changesSection.js';
import { decisionSummary } from './decisionSummary.js';
import { exposureSection } from './exposureSection.js';
import { methodSection } from './methodSection.js';
import { breakEvenSection, optionsSection } from './optionsSection.js';
import type { ReportBlock } from './reportBlocks.js';
import { horizonWords, monthWords, orList, percentText } from './reportWords.js';
import { thresholdsSection } from './thresholdsSection.js';
import { uncertaintySection } from './uncertaintySection.js';

/**
 * The report's title, before the options compared.
 *
 * @example
 * reportTitle(revisitReport([selfHosted, managedProvider])).startsWith(REPORT_TITLE); // true
 */
export const REPORT_TITLE = 'Revisit report';

/**
 * The revisit report as a document: what Markdown and HTML lay out.
 *
 * @example
 * const blocks = reportDocument(revisitReport([selfHosted, managedProvider], { months: 36 }));
 * blocks[0]; // { type: 'heading', level: 1, text: 'Revisit report: Self-hosted or Managed provider' }
 * blocks.filter((block) => block.type === 'heading' && block.level === 2).map((block) => block.type === 'heading' && block.text);
 * // ['The options', 'Break-even', 'What signing commits you to', 'What would change the decision', 'Assumptions', 'How these numbers were made']
 */
export function reportDocument(report: RevisitReport): ReportBlock[] {
  return [
    ...openingBlocks(report),
    ...optionsSection(report),
    ...breakEvenSection(report),
    ...exposureSection(report),
    ...thresholdsSection(report),
    ...uncertaintySection(report),
    ...actualsSection(report),
    ...changesSection(report),
    ...assumptionsSection(report),
    ...methodSection(report),
  ];
}

/**
 * The report's title: "Revisit report: " and the options compared.
 *
 * @example
 * reportTitle(revisitReport([selfHosted, managedProvider, selfHostedWithItHire]));
 * // 'Revisit report: Self-hosted, Managed provider or Self-hosted + IT hire'
 */
export function reportTitle(report: RevisitReport): string {
  return `${REPORT_TITLE}: ${orList(report.comparison.scenarios.map((s) => s.name))}`;
}

/** The title, the line of settings, the decision summary and the decision as recorded. */
function openingBlocks(report: RevisitReport): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 1, text: reportTitle(report) },
    { type: 'paragraph', runs: [{ text: preparedLine(report) }] },
    { type: 'paragraph', runs: decisionSummary(report) },
  ];
  if (report.decision.text !== null) blocks.push({ type: 'paragraph', runs: [{ text: 'Decision recorded: ', strong: true }, { text: report.decision.text }] });
  return blocks;
}

/** "Prepared 2009-05-04 · Three years from May 2009 to April 2012 · USD, not discounted · baseline: Self-hosted · revisit: May 2010" */
function preparedLine(report: RevisitReport): string {
  const { settings } = report.comparison;
  const discount = settings.discountRate === null ? 'not discounted' : `discounted at ${percentText(settings.discountRate)} a year`;
  return [
    ...(report.date === null ? [] : [`Prepared ${report.date}`]),
    `${horizonWords(settings.months, { capital: true })} from ${monthWords(settings.from)} to ${monthWords(settings.to)}`,
    `${settings.currency}, ${discount}${settings.view === 'amortized' ? ', hardware amortized' : ''}${settings.ranges === 'medians' ? ', ranges at their medians' : ''}`,
    `baseline: ${settings.baseline}`,
    `revisit: ${monthWords(report.revisit)}`,
  ].join(' · ');
}
