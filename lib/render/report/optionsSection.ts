/**
 * "The options" and "Break-even": what the options cost, side by side, and the chart of
 * their cumulative cost.
 *
 *   options moved to start now (as of the report's date) ─▶ a sentence saying so
 *   ─▶ the comparison table: years (2 to 5 of them), total, NPV, vs baseline, breaks even
 *   ─▶ the sentences of `compare` under it (break-even, commitments, conversions, notes)
 *   ─▶ Break-even: the chart, with a description of it for those who cannot see it
 */
import type { Comparison } from '../../report/comparison.js';
import type { RevisitReport } from '../../report/revisitReport.js';
import { comparisonCells } from '../comparisonCells.js';
import { summarySentences } from '../summarySentences.js';
import type { ReportBlock } from './reportBlocks.js';
import { monthWords } from './reportWords.js';

/**
 * The options compared: the sentence about options moved to start now, the comparison table
 * and the sentences of `compare`.
 */
export function optionsSection(report: RevisitReport): ReportBlock[] {
  const blocks: ReportBlock[] = [{ type: 'heading', level: 2, text: 'The options' }];
  if (report.moved.length > 0) blocks.push({ type: 'paragraph', runs: [{ text: movedSentence(report) }] });
  blocks.push(comparisonTable(report.comparison));
  const sentences = summarySentences(report.comparison).sentences;
  if (sentences.length > 0) blocks.push({ type: 'list', items: sentences.map((text) => [{ text }]) });
  return blocks;
}

/** The break-even chart, which each format draws in its own way, with a description of it. */
export function breakEvenSection(report: RevisitReport): ReportBlock[] {
  return [
    { type: 'heading', level: 2, text: 'Break-even' },
    { type: 'chart', alt: chartAlt(report) },
  ];
}

/** "As of May 2010, Managed provider (written to start in May 2009) was not taken, so it can only start now: …" */
function movedSentence(report: RevisitReport): string {
  const moved = report.moved.map((m) => `${m.scenario} (written to start in ${monthWords(m.from)})`);
  const to = monthWords(report.moved[0]?.to as string);
  const many = moved.length > 1;
  return `As of ${to}, ${moved.join(' and ')} ${many ? 'were' : 'was'} not taken, so ${many ? 'they' : 'it'} can only start now: ${many ? 'each is' : 'it is'} analysed as signed in ${to}, ${many ? 'their' : 'its'} payments moved by the same months. The analysis looks ahead from ${to}; what was spent before is under actual spending.`;
}

function comparisonTable(comparison: Comparison): ReportBlock {
  const yearCount = comparison.years.length;
  const cells = comparisonCells(comparison, { years: yearCount > 1 && yearCount <= 5 });
  const breakEven = comparison.scenarios.map((s) => (s.breakEven === null ? '—' : s.breakEven.at === null ? 'never' : `month ${s.breakEven.at.month} (${monthWords(s.breakEven.at.calendar)})`));
  return {
    type: 'table',
    header: [...cells.header, 'Breaks even'],
    align: [...cells.header.map((_, column) => (column === 0 ? 'left' : 'right') as 'left' | 'right'), 'left'],
    rows: cells.rows.map((row, index) => [...row, breakEven[index] as string]),
  };
}

function chartAlt(report: RevisitReport): string {
  const { comparison } = report;
  const breakEvens = comparison.scenarios
    .filter((s) => s.breakEven !== null)
    .map((s) => (s.breakEven?.at === null ? `${s.name} never breaks even` : `${s.name} breaks even in ${s.breakEven?.at.calendar}`));
  return `Cumulative cost of each option, month by month, from ${comparison.settings.from} to ${comparison.settings.to}, with the revisit date ${report.revisit} marked. ${breakEvens.join('; ')}.`;
}
