/**
 * "What changed since the decision of …", with `--previous`: the report's changes since a
 * decision record (lib/analysis/recordChanges.ts) and the record's forecast against the
 * actual spending, and the sentence the decision summary says about them.
 *
 *   the decision then and the cheapest option now ─▶ settings, options and items added or
 *     removed, texts changed ─▶ amounts, rates and terms then and now ─▶ the thresholds
 *     watched, crossed or not ─▶ totals then and now ─▶ the recorded forecast against the
 *     actual spending
 *   summary ─▶ "Since the decision of 2009-05-04, nothing in the scenarios has changed and no
 *     threshold has been crossed."
 */
import type { RecordChanges } from '../../analysis/recordChanges.js';
import type { RevisitReport } from '../../report/revisitReport.js';
import { displayAmount } from '../displayAmount.js';
import type { ReportBlock, TextRun } from './reportBlocks.js';
import { inputName, valueText, type InputRef } from './inputWords.js';
import { changeText, monthWords, pointsText } from './reportWords.js';

/** The section, or nothing without a previous record. */
export function changesSection(report: RevisitReport): ReportBlock[] {
  const { changes } = report;
  if (changes === null) return [];
  const digits = report.comparison.settings.minorDigits;
  const amount = (value: string | null) => (value === null ? '—' : displayAmount(value, digits));
  const since = changes.since.date === null ? 'the recorded decision' : `the decision of ${changes.since.date}`;
  const blocks: ReportBlock[] = [{ type: 'heading', level: 2, text: `What changed since ${since}` }, { type: 'paragraph', runs: decisionThen(changes) }];
  const facts = changedFacts(changes);
  if (facts.length > 0) blocks.push({ type: 'list', items: facts.map((text) => [{ text }]) });

  blocks.push({ type: 'heading', level: 3, text: 'Amounts, rates and terms' });
  if (changes.inputs.length === 0) blocks.push({ type: 'paragraph', runs: [{ text: 'No amount, rate or commitment length has changed.' }] });
  else
    blocks.push({
      type: 'table',
      header: ['Scenario', 'Input', 'Then', 'Now', 'Change'],
      align: ['left', 'left', 'right', 'right', 'right'],
      rows: changes.inputs.map((input) => [
        input.scenario,
        inputName(input),
        input.before === null ? '—' : valueText(report, input, input.before),
        input.after === null ? '—' : valueText(report, input, input.after),
        input.relative === null || input.factor === null || input.change === null
          ? '—'
          : input.kind === 'rate'
            ? pointsText(input.change)
            : changeText({ change: input.relative, factor: input.factor }),
      ]),
    });

  if (changes.thresholds.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: 'Thresholds watched' });
    blocks.push({
      type: 'table',
      header: ['By', 'Scenario', 'Input', 'Threshold', 'Then', 'Now', 'Crossed'],
      align: ['left', 'left', 'left', 'right', 'right', 'right', 'left'],
      rows: changes.thresholds.map((check) => [
        check.metric === 'total' ? 'total' : 'NPV',
        check.scenario,
        inputName(check),
        valueText(report, check, check.threshold),
        valueText(report, check, check.before),
        check.now === null ? 'gone' : valueText(report, check, check.now),
        check.crossed ? 'yes' : 'no',
      ]),
    });
  }

  blocks.push({ type: 'heading', level: 3, text: 'Totals then and now' });
  blocks.push({
    type: 'table',
    header: ['Scenario', 'Then', 'Now', 'Difference'],
    align: ['left', 'right', 'right', 'right'],
    rows: changes.results.map((r) => [r.scenario, amount(r.total.before), amount(r.total.now), r.total.difference === null ? '—' : displayAmount(r.total.difference, digits, { signed: true })]),
  });

  if (report.forecast !== null && report.forecast.scenarios.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: 'The recorded forecast against actual spending' });
    blocks.push({
      type: 'table',
      header: ['Scenario', 'Months', 'Forecast', 'Actual', 'Difference'],
      align: ['left', 'right', 'right', 'right', 'right'],
      rows: report.forecast.scenarios.map((f) => [f.scenario, String(f.total.months), amount(f.total.forecast), amount(f.total.actual), displayAmount(f.total.difference, digits, { signed: true })]),
    });
  }
  return blocks;
}

/** For the decision summary: how much has changed since the record, and which thresholds were crossed. */
export function changesSentences(report: RevisitReport): string[] {
  const { changes } = report;
  if (changes === null) return [];
  const since = changes.since.date === null ? 'Since the recorded decision' : `Since the decision of ${changes.since.date}`;
  const count = changes.counts.changes;
  const changed = count === 0 ? 'nothing in the scenarios has changed' : `${count === 1 ? '1 thing' : `${count} things`} in the scenarios ${count === 1 ? 'has' : 'have'} changed`;
  const crossed = changes.thresholds.filter((t) => t.crossed);
  const { crossedThresholds } = changes.counts;
  const thresholds = crossedThresholds === 0 ? 'no threshold has been crossed' : `${crossedThresholds === 1 ? '1 threshold has' : `${crossedThresholds} thresholds have`} been crossed (${crossed.map(thresholdName).join('; ')})`;
  const decision = changes.decision.total.changed ? ` The cheapest option was ${changes.decision.total.before}; now it is ${changes.decision.total.now}.` : '';
  return [`${since}, ${changed} and ${thresholds}.${decision}`];
}

/** "Decided then: Not now. The cheapest option is still Self-hosted." */
function decisionThen(changes: RecordChanges): TextRun[] {
  const runs: TextRun[] = [];
  if (changes.since.decision !== null) runs.push({ text: 'Decided then: ', strong: true }, { text: `${sentence(changes.since.decision)} ` });
  runs.push({
    text: changes.decision.total.changed
      ? `The cheapest option was ${changes.decision.total.before}; now it is ${changes.decision.total.now}.`
      : `The cheapest option is still ${changes.decision.total.now}.`,
  });
  if (changes.decision.npv?.changed === true) runs.push({ text: ` By NPV it was ${changes.decision.npv.before ?? '—'}; now it is ${changes.decision.npv.now ?? '—'}.` });
  return runs;
}

/** The changes that are not amounts: settings, options and items added or removed, texts. */
function changedFacts(changes: RecordChanges): string[] {
  const facts: string[] = [];
  for (const setting of changes.settings) {
    if (setting.setting === 'from' || setting.setting === 'to') {
      const when = (month: string | null) => (month === null ? 'none' : monthWords(month));
      facts.push(`The analysis ${setting.setting === 'from' ? 'starts' : 'ends'} in ${when(setting.after)} (then ${when(setting.before)}).`);
    } else facts.push(`Setting ${setting.setting}: ${setting.before ?? 'none'} then, ${setting.after ?? 'none'} now.`);
  }
  if (changes.scenarios.added.length > 0) facts.push(`New options: ${changes.scenarios.added.join(', ')}.`);
  if (changes.scenarios.removed.length > 0) facts.push(`Options no longer compared: ${changes.scenarios.removed.join(', ')}.`);
  for (const item of changes.items) facts.push(`${item.status === 'added' ? 'New item' : 'Item removed'}: ${item.item} (${item.scenario}).`);
  for (const text of changes.texts) facts.push(`${text.scenario} ${text.path}: “${text.before ?? ''}” then, “${text.after ?? ''}” now.`);
  return facts;
}

function thresholdName(t: InputRef): string {
  return `${inputName(t)} in ${t.scenario}`;
}

/** Text ending as a sentence does, so the next one can follow it. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["”’)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
