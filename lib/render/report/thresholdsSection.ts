/**
 * "What would change the decision": the thresholds of the report (lib/analysis/thresholds.ts)
 * as people watch them, and the sentence the decision summary says about them.
 *
 *   by total ─▶ the cheapest, then a table of the inputs that can flip the decision, ranked
 *     by how little each has to move ─▶ the inputs no value of which alone flips it
 *   by NPV, when discounting ─▶ the same
 *   summary ─▶ the two smallest changes: "it would become the cheaper option only if its
 *     Managed hosting fell below 2,750.00 a month (−93%) or …"
 */
import type { Threshold, ThresholdAnalysis } from '../../analysis/thresholds.js';
import type { RevisitReport } from '../../report/revisitReport.js';
import type { ReportBlock } from './reportBlocks.js';
import { fieldWords, inputAmount, inputName, perOfRate, valueText } from './inputWords.js';
import { changeText, horizonWords, percentText, pointsText } from './reportWords.js';

/** The section: the thresholds by total, then by NPV when discounting. */
export function thresholdsSection(report: RevisitReport): ReportBlock[] {
  return [
    { type: 'heading', level: 2, text: 'What would change the decision' },
    ...thresholdBlocks(report, report.thresholds.total),
    ...(report.thresholds.npv === null ? [] : thresholdBlocks(report, report.thresholds.npv)),
  ];
}

/** For the decision summary: the two smallest changes, each of one input, that would make another option cheapest by total. */
export function flipSentence(report: RevisitReport): string {
  const analysis = report.thresholds.total;
  const found = analysis.thresholds.filter((t) => t.value !== null).slice(0, 2);
  if (report.comparison.scenarios.length === 1) return 'There is no other option to compare it with: add one to see what would change the decision.';
  if (found.length === 0) return 'No single input, changed on its own, makes another option cheaper.';
  const becomes = new Set(found.map((t) => t.becomes));
  const cheaper = report.comparison.scenarios.length === 2 ? 'cheaper' : 'cheapest';
  if (becomes.size === 1) {
    const target = found[0]?.becomes as string;
    const others = report.comparison.scenarios.filter((s) => s.name !== analysis.cheapest);
    const subject = others.length === 1 && others[0]?.name === target ? 'it' : target;
    return `Changing one input at a time, ${subject} would become the ${cheaper} option only if ${found.map((t) => thresholdPhrase(report, t, target)).join(' or ')}.`;
  }
  return `Changing one input at a time, the decision would change only if ${found.map((t) => `${thresholdPhrase(report, t, undefined)}, making ${t.becomes} the ${cheaper}`).join(', or ')}.`;
}

/** "its Managed hosting fell below 2,750.00 a month (−93%)", "Self-hosted’s Self-hosting rose above …". */
function thresholdPhrase(report: RevisitReport, t: Threshold, subject: string | undefined): string {
  const owner = t.item === null ? 'commitment' : t.item;
  const whose = t.scenario === subject ? `its ${owner}` : `${t.scenario}’s ${owner}`;
  const value = t.value as string;
  if (t.kind === 'months') return `${whose} were ${t.beyond ?? ''} months or ${t.direction === 'up' ? 'longer' : 'shorter'}`;
  const verb = t.direction === 'up' ? 'rose above' : 'fell below';
  if (t.kind === 'rate') {
    const what = t.field === 'raise' ? 'yearly raise' : 'escalation';
    return `${whose} ${what} ${verb} ${percentText(value)} ${perOfRate(t.per)}`;
  }
  const field = t.field === 'amount' ? '' : ` ${fieldWords(t.field)}`;
  return `${whose}${field} ${verb} ${inputAmount(report, t, value)} ${t.per}${t.change === null || t.factor === null ? '' : ` (${changeText({ change: t.change, factor: t.factor })})`}`;
}

function thresholdBlocks(report: RevisitReport, analysis: ThresholdAnalysis): ReportBlock[] {
  const { settings } = report.comparison;
  const found = analysis.thresholds.filter((t) => t.value !== null);
  const none = analysis.thresholds.filter((t) => t.value === null);
  const blocks: ReportBlock[] = [];
  const byWhat = analysis.metric === 'total' ? `total cost over ${horizonWords(settings.months)}` : `net present value at ${percentText(settings.discountRate ?? '0')} a year`;
  blocks.push({ type: 'heading', level: 3, text: analysis.metric === 'total' ? 'Watch these: by total cost' : 'Watch these: by net present value' });
  blocks.push({
    type: 'paragraph',
    runs: [{ text: `By ${byWhat}, ${analysis.cheapest} is the cheapest. Each row is one input changed on its own, ranked by how little it has to move.` }],
  });
  if (found.length > 0) {
    blocks.push({
      type: 'table',
      header: ['#', 'Scenario', 'Input', 'Today', 'Decision changes beyond', 'Change needed', 'Then cheapest'],
      align: ['right', 'left', 'left', 'right', 'right', 'right', 'left'],
      rows: found.map((t, index) => [
        String(index + 1),
        t.scenario,
        inputName(t),
        valueText(report, t, t.current),
        valueText(report, t, t.value as string),
        t.kind === 'rate' ? pointsText(t.difference ?? '0') : t.change === null || t.factor === null ? '—' : changeText({ change: t.change, factor: t.factor }),
        t.becomes ?? '—',
      ]),
    });
  }
  if (none.length > 0) {
    blocks.push({
      type: 'paragraph',
      runs: [{ text: 'No value of these alone changes the decision: ', strong: true }, { text: `${none.map((t) => `${inputName(t)} (${t.scenario})`).join('; ')}.` }],
    });
  }
  return blocks;
}
