/**
 * "Actual spending against the plan", with `--actuals`: the report's actuals
 * (lib/analysis/actualsComparison.ts) as tables, and the sentences the decision summary says
 * about them.
 *
 *   per scenario with actuals ─▶ plan, actual, variance and cumulative variance month by
 *     month, with the period's totals ─▶ the same per item ─▶ the re-forecast ─▶ its notes
 *   summary ─▶ how far spending is from the plan, the months without rows, the last three
 *     months' run rate ─▶ the cheaper option with actual spending to date and the plan after
 */
import type { FocusActualsSummary, ScenarioActuals } from '../../analysis/actualsComparison.js';
import { Money } from '../../money/decimal.js';
import type { RevisitReport } from '../../report/revisitReport.js';
import { displayAmount } from '../displayAmount.js';
import type { ReportBlock } from './reportBlocks.js';
import { countWords, horizonWords, monthWords } from './reportWords.js';

/** The section, or nothing without actuals. */
export function actualsSection(report: RevisitReport): ReportBlock[] {
  const { actuals } = report;
  if (actuals === null) return [];
  const digits = actuals.minorDigits;
  const amount = (value: string) => displayAmount(value, digits);
  const signed = (value: string) => displayAmount(value, digits, { signed: true });
  const blocks: ReportBlock[] = [{ type: 'heading', level: 2, text: 'Actual spending against the plan' }];
  const source = actuals.file === undefined ? 'Actual spending' : `Actual spending from ${actuals.file}`;
  const amortized = viewSentence(report.comparison.settings.view === 'amortized', actuals.focus?.cost === 'effective');
  blocks.push({ type: 'paragraph', runs: [{ text: `${source}, through ${monthWords(actuals.through)}. Variance is actual minus plan: positive means more was spent than planned.${amortized}` }] });
  blocks.push(...focusBlocks(actuals.focus, amount));
  for (const scenario of actuals.scenarios) {
    blocks.push({ type: 'heading', level: 3, text: scenario.name });
    blocks.push({
      type: 'table',
      header: ['Month', 'Plan', 'Actual', 'Variance', 'Cumulative variance'],
      align: ['left', 'right', 'right', 'right', 'right'],
      rows: [
        ...scenario.months.map((m) => [monthWords(m.month), amount(m.plan), amount(m.actual), signed(m.variance), signed(m.cumulativeVariance)]),
        ['Total', amount(scenario.plan), amount(scenario.actual), signed(scenario.variance), ''],
      ],
      strongRows: [scenario.months.length],
    });
    blocks.push({
      type: 'table',
      header: ['Item', 'Plan', 'Actual', 'Variance'],
      align: ['left', 'right', 'right', 'right'],
      rows: scenario.items.map((item) => [item.name ?? (actuals.focus === undefined ? 'Not itemised' : 'Unplanned spending'), amount(item.plan), amount(item.actual), signed(item.variance)]),
    });
    const planFrom = monthWords(scenario.reforecastPlanFrom);
    blocks.push({
      type: 'paragraph',
      runs: [
        { text: 'Re-forecast: ', strong: true },
        {
          text: `actual spending from ${monthWords(actuals.horizon.from)} through ${monthWords(scenario.through)} and the plan from ${planFrom} to ${monthWords(actuals.horizon.to)} come to ${amount(scenario.reforecast)}, against a plan of ${amount(scenario.planTotal)} for the same ${horizonWords(actuals.horizon.months)} (${signed(scenario.reforecastDifference)}).`,
        },
      ],
    });
    if (scenario.notes.length > 0) blocks.push({ type: 'list', items: scenario.notes.map((text) => [{ text }]) });
  }
  return blocks;
}

/** What the plan's view and the actuals' cost mean for hardware months; nothing when both are cash. */
function viewSentence(planAmortized: boolean, actualsAmortized: boolean): string {
  if (planAmortized && actualsAmortized) return ' The plan is in the amortized view, like the EffectiveCost summed from the bill: both spread purchases over their life.';
  if (planAmortized) return ' The plan is in the amortized view, which spreads hardware over its life; actual spending is cash, so hardware months differ by design.';
  if (actualsAmortized) return ' The EffectiveCost summed from the bill spreads prepaid purchases over their life; the plan is cash, so those months differ by design (--view amortized amortizes the plan too).';
  return '';
}

