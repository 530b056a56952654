/**
 * The words of the revisit report: the report data ─▶ a document of blocks that Markdown
 * and HTML lay out. Every sentence a CFO reads is written here.
 *
 *   decision summary (a bold headline and a few sentences to read aloud)
 *   ─▶ the options (comparison table, break-even sentences) ─▶ the break-even chart
 *   ─▶ what signing commits you to ─▶ what would change the decision (thresholds)
 *   ─▶ actual spend against the plan ─▶ changes since the last recorded decision
 *   ─▶ assumptions with their sources ─▶ how the numbers were made
 */
import { monthName, parseMonth, type Month } from '../../calendar/month.js';
import { Money } from '../../money/decimal.js';
import type { Comparison, ScenarioComparison } from '../../report/comparison.js';
import type { ActualsComparison, ScenarioActuals } from '../../analysis/actualsComparison.js';
import type { RecordChanges } from '../../analysis/recordChanges.js';
import type { Exposure } from '../../analysis/signingPlans.js';
import type { RevisitReport } from '../../report/revisitReport.js';
import type { ThresholdInput } from '../../scenario/thresholdInputs.js';
import type { Threshold, ThresholdAnalysis } from '../../analysis/thresholds.js';
import { comparisonCells } from '../comparisonCells.js';
import { displayAmount } from '../displayAmount.js';
import { summarySentences } from '../summarySentences.js';
import type { ReportBlock, TextRun } from './reportBlocks.js';

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
  const blocks: ReportBlock[] = [];
  const { comparison } = report;
  blocks.push({ type: 'heading', level: 1, text: reportTitle(report) });
  blocks.push({ type: 'paragraph', runs: [{ text: preparedLine(report) }] });
  blocks.push({ type: 'paragraph', runs: decisionSummary(report) });
  if (report.decision.text !== null) blocks.push({ type: 'paragraph', runs: [{ text: 'Decision recorded: ', strong: true }, { text: report.decision.text }] });

  blocks.push({ type: 'heading', level: 2, text: 'The options' });
  if (report.moved.length > 0) blocks.push({ type: 'paragraph', runs: [{ text: movedSentence(report) }] });
  blocks.push(comparisonTable(comparison));
  const sentences = summarySentences(comparison).sentences;
  if (sentences.length > 0) blocks.push({ type: 'list', items: sentences.map((text) => [{ text }]) });

  blocks.push({ type: 'heading', level: 2, text: 'Break-even' });
  blocks.push({ type: 'chart', alt: chartAlt(report) });

  if (report.exposure.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: 'What signing commits you to' });
    const current = comparison.scenarios.find((s) => s.isBaseline);
    if (current?.commitment != null) {
      const until = monthName(parseMonth(current.commitment.to) as Month);
      blocks.push({
        type: 'paragraph',
        runs: [{ text: `${current.name}, the baseline, is itself under a minimum term until ${until}: the plans below switch away from it without the cost of leaving it early (see its exit costs under The options).` }],
      });
    }
    for (const exposure of report.exposure) blocks.push(...exposureBlocks(report, exposure));
  }

  blocks.push({ type: 'heading', level: 2, text: 'What would change the decision' });
  blocks.push(...thresholdBlocks(report, report.thresholds.total));
  if (report.thresholds.npv !== null) blocks.push(...thresholdBlocks(report, report.thresholds.npv));

  if (report.actuals !== null) blocks.push(...actualsBlocks(report.actuals, report.comparison.settings.view));
  if (report.changes !== null) blocks.push(...changesBlocks(report, report.changes));

  blocks.push({ type: 'heading', level: 2, text: 'Assumptions' });
  blocks.push(assumptionsTable(report));

  blocks.push({ type: 'heading', level: 2, text: 'How these numbers were made' });
  blocks.push({ type: 'list', items: methodNotes(report).map((text) => [{ text }]) });
  return blocks;
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

// ── the decision summary ────────────────────────────────────────────────────────────────