/** "one row", "25 rows". */
function counted(count: number, noun: string): string {
  return `${countWords(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** What a FOCUS bill held, and its unplanned spending; nothing for a spreadsheet's actuals. */
function focusBlocks(focus: FocusActualsSummary | undefined, amount: (value: string) => string): ReportBlock[] {
  if (focus === undefined) return [];
  const column = focus.cost === 'billed' ? 'BilledCost' : 'EffectiveCost';
  const blocks: ReportBlock[] = [
    {
      type: 'paragraph',
      runs: [
        {
          text: `The file is a FinOps FOCUS bill: ${counted(focus.chargeRows, 'row')} (${counted(focus.corrections, 'correction')}, ${counted(focus.credits, 'credit')}), ${column} summed by the month each charge period starts in.`,
        },
      ],
    },
  ];
  if (focus.unplanned.length === 0) return blocks;
  blocks.push({ type: 'heading', level: 3, text: 'Unplanned spending' });
  blocks.push({
    type: 'paragraph',
    runs: [{ text: 'Rows of the bill that map to no item of the plan (see the scenario\'s actuals block in docs/focus.md). Those of a scenario count in its totals; those of no scenario count in none.' }],
  });
  blocks.push({
    type: 'table',
    header: ['Scenario', 'Provider', 'Service', 'Rows', 'Amount'],
    align: ['left', 'left', 'left', 'right', 'right'],
    rows: focus.unplanned.map((spending) => [spending.scenario ?? 'None', spending.provider || 'No ProviderName', spending.service || 'No ServiceName', String(spending.rows), amount(spending.amount)]),
  });
  return blocks;
}

/** For the decision summary: how each scenario's spending went against its plan, and which option is cheaper with it. */
export function actualsSentences(report: RevisitReport): string[] {
  if (report.actuals === null) return [];
  const digits = report.comparison.settings.minorDigits;
  const sentences = report.actuals.scenarios.map((scenario) => {
    const variance = new Money(scenario.variance);
    const howFar = variance.isZero()
      ? 'exactly as planned'
      : `${displayAmount(variance.abs().toFixed(digits), digits)}${shareText(scenario.varianceShare)} ${variance.isPositive() ? 'more' : 'less'} than planned`;
    const missing = scenario.missingMonths.length === 0 ? '' : ` (${scenario.missingMonths.length === 1 ? '1 month has' : `${scenario.missingMonths.length} months have`} no rows and count as nothing spent)`;
    return `From ${monthWords(scenario.months[0]?.month ?? scenario.from)} through ${monthWords(scenario.through)}, ${scenario.name} has cost ${displayAmount(scenario.actual, digits)}, ${howFar}${missing}.${runRate(scenario, digits)}`;
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

/** " In the last three months it ran 180.00 a month (4.5%) above plan." when recent spending drifts from the plan. */
function runRate(scenario: ScenarioActuals, digits: number): string {
  const rate = scenario.runRate;
  if (rate === null) return '';
  const variance = new Money(rate.variance);
  // |variance| ÷ plan: the words say which way spending ran (a plan below zero keeps its sign).
  const size = rate.varianceShare === null || !variance.isNegative() ? rate.varianceShare : new Money(rate.varianceShare).negated().toFixed();
  const share = shareText(size, { keepSign: true });
  return ` In the last ${countWords(rate.months)} months it ran ${displayAmount(variance.abs().toFixed(digits), digits)} a month${share} ${variance.isNegative() ? 'below' : 'above'} plan: the plan ahead may be ${variance.isNegative() ? 'high' : 'low'}.`;
}

/** " (6.0%)" for a share of the plan of "0.060010" or "-0.060010" (its size, unless `keepSign`); nothing without a share. */
function shareText(share: string | null, options: { readonly keepSign?: boolean } = {}): string {
  if (share === null) return '';
  const value = new Money(share);
  return ` (${(options.keepSign === true ? value : value.abs()).times(100).toDecimalPlaces(1).toFixed(1)}%)`;
}