/**
 * The decision in a bold headline and sentences a manager can read aloud: what to do and
 * when to look again, what the alternative costs, what would flip it, what signing commits
 * you to and what waiting is worth.
 *
 * @example
 * decisionSummary(revisitReport([selfHosted, managedProvider], { months: 36 })).map((run) => run.text);
 * // ['Keep Self-hosted; look again in May 2010.',
 * //  ' Over three years Managed provider costs 1,341,000.00 more than Self-hosted. Changing one input at a time, it would become the cheaper option only if its Managed hosting fell below 2,750.00 a month (−93%) or Self-hosted’s Self-hosting rose above 495,000.00 a year (×10.3). Signing Managed provider today would commit you to 1,005,000.00; waiting until May 2010 saves 432,000.00 over three years.']
 */
export function decisionSummary(report: RevisitReport): TextRun[] {
  const { comparison, decision } = report;
  const revisit = monthName(parseMonth(report.revisit) as Month);
  const due = report.date !== null && report.date.slice(0, 7) >= report.revisit;
  const headline = `${decision.keep ? 'Keep' : 'Switch to'} ${decision.cheapest}; ${due ? `the revisit of ${revisit} is due now` : `look again in ${revisit}`}.`;
  const sentences = [costSentence(report), flipSentence(report, report.thresholds.total), ...commitSentences(report)];
  if (report.actuals !== null) sentences.push(...actualsSentences(report, report.actuals));
  if (report.changes !== null) sentences.push(changesSentence(report.changes));
  if (decision.cheapestByNpv !== null && decision.cheapestByNpv !== decision.cheapest) {
    sentences.push(`Discounted at ${percentText(comparison.settings.discountRate ?? '0')} a year, ${decision.cheapestByNpv} is the cheaper option instead.`);
  }
  return [{ text: headline, strong: true }, { text: ` ${sentences.join(' ')}` }];
}

function costSentence(report: RevisitReport): string {
  const { comparison, decision } = report;
  const digits = comparison.settings.minorDigits;
  const cheapest = comparison.scenarios.find((s) => s.name === decision.cheapest) as ScenarioComparison;
  const over = `Over ${horizonWords(comparison.settings.months)}`;
  if (decision.costsMore.length === 0) return `${over} ${cheapest.name} costs ${displayAmount(cheapest.total, digits)}.`;
  const more = (amount: string) => (new Money(amount).isZero() ? 'the same' : `${displayAmount(amount, digits)} more`);
  if (decision.costsMore.length === 1) {
    const [other] = decision.costsMore as [RevisitReport['decision']['costsMore'][number]];
    const gap = more(other.amount);
    return `${over} ${other.scenario} costs ${gap}${gap === 'the same' ? ' as' : ' than'} ${cheapest.name}.`;
  }
  return `${over} ${cheapest.name} is the cheapest: ${decision.costsMore.map((other) => `${other.scenario} costs ${more(other.amount)}`).join(', ')}.`;
}

function flipSentence(report: RevisitReport, analysis: ThresholdAnalysis): string {
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

/** "its Managed hosting fell below 2,750.00 a month (−93%)", "Self-hosted’s Self-hosting rose to …". */
function thresholdPhrase(report: RevisitReport, t: Threshold, subject: string | undefined): string {
  const owner = t.item === null ? 'commitment' : t.item;
  const whose = t.scenario === subject ? `its ${owner}` : `${t.scenario}’s ${owner}`;
  const value = t.value as string;
  if (t.kind === 'months') {
    const flip = Number(value) + (t.direction === 'up' ? 1 : -1);
    return `${whose} were ${flip} months or ${t.direction === 'up' ? 'longer' : 'shorter'}`;
  }
  const verb = t.direction === 'up' ? 'rose above' : 'fell below';
  if (t.kind === 'rate') {
    const what = t.field === 'raise' ? 'yearly raise' : 'escalation';
    return `${whose} ${what} ${verb} ${percentText(value)} ${perOfRate(t.per)}`;
  }
  const field = t.field === 'amount' ? '' : ` ${fieldWords(t.field)}`;
  return `${whose}${field} ${verb} ${thresholdAmount(report, t, value)} ${t.per}${t.change === null || t.factor === null ? '' : ` (${changeText({ change: t.change, factor: t.factor })})`}`;
}

function commitSentences(report: RevisitReport): string[] {
  const digits = report.comparison.settings.minorDigits;
  const revisit = monthName(parseMonth(report.revisit) as Month);
  const horizon = horizonWords(report.comparison.settings.months);
  return report.exposure
    .filter((exposure) => exposure.committedMinimum !== null)
    .map((exposure) => {
      const waiting = new Money(exposure.valueOfWaiting);
      const wait = waiting.isZero()
        ? `waiting until ${revisit} changes nothing over ${horizon}`
        : waiting.isPositive()
          ? `waiting until ${revisit} saves ${displayAmount(exposure.valueOfWaiting, digits)} over ${horizon}${laterCommitment(report, exposure)}`
          : `waiting until ${revisit} costs ${displayAmount(waiting.negated().toFixed(digits), digits)} more over ${horizon}`;
      const committed = displayAmount(exposure.committedMinimum as string, digits);
      const past = report.date !== null && report.date.slice(0, 7) > exposure.signNow.starts;
      return past
        ? `Signing ${exposure.scenario} for ${monthName(parseMonth(exposure.signNow.starts) as Month)} would have committed you to ${committed}; ${wait}.`
        : `Signing ${exposure.scenario} today would commit you to ${committed}; ${wait}.`;
    });
}

function actualsSentences(report: RevisitReport, actuals: ActualsComparison): string[] {
  const digits = report.comparison.settings.minorDigits;
  const sentences = actuals.scenarios.map((scenario) => {
    const through = monthName(parseMonth(scenario.through) as Month);
    const variance = new Money(scenario.variance);
    const howFar = variance.isZero()
      ? 'exactly as planned'
      : `${displayAmount(variance.abs().toFixed(digits), digits)}${percentOf(scenario.varianceShare)} ${variance.isPositive() ? 'more' : 'less'} than planned`;
    const missing = scenario.missingMonths.length === 0 ? '' : ` (${scenario.missingMonths.length === 1 ? '1 month has' : `${scenario.missingMonths.length} months have`} no rows and count as nothing spent)`;
    return `From ${monthName(parseMonth(scenario.months[0]?.month ?? scenario.from) as Month)} through ${through}, ${scenario.name} has cost ${displayAmount(scenario.actual, digits)}, ${howFar}${missing}.${runRate(scenario, digits)}`;
  });
  const cheapest = report.decision.cheapestWithActuals;
  if (cheapest !== null) {
    sentences.push(
      cheapest === report.decision.cheapest
        ? `With actual spending to date and the plan after, ${cheapest} is still the cheaper option.`
        : `With actual spending to date and the plan after, ${cheapest} becomes the cheaper option.`,
    );
  }
  return sentences;
}

/** ", though signing then commits 480,000.00 more after April 2012" when waiting pushes payments past the horizon. */
function laterCommitment(report: RevisitReport, exposure: Exposure): string {
  const digits = report.comparison.settings.minorDigits;
  const extra = exposure.waitingCommitsAfterHorizon;
  if (extra === null || !new Money(extra).greaterThan(0)) return '';
  return `, though signing then commits ${displayAmount(extra, digits)} more after ${monthName(parseMonth(report.comparison.settings.to) as Month)}`;
}

/** "As of May 2010, Managed provider (quoted to start in May 2009) can only start now: it is analysed from May 2010." */
function movedSentence(report: RevisitReport): string {
  const moved = report.moved.map((m) => `${m.scenario} (written to start in ${monthName(parseMonth(m.from) as Month)})`);
  const to = monthName(parseMonth(report.moved[0]?.to as string) as Month);
  const many = moved.length > 1;
  return `As of ${to}, ${moved.join(' and ')} ${many ? 'were' : 'was'} not taken, so ${many ? 'they' : 'it'} can only start now: ${many ? 'each is' : 'it is'} analysed as signed in ${to}, ${many ? 'their' : 'its'} payments moved by the same months. The analysis looks ahead from ${to}; what was spent before is under actual spending.`;
}

function changesSentence(changes: RecordChanges): string {
  const since = changes.since.date === null ? 'Since the recorded decision' : `Since the decision of ${changes.since.date}`;
  const count = changes.inputs.length + changes.items.length + changes.texts.length + changes.scenarios.added.length + changes.scenarios.removed.length;
  const changed = count === 0 ? 'nothing in the scenarios has changed' : `${count === 1 ? '1 thing' : `${count} things`} in the scenarios ${count === 1 ? 'has' : 'have'} changed`;
  const crossed = changes.thresholds.filter((t) => t.crossed);
  const thresholds = crossed.length === 0 ? 'no threshold has been crossed' : `${crossed.length === 1 ? '1 threshold has' : `${crossed.length} thresholds have`} been crossed (${crossed.map(thresholdName).join('; ')})`;
  const decision = changes.decision.total.changed ? ` The cheapest option was ${changes.decision.total.before}; now it is ${changes.decision.total.now}.` : '';
  return `${since}, ${changed} and ${thresholds}.${decision}`;
}

function thresholdName(t: InputRef): string {
  return `${inputName(t)} in ${t.scenario}`;
}

/** " In the last three months it ran 180.00 a month (4.5%) above plan." when recent spending drifts from the plan. */
function runRate(scenario: ScenarioActuals, digits: number): string {
  const rate = scenario.runRate;
  if (rate === null) return '';
  const variance = new Money(rate.variance);
  // |variance| ÷ plan: the words say which way spending ran (a plan below zero keeps its sign).
  const size = rate.varianceShare === null || !variance.isNegative() ? rate.varianceShare : new Money(rate.varianceShare).negated().toFixed();
  const share = percentOf(size, { keepSign: true });
  return ` In the last ${NUMBER_WORDS[rate.months] ?? String(rate.months)} months it ran ${displayAmount(variance.abs().toFixed(digits), digits)} a month${share} ${variance.isNegative() ? 'below' : 'above'} plan: the plan ahead may be ${variance.isNegative() ? 'high' : 'low'}.`;
}

/** " (6.0%)" for a share of the plan of "0.060010" or "-0.060010" (its size, unless `keepSign`); nothing without a share. */
function percentOf(share: string | null, options: { readonly keepSign?: boolean } = {}): string {
  if (share === null) return '';
  const value = new Money(share);
  return ` (${(options.keepSign === true ? value : value.abs()).times(100).toDecimalPlaces(1).toFixed(1)}%)`;
}

// ── sections ───────────────────────────────────────────────────────────────────────────────

function preparedLine(report: RevisitReport): string {
  const { settings } = report.comparison;
  const from = monthName(parseMonth(settings.from) as Month);
  const to = monthName(parseMonth(settings.to) as Month);
  const discount = settings.discountRate === null ? 'not discounted' : `discounted at ${percentText(settings.discountRate)} a year`;
  return [
    ...(report.date === null ? [] : [`Prepared ${report.date}`]),
    `${horizonWords(settings.months, { capital: true })} from ${from} to ${to}`,
    `${settings.currency}, ${discount}${settings.view === 'amortized' ? ', hardware amortized' : ''}`,
    `baseline: ${settings.baseline}`,
    `revisit: ${monthName(parseMonth(report.revisit) as Month)}`,
  ].join(' · ');
}

function comparisonTable(comparison: Comparison): ReportBlock {
  const yearCount = comparison.years.length;
  const cells = comparisonCells(comparison, { years: yearCount > 1 && yearCount <= 5 });
  const breakEven = comparison.scenarios.map((s) =>
    s.breakEven === null ? '—' : s.breakEven.at === null ? 'never' : `month ${s.breakEven.at.month} (${monthName(parseMonth(s.breakEven.at.calendar) as Month)})`,
  );
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

function exposureBlocks(report: RevisitReport, exposure: Exposure): ReportBlock[] {
  const digits = report.comparison.settings.minorDigits;
  const amount = (value: string) => displayAmount(value, digits);
  const revisit = monthName(parseMonth(report.revisit) as Month);
  const breakEven = (plan: Exposure['signNow']) => (plan.breakEven === null ? 'never within the horizon' : `month ${plan.breakEven.month} (${monthName(parseMonth(plan.breakEven.calendar) as Month)})`);
  const rows: string[][] = [];
  if (exposure.commitment !== null && exposure.committedMinimum !== null) {
    rows.push([`Committed minimum (${exposure.commitment.months} months, ${span(exposure.commitment.from, exposure.commitment.to)})`, amount(exposure.committedMinimum)]);
  }
  if (exposure.leavingAtRevisit !== null) {
    const leaving = exposure.leavingAtRevisit;
    const notice = leaving.noticeMonths === 0 ? '' : `, then ${leaving.noticeMonths} month${leaving.noticeMonths === 1 ? '' : 's'} of notice`;
    rows.push([`Signing now and leaving at the revisit date (notice given at the end of ${monthName(parseMonth(leaving.decidedAt) as Month)}${notice}): paid until it ends`, amount(leaving.paid)]);
    rows.push(['… plus the exit fee', amount(leaving.fee)]);
    rows.push(['… in all', amount(leaving.total)]);
  }
  const horizon = horizonWords(report.comparison.settings.months);
  const end = monthName(parseMonth(report.comparison.settings.to) as Month);
  const after = (plan: Exposure['signNow']) => {
    if (plan.committedAfterHorizon !== null && !new Money(plan.committedAfterHorizon).isZero()) rows.push([`… and committed for after ${end}`, amount(plan.committedAfterHorizon)]);
  };
  rows.push([`Signing now (from ${monthName(parseMonth(exposure.signNow.starts) as Month)}): total over ${horizon}`, amount(exposure.signNow.total)]);
  after(exposure.signNow);
  rows.push([`Keeping ${report.comparison.settings.baseline} and signing in ${revisit}: total over ${horizon}`, amount(exposure.signAtRevisit.total)]);
  after(exposure.signAtRevisit);
  const waiting = new Money(exposure.valueOfWaiting);
  rows.push([waiting.isNegative() ? `What waiting until ${revisit} costs` : `What waiting until ${revisit} saves`, amount(waiting.abs().toFixed(digits))]);
  if (exposure.valueOfWaitingNpv !== null) {
    const npv = new Money(exposure.valueOfWaitingNpv);
    rows.push([npv.isNegative() ? '… by NPV (costs)' : '… by NPV (saves)', amount(npv.abs().toFixed(digits))]);
  }
  return [
    { type: 'heading', level: 3, text: exposure.scenario },
    { type: 'table', header: ['Exposure', 'Amount'], align: ['left', 'right'], rows },
    {
      type: 'paragraph',
      runs: [{ text: `Break-even against ${report.comparison.settings.baseline}: signing now, ${breakEven(exposure.signNow)}; signing in ${revisit}, ${breakEven(exposure.signAtRevisit)}.` }],
    },
  ];
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
        `${valueText(report, t, t.value as string)}`,
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

function actualsBlocks(actuals: ActualsComparison, view: 'cash' | 'amortized' | undefined): ReportBlock[] {
  const digits = actuals.minorDigits;
  const amount = (value: string) => displayAmount(value, digits);
  const signed = (value: string) => displayAmount(value, digits, { signed: true });
  const blocks: ReportBlock[] = [{ type: 'heading', level: 2, text: 'Actual spending against the plan' }];
  const source = actuals.file === undefined ? 'Actual spending' : `Actual spending from ${actuals.file}`;
  const amortized = view === 'amortized' ? ' The plan is in the amortized view, which spreads hardware over its life; actual spending is cash, so hardware months differ by design.' : '';
  blocks.push({ type: 'paragraph', runs: [{ text: `${source}, through ${monthName(parseMonth(actuals.through) as Month)}. Variance is actual minus plan: positive means more was spent than planned.${amortized}` }] });
  for (const scenario of actuals.scenarios) {
    blocks.push({ type: 'heading', level: 3, text: scenario.name });
    blocks.push({
      type: 'table',
      header: ['Month', 'Plan', 'Actual', 'Variance', 'Cumulative variance'],
      align: ['left', 'right', 'right', 'right', 'right'],
      rows: [
        ...scenario.months.map((m) => [monthName(parseMonth(m.month) as Month), amount(m.plan), amount(m.actual), signed(m.variance), signed(m.cumulativeVariance)]),
        ['Total', amount(scenario.plan), amount(scenario.actual), signed(scenario.variance), ''],
      ],
      strongRows: [scenario.months.length],
    });
    blocks.push({
      type: 'table',
      header: ['Item', 'Plan', 'Actual', 'Variance'],
      align: ['left', 'right', 'right', 'right'],
      rows: scenario.items.map((item) => [item.name ?? 'Not itemised', amount(item.plan), amount(item.actual), signed(item.variance)]),
    });
    blocks.push({
      type: 'paragraph',
      runs: [
        { text: 'Re-forecast: ', strong: true },
        {
          text: `actual spending from ${monthName(parseMonth(actuals.horizon.from) as Month)} through ${monthName(parseMonth(scenario.through) as Month)} and the plan from ${monthName((parseMonth(scenario.through) as Month) + 1)} to ${monthName(parseMonth(actuals.horizon.to) as Month)} come to ${amount(scenario.reforecast)}, against a plan of ${amount(scenario.planTotal)} for the same ${horizonWords(actuals.horizon.months)} (${signed(scenario.reforecastDifference)}).`,
        },
      ],
    });
    if (scenario.notes.length > 0) blocks.push({ type: 'list', items: scenario.notes.map((text) => [{ text }]) });
  }
  return blocks;
}

function changesBlocks(report: RevisitReport, changes: RecordChanges): ReportBlock[] {
  const digits = report.comparison.settings.minorDigits;
  const amount = (value: string | null) => (value === null ? '—' : displayAmount(value, digits));
  const since = changes.since.date === null ? 'the recorded decision' : `the decision of ${changes.since.date}`;
  const blocks: ReportBlock[] = [{ type: 'heading', level: 2, text: `What changed since ${since}` }];
  const then: TextRun[] = [];
  if (changes.since.decision !== null) then.push({ text: 'Decided then: ', strong: true }, { text: `${sentence(changes.since.decision)} ` });
  then.push({
    text: changes.decision.total.changed
      ? `The cheapest option was ${changes.decision.total.before}; now it is ${changes.decision.total.now}.`
      : `The cheapest option is still ${changes.decision.total.now}.`,
  });
  if (changes.decision.npv?.changed === true) then.push({ text: ` By NPV it was ${changes.decision.npv.before ?? '—'}; now it is ${changes.decision.npv.now ?? '—'}.` });
  blocks.push({ type: 'paragraph', runs: then });

  const facts: string[] = [];
  for (const setting of changes.settings) {
    if (setting.setting === 'from' || setting.setting === 'to') {
      const when = (month: string | null) => (month === null ? 'none' : monthName(parseMonth(month) as Month));
      facts.push(`The analysis ${setting.setting === 'from' ? 'starts' : 'ends'} in ${when(setting.after)} (then ${when(setting.before)}).`);
    } else facts.push(`Setting ${setting.setting}: ${setting.before ?? 'none'} then, ${setting.after ?? 'none'} now.`);
  }
  if (changes.scenarios.added.length > 0) facts.push(`New options: ${changes.scenarios.added.join(', ')}.`);
  if (changes.scenarios.removed.length > 0) facts.push(`Options no longer compared: ${changes.scenarios.removed.join(', ')}.`);
  for (const item of changes.items) facts.push(`${item.status === 'added' ? 'New item' : 'Item removed'}: ${item.item} (${item.scenario}).`);
  for (const text of changes.texts) facts.push(`${text.scenario} ${text.path}: “${text.before ?? ''}” then, “${text.after ?? ''}” now.`);
  if (facts.length > 0) blocks.push({ type: 'list', items: facts.map((text) => [{ text }]) });

  const inputs = changes.inputs;
  blocks.push({ type: 'heading', level: 3, text: 'Amounts, rates and terms' });
  if (inputs.length === 0) blocks.push({ type: 'paragraph', runs: [{ text: 'No amount, rate or commitment length has changed.' }] });
  else
    blocks.push({
      type: 'table',
      header: ['Scenario', 'Input', 'Then', 'Now', 'Change'],
      align: ['left', 'left', 'right', 'right', 'right'],
      rows: inputs.map((input) => {
        return [
          input.scenario,
          inputName(input),
          input.before === null ? '—' : valueText(report, input, input.before),
          input.after === null ? '—' : valueText(report, input, input.after),
          input.relative === null ? '—' : input.kind === 'rate' ? pointsText(input.change ?? '0') : changeText({ change: input.relative, factor: new Money(input.relative).plus(1).toFixed() }),
        ];
      }),
    });

  if (changes.thresholds.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: 'Thresholds watched' });
    blocks.push({
      type: 'table',
      header: ['By', 'Scenario', 'Input', 'Threshold', 'Then', 'Now', 'Crossed'],
      align: ['left', 'left', 'left', 'right', 'right', 'right', 'left'],
      rows: changes.thresholds.map((check) => {
        return [
          check.metric === 'total' ? 'total' : 'NPV',
          check.scenario,
          inputName(check),
          valueText(report, check, check.threshold),
          valueText(report, check, check.before),
          check.now === null ? 'gone' : valueText(report, check, check.now),
          check.crossed ? 'yes' : 'no',
        ];
      }),
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

/** Text ending as a sentence does, so the next one can follow it. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["”’)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}


function assumptionsTable(report: RevisitReport): ReportBlock {
  const digits = report.comparison.settings.minorDigits;
  return {
    type: 'table',
    header: ['Scenario', 'Item', 'Value', 'Source', 'Note'],
    align: ['left', 'left', 'left', 'left', 'left'],
    rows: report.assumptions.map((a) => [
      a.scenario,
      a.kind === 'driver' ? `${a.item ?? ''} (driver)` : (a.item ?? 'Commitment'),
      a.values
        .map((v) =>
          v.kind === 'money'
            ? `${v.field === 'amount' ? '' : `${fieldWords(v.field)} `}${displayAmount(v.value, Math.max(digits, new Money(v.value).decimalPlaces()))} ${v.per}`
            : v.kind === 'rate'
              ? `${v.field === 'raise' ? 'raise' : v.field === 'growth' ? 'growing' : 'escalation'} ${percentText(v.value)} ${perOfRate(v.per)}`
              : v.kind === 'quantity'
                ? v.field === 'growth'
                  ? `${new Money(v.value).isNegative() ? '' : '+'}${v.value} ${v.per}`
                  : `${v.value} ${v.per}`
                : `${v.value} months`,
        )
        .join('; ') || a.kind,
      a.source ?? '—',
      a.note ?? '',
    ]),
  };
}

function methodNotes(report: RevisitReport): string[] {
  const { settings } = report.comparison;
  const notes = [
    `Every amount is exact to the cent: each month's payment is rounded to the currency's minor unit and the totals are sums of those payments.`,
    `A threshold is the last value at which the decision still holds; one step beyond it, another option is cheaper. Amounts enter the totals linearly and are solved exactly, to the cent, then checked by running the model again; rates are found by a bracketed search to within ${new Money(report.thresholds.rateStep).times(100).toFixed()} percentage points; commitment lengths by trying every length.`,
    `A tie goes to the baseline (${settings.baseline}, what you do today), then to the option listed first: another option must be strictly cheaper to change the decision.`,
    `"Signing in ${monthName(parseMonth(report.revisit) as Month)}" keeps ${settings.baseline} until then and moves the other option's start, and the months its items name, by the same number of months; drivers keep their own calendar.`,
  ];
  if (settings.discountRate !== null) notes.push(`NPV discounts each month's payments at ${percentText(settings.discountRate)} a year (annual effective), the first month undiscounted.`);
  return notes;
}

// ── words and numbers ────────────────────────────────────────────────────────────────────

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "three years", "18 months". */
function horizonWords(months: number, options: { readonly capital?: boolean } = {}): string {
  const words = months % 12 === 0 ? `${NUMBER_WORDS[months / 12] ?? String(months / 12)} year${months === 12 ? '' : 's'}` : `${months} month${months === 1 ? '' : 's'}`;
  return options.capital === true ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}

/**
 * A relative change for people: `×10.3` for a rise to twice or more (the factor, to one
 * place), otherwise a signed percentage with a true minus sign (`−93%`, `+25%`, `−0.4%`).
 *
 * @example
 * [changeText({ change: '-0.93125', factor: '0.06875' }), changeText({ change: '9.3125', factor: '10.3125' }), changeText({ change: '0.25', factor: '1.25' }), changeText({ change: '-0.004', factor: '0.996' })];
 * // ['−93%', '×10.3', '+25%', '−0.4%']
 */
export function changeText(relative: { readonly change: string; readonly factor: string }): string {
  const value = new Money(relative.change);
  if (value.greaterThanOrEqualTo(1)) return `×${new Money(relative.factor).toDecimalPlaces(1).toFixed(1)}`;
  const percent = value.times(100);
  const places = percent.abs().greaterThanOrEqualTo(1) ? 0 : percent.abs().greaterThanOrEqualTo(0.1) ? 1 : 2;
  const text = percent.abs().toDecimalPlaces(places).toFixed(places);
  return `${percent.isNegative() ? '−' : '+'}${text}%`;
}

/** A difference of two rates (fractions) in percentage points: `+0.45 points`. */
function pointsText(difference: string): string {
  const points = new Money(difference).times(100);
  return `${points.isNegative() ? '−' : '+'}${points.abs().toDecimalPlaces(2).toFixed()} points`;
}

function percentText(fraction: string): string {
  return `${new Money(fraction).times(100).toDecimalPlaces(4).toFixed()}%`;
}

function perOfRate(per: string): string {
  return per.replace(/, compounding$/, '');
}

/** What names an input and says what its value is per: a threshold, a change since a record, a threshold watched. */
type InputRef = Pick<ThresholdInput, 'scenario' | 'item' | 'field' | 'kind' | 'per'>;

function inputName(t: InputRef): string {
  if (t.item === null) return t.field === 'months' ? 'Commitment length' : `Commitment ${t.field}`;
  if (t.kind === 'rate') return `${t.item}: ${t.field === 'raise' ? 'yearly raise' : 'escalation'}`;
  return t.field === 'amount' ? t.item : `${t.item}: ${fieldWords(t.field)}`;
}

function valueText(report: RevisitReport, t: InputRef, value: string): string {
  if (t.kind === 'months') return `${value} months`;
  if (t.kind === 'rate') return `${percentText(value)} ${perOfRate(t.per)}`;
  return `${thresholdAmount(report, t, value)} ${t.per}`;
}

function thresholdAmount(report: RevisitReport, t: Pick<ThresholdInput, 'scenario'>, value: string): string {
  const digits = Math.max(report.comparison.settings.minorDigits, new Money(value).decimalPlaces());
  const scenario = report.comparison.scenarios.find((s) => s.name === t.scenario);
  const currency = scenario?.convertedFrom?.currency;
  return `${displayAmount(value, digits)}${currency === undefined ? '' : ` ${currency}`}`;
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  price: 'price',
  minimum: 'minimum charge',
  oneTimePerBlock: 'one-time cost',
  recurringPerBlock: 'cost',
  annualCost: 'annual cost per person',
  onCallStipend: 'on-call stipend',
  'renewal price': 'price after the term',
};

function fieldWords(field: string): string {
  const tier = /^tiers\[(\d+)\]\.price$/.exec(field);
  if (tier !== null) return `tier ${tier[1]} price`;
  return FIELD_WORDS[field] ?? field;
}

function span(from: string, to: string): string {
  return `${monthName(parseMonth(from) as Month)} to ${monthName(parseMonth(to) as Month)}`;
}

function orList(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' or ');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
