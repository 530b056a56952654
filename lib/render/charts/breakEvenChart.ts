/**
 * The break-even chart, costmodel's signature picture: the cumulative cost of every scenario
 * month by month, with the months that matter to the decision marked on it.
 *
 *   Comparison ─▶ one line per scenario (cumulative cost at each month, money → number here)
 *     ─▶ annotations: break-even of each challenger, end of each commitment, the revisit date
 *        (placed in rows above the plot so their labels never collide)
 *     ─▶ title and subtitle that say what is compared, over what, and the verdict in words
 *     ─▶ a Vega-Lite spec with its data inline and the numbers as a table in `usermeta`
 */
import type { TopLevelSpec } from 'vega-lite';
import { parseMonth, type Month } from '../../calendar/month.js';
import { InputError } from '../../issues/issue.js';
import { Money } from '../../money/decimal.js';
import { formatMoney } from '../../money/formatMoney.js';
import type { Comparison, ScenarioComparison } from '../../report/comparison.js';
import { chartMoney, chartNumber, moneyAxisLabelExpr, moneyAxisWidth } from './chartMoney.js';
import type { ChartMeta, ChartTable } from './chartTable.js';
import { CHART_PADDING_PX, CHART_WIDTH_PX, FONT_SIZE, INK, chartConfig } from './chartTheme.js';
import { countOf, horizonLine } from './chartWords.js';
import { truncateToWidth, wrapToWidth } from './fitText.js';
import { scenarioLegend } from './scenarioLegend.js';
import { monthDate, monthTicks, monthTime, shortMonthName } from './monthAxis.js';
import { SCENARIO_COLORS, assignColors } from './palette.js';
import { VEGA_LITE_SCHEMA, type LayerItem } from './specTypes.js';
import { textWidth } from './textWidth.js';

/**
 * Options of {@link breakEvenChart}.
 *
 * @example
 * const options: BreakEvenChartOptions = { revisit: '2010-05' };
 * (breakEvenChart(compare([selfHosted, managedProvider]), options).title as { subtitle: string[] }).subtitle.length; // 2
 */
export type BreakEvenChartOptions = {
  /** A month to mark as the date the decision will be revisited, `YYYY-MM`. */
  readonly revisit?: string;
};

/** Height of the plot area; the whole chart is about 600 px tall at 800 px wide. */
const PLOT_HEIGHT_PX = 340;
/** Vertical distance between rows of annotation labels above the plot. */
const LABEL_ROW_PX = 17;
/** Least horizontal space between two labels in the same row. */
const LABEL_GAP_PX = 12;
/** Scenario names inside annotation labels are cut to this width. */
const NAME_IN_LABEL_PX = 170;
/** The in-plot note on the gap between two lines needs this much height between them. */
const MIN_GAP_FOR_NOTE_PX = 48;
/** Horizons up to this long draw a dot at every month. */
const DOTS_UP_TO_MONTHS = 24;

type Annotation = {
  readonly kind: 'break-even' | 'commitment' | 'revisit';
  /** 0-based month index from the start of the analysis. */
  readonly index: number;
  readonly label: string;
  readonly color: string;
  /** For break-even: the challenger's cumulative cost there, where the marker sits. */
  readonly cumulative?: number;
  readonly scenario?: string;
};

type PlacedAnnotation = Annotation & { readonly labelY: number; readonly align: 'left' | 'right' };

/**
 * The break-even chart of a comparison as a Vega-Lite spec: cumulative cost of every scenario
 * over the horizon, each challenger's break-even month marked and labelled (or a note that
 * there is none within the horizon), the end of each commitment, and an optional revisit date.
 * Throws {@link InputError} when `revisit` is not a `YYYY-MM` month.
 *
 * @example
 * const spec = breakEvenChart(compare([selfHosted, managedProvider], { months: 36 }), { revisit: '2010-05' });
 * spec.$schema; // 'https://vega.github.io/schema/vega-lite/v6.json'
 * (spec.title as { subtitle: string[] }).subtitle[1];
 * // 'Managed provider never breaks even with Self-hosted within 36 months: by Apr 2012 it costs $1,341,000 more.'
 */
export function breakEvenChart(comparison: Comparison, options: BreakEvenChartOptions = {}): TopLevelSpec {
  const { settings, scenarios, months } = comparison;
  const first = parseMonth(settings.from) as Month;
  const revisit = parseRevisit(options.revisit);
  const colors = assignColors(scenarios.map((s) => s.name));
  const colorOf = (name: string) => colors.colors[colors.domain.indexOf(name)] as string;
  const exact = (amount: string) => chartMoney(amount, settings.currency, settings.minorDigits);

  const rows = scenarios.flatMap((scenario) =>
    scenario.cumulative.map((amount, i) => ({
      scenario: scenario.name,
      month: monthDate(months[i] as string),
      calendar: `${shortMonthName(months[i] as string)} (month ${i + 1})`,
      cumulative: chartNumber(amount),
      cost: exact(amount),
      tip: `${scenario.name}, ${shortMonthName(months[i] as string)} (month ${i + 1}): ${exact(amount)} so far`,
      series: `${scenario.name}: ${exact(scenario.total)} by ${shortMonthName(settings.to)}`,
    })),
  );
  const maxCumulative = Math.max(0, ...rows.map((row) => row.cumulative));

  // A one-month horizon has one point per scenario: centre it between its neighbours.
  const domainFirst = settings.months === 1 ? first - 1 : first;
  const domainLast = settings.months === 1 ? first + 1 : first + settings.months - 1;
  const ticks = monthTicks(first, settings.months);
  const x = {
    field: 'month',
    type: 'temporal' as const,
    title: 'Month',
    scale: { type: 'utc' as const, domainMin: monthTime(domainFirst), domainMax: monthTime(domainLast), nice: false },
    axis: { values: ticks.values, labelExpr: ticks.labelExpr, grid: false, labelOverlap: true, labelFlush: false },
  };

  const notes: string[] = [];
  const annotations = breakEvenAnnotations(comparison, colorOf, notes);
  annotations.push(...commitmentAnnotations(comparison, first, colorOf, notes));
  if (revisit !== undefined) {
    const index = revisit - first;
    if (index >= 0 && index < settings.months) {
      annotations.push({ kind: 'revisit', index, label: `Revisit: ${shortMonthName(months[index] as string)}`, color: INK.text });
    } else {
      notes.push(`The revisit date, ${shortMonthName(options.revisit as string)}, is outside this chart.`);
    }
  }
  if (maxCumulative === 0) notes.push(scenarios.length === 1 ? 'This scenario costs nothing within the horizon.' : 'None of the scenarios costs anything within the horizon.');
  const plotWidth = CHART_WIDTH_PX - 2 * CHART_PADDING_PX - moneyAxisWidth(maxCumulative, settings.currency);
  const placed = placeAnnotations(annotations, domainFirst - first, domainLast - first, plotWidth);

  const legend = scenarioLegend(colors.domain, 'stroke', plotWidth);
  const y = {
    field: 'cumulative',
    type: 'quantitative' as const,
    title: `Cumulative cost (${settings.currency})`,
    scale: maxCumulative === 0 ? { domain: [0, 1] } : { zero: true, nice: true },
    axis: { labelExpr: moneyAxisLabelExpr(settings.currency), ...(maxCumulative === 0 ? { values: [0] } : { tickCount: 6 }) },
  };
  const color = { field: 'scenario', type: 'nominal' as const, scale: { domain: colors.domain, range: colors.colors }, legend };
  const tooltip = [
    { field: 'scenario', type: 'nominal' as const, title: 'Scenario' },
    { field: 'calendar', type: 'nominal' as const, title: 'Month' },
    { field: 'cost', type: 'nominal' as const, title: 'Cumulative cost' },
  ];
  const layers: LayerItem[] = [
    {
      data: { values: rows },
      mark: { type: 'line', strokeWidth: 2.5, strokeCap: 'round', strokeJoin: 'round' },
      encoding: {
        x,
        y,
        color,
        // Dashes only once the colours repeat; the same legend definition merges both into one legend.
        ...(scenarios.length > SCENARIO_COLORS.length ? { strokeDash: { field: 'scenario', type: 'nominal', scale: { domain: colors.domain, range: colors.dashes }, legend } } : {}),
        tooltip,
        description: { field: 'series', type: 'nominal' },
      },
    },
  ];
  if (settings.months <= DOTS_UP_TO_MONTHS) {
    layers.push({
      data: { values: rows },
      mark: { type: 'point', filled: true, size: settings.months === 1 ? 80 : 30, opacity: 1 },
      encoding: { x, y, color, tooltip, description: { field: 'tip', type: 'nominal' } },
    });
  }
  const ruleLayer = (kind: Annotation['kind'], mark: Record<string, unknown>): void => {
    const values = placed.filter((a) => a.kind === kind).map((a) => ({ month: monthDate(months[a.index] as string), top: a.labelY, color: a.color, label: a.label }));
    if (values.length === 0) return;
    layers.push({
      data: { values },
      mark: { type: 'rule', strokeWidth: 1.5, ...mark },
      encoding: {
        x: { field: 'month', type: 'temporal' },
        y: { field: 'top', type: 'quantitative', scale: null },
        y2: { value: PLOT_HEIGHT_PX },
        color: { field: 'color', type: 'nominal', scale: null },
        tooltip: { field: 'label', type: 'nominal' },
        description: { field: 'label', type: 'nominal' },
      },
    });
  };
  ruleLayer('commitment', { strokeDash: [7, 4] });
  ruleLayer('revisit', { strokeDash: [2, 3] });
  ruleLayer('break-even', {});
  const markers = placed.filter((a) => a.kind === 'break-even');
  if (markers.length > 0) {
    layers.push({
      data: { values: markers.map((a) => ({ month: monthDate(months[a.index] as string), cumulative: a.cumulative, color: a.color, label: a.label })) },
      mark: { type: 'point', shape: 'circle', size: 130, filled: true, fill: 'white', strokeWidth: 3, opacity: 1 },
      encoding: {
        x: { field: 'month', type: 'temporal' },
        y: { field: 'cumulative', type: 'quantitative' },
        stroke: { field: 'color', type: 'nominal', scale: null },
        tooltip: { field: 'label', type: 'nominal' },
        description: { field: 'label', type: 'nominal' },
      },
    });
  }
  const gap = neverBreaksEvenGap(comparison, maxCumulative);
  if (gap !== undefined) {
    const end = monthDate(settings.to);
    layers.push(
      {
        data: { values: [{ month: end, from: gap.baselineEnd, to: gap.challengerEnd, note: gap.lines.join(' ') }] },
        mark: { type: 'rule', strokeWidth: 1.5, color: INK.muted, strokeCap: 'butt' },
        encoding: { x: { field: 'month', type: 'temporal' }, y: { field: 'from', type: 'quantitative' }, y2: { field: 'to' }, description: { field: 'note', type: 'nominal' } },
      },
      {
        data: { values: [{ month: end, middle: (gap.baselineEnd + gap.challengerEnd) / 2, note: gap.lines, summary: gap.lines.join(' ') }] },
        mark: { type: 'text', align: 'right', baseline: 'middle', dx: -10, fontSize: FONT_SIZE.annotation + 1, lineHeight: 17, color: INK.text },
        encoding: { x: { field: 'month', type: 'temporal' }, y: { field: 'middle', type: 'quantitative' }, text: { field: 'note', type: 'nominal' }, description: { field: 'summary', type: 'nominal' } },
      },
    );
  }
  for (const align of ['left', 'right'] as const) {
    for (const bold of [false, true]) {
      const values = placed
        .filter((a) => a.align === align && (a.kind === 'break-even') === bold)
        .map((a) => ({ month: monthDate(months[a.index] as string), labelY: a.labelY, label: a.label }));
      if (values.length === 0) continue;
      layers.push({
        data: { values },
        mark: { type: 'text', align, baseline: 'bottom', dx: align === 'left' ? 4 : -4, dy: -1, fontSize: FONT_SIZE.annotation, fontWeight: bold ? 'bold' : 'normal', color: INK.text },
        encoding: {
          x: { field: 'month', type: 'temporal' },
          y: { field: 'labelY', type: 'quantitative', scale: null },
          text: { field: 'label', type: 'nominal' },
          // An explicit description: vega-lite's automatic one would write the date in the local time zone.
          description: { field: 'label', type: 'nominal' },
        },
      });
    }
  }

  const title = chartTitle(comparison);
  const subtitle = [horizonLine(settings, { discounting: false }) + (settings.discountRate === null ? ' · not discounted' : ' · cumulative costs, not discounted'), ...notes];
  const meta: ChartMeta = { chart: 'breakeven', table: cumulativeTable(comparison) };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `${title} ${subtitle.join(' ')}`,
    title: {
      text: wrapToWidth(title, CHART_WIDTH_PX - 24, { fontSize: FONT_SIZE.title, weight: 'bold' }),
      subtitle: subtitle.flatMap((line) => wrapToWidth(line, CHART_WIDTH_PX - 24, { fontSize: FONT_SIZE.subtitle })),
    },
    width: CHART_WIDTH_PX,
    height: PLOT_HEIGHT_PX,
    autosize: { type: 'fit-x', contains: 'padding' },
    config: chartConfig(),
    usermeta: { costmodel: meta },
    layer: layers,
  };
}

function parseRevisit(revisit: string | undefined): Month | undefined {
  if (revisit === undefined) return undefined;
  const month = parseMonth(revisit);
  if (month === undefined) {
    throw new InputError([{ code: 'invalid-option', message: `--revisit: expected a month as YYYY-MM, found "${revisit}"` }]);
  }
  return month;
}

/** What is compared, over what: names when they fit on two lines, a count otherwise. */
function chartTitle(comparison: Comparison): string {
  const { scenarios, settings } = comparison;
  const over = `over ${countOf(settings.months, 'month')}`;
  const only = scenarios[0];
  if (scenarios.length === 1 && only !== undefined) return `Cumulative cost of ${only.name} ${over}`;
  const names = scenarios.map((s) => s.name);
  const listed = names.length === 2 ? names.join(' vs ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
  const named = `Cumulative cost ${over}: ${listed}`;
  const lines = wrapToWidth(named, CHART_WIDTH_PX - 24, { fontSize: FONT_SIZE.title, weight: 'bold' });
  return scenarios.length <= 3 && lines.length === 1
    ? named
    : `Cumulative cost of ${scenarios.length} hosting options ${over}`;
}

/** The break-even of each challenger as an annotation, and the verdict of each as a sentence. */
function breakEvenAnnotations(comparison: Comparison, colorOf: (name: string) => string, notes: string[]): Annotation[] {
  const { settings, months } = comparison;
  const challengers = comparison.scenarios.filter((s) => s.breakEven !== null);
  const end = shortMonthName(settings.to);
  const annotations: Annotation[] = [];
  for (const scenario of challengers) {
    const at = scenario.breakEven?.at ?? null;
    const difference = new Money(scenario.difference);
    const amount = chartMoney(difference.abs().toFixed(settings.minorDigits), settings.currency, settings.minorDigits, { cents: 'never' });
    const byEnd = difference.isZero() ? `by ${end} both cost the same` : difference.isPositive() ? `by ${end} it costs ${amount} more` : `by ${end} it saves ${amount}`;
    const versus = `${scenario.name} ${at === null ? 'never breaks even' : 'breaks even'} with ${settings.baseline}`;
    if (at === null) {
      notes.push(`${versus} within ${countOf(settings.months, 'month')}: ${byEnd}.`);
      continue;
    }
    if (at.month === 1) {
      // Never more expensive: there is no break-even event to mark, only the verdict to state.
      notes.push(`${scenario.name} costs no more than ${settings.baseline} from the first month: ${byEnd}.`);
      continue;
    }
    notes.push(`${versus} in ${shortMonthName(at.calendar)} (month ${at.month}): ${byEnd}.`);
    const marked = challengers.filter((c) => (c.breakEven?.at?.month ?? 1) > 1).length;
    const who = marked === 1 ? 'Break-even' : `${truncateToWidth(scenario.name, NAME_IN_LABEL_PX, { fontSize: FONT_SIZE.annotation, weight: 'bold' })} breaks even`;
    annotations.push({
      kind: 'break-even',
      index: at.month - 1,
      label: `${who}: ${shortMonthName(months[at.month - 1] as string)}`,
      color: colorOf(scenario.name),
      cumulative: chartNumber(scenario.cumulative[at.month - 1] as string),
      scenario: scenario.name,
    });
  }
  return annotations;
}

/**
 * With one challenger that never breaks even, the gap between the two lines at the end of the
 * horizon says how far it is from breaking even — when there is room between them to say it.
 */
function neverBreaksEvenGap(comparison: Comparison, maxCumulative: number): { baselineEnd: number; challengerEnd: number; lines: string[] } | undefined {
  const challengers = comparison.scenarios.filter((s) => !s.isBaseline);
  const baseline = comparison.scenarios.find((s) => s.isBaseline);
  const challenger = challengers[0];
  if (challengers.length !== 1 || challenger === undefined || baseline === undefined || challenger.breakEven?.at !== null) return undefined;
  const baselineEnd = chartNumber(baseline.total);
  const challengerEnd = chartNumber(challenger.total);
  const gapPx = ((challengerEnd - baselineEnd) / (maxCumulative * 1.15)) * PLOT_HEIGHT_PX;
  if (!(gapPx >= MIN_GAP_FOR_NOTE_PX)) return undefined;
  const { settings } = comparison;
  const more = chartMoney(challenger.difference, settings.currency, settings.minorDigits, { cents: 'never' });
  return { baselineEnd, challengerEnd, lines: [`No break-even within ${countOf(settings.months, 'month')}:`, `${more} more by ${shortMonthName(settings.to)}`] };
}

/** The last month of each commitment that ends within the chart; a note for one that runs past it. */
function commitmentAnnotations(comparison: Comparison, first: Month, colorOf: (name: string) => string, notes: string[]): Annotation[] {
  const committed = comparison.scenarios.filter((s): s is ScenarioComparison & { commitment: NonNullable<ScenarioComparison['commitment']> } => s.commitment !== null);
  const annotations: Annotation[] = [];
  for (const scenario of committed) {
    const end = parseMonth(scenario.commitment.to) as Month;
    const index = end - first;
    if (index >= comparison.settings.months) {
      notes.push(`${scenario.name}’s ${scenario.commitment.months}-month commitment runs to ${shortMonthName(scenario.commitment.to)}, past the end of this chart.`);
      continue;
    }
    if (index < 0) continue;
    const who = committed.length === 1 ? 'Commitment ends' : `${truncateToWidth(scenario.name, NAME_IN_LABEL_PX, { fontSize: FONT_SIZE.annotation })}: commitment ends`;
    annotations.push({ kind: 'commitment', index, label: `${who}: ${shortMonthName(scenario.commitment.to)}`, color: colorOf(scenario.name), scenario: scenario.name });
  }
  return annotations;
}

/**
 * Places each label beside its rule — to the right unless it would run off the plot — in the
 * lowest row above the plot where it overlaps no other label and no other annotation's rule
 * (a rule runs from its own label down through every lower row).
 */
function placeAnnotations(annotations: readonly Annotation[], domainFirst: number, domainLast: number, plotWidth: number): PlacedAnnotation[] {
  const placed: { x: number; from: number; to: number; row: number }[] = [];
  // Right to left: a label reaching right over a later rule then goes above that rule's top.
  const order = [...annotations].sort((a, b) => b.index - a.index || a.kind.localeCompare(b.kind));
  return order.map((annotation) => {
    const x = domainLast === domainFirst ? plotWidth / 2 : ((annotation.index - domainFirst) / (domainLast - domainFirst)) * plotWidth;
    const width = textWidth(annotation.label, FONT_SIZE.annotation, annotation.kind === 'break-even' ? 'bold' : 'regular') + 6;
    const align = x + width <= plotWidth + 8 ? 'left' : 'right';
    const [from, to] = align === 'left' ? [x - 2, x + width] : [x - width, x + 2];
    const fits = (row: number, strict: boolean) =>
      placed.every((p) => {
        if (p.row === row) return to + LABEL_GAP_PX < p.from || from > p.to + LABEL_GAP_PX;
        // Another rule running down through this label, or this rule through another label.
        if (p.row > row) return p.x < from || p.x > to;
        return !strict || x < p.from || x > p.to;
      });
    const rows = Array.from({ length: placed.length + 1 }, (_, row) => row);
    // A row above every other always fits loosely; strictly, only if no label below straddles this rule.
    const row = rows.find((r) => fits(r, true)) ?? rows.find((r) => fits(r, false)) ?? placed.length;
    placed.push({ x, from, to, row });
    return { ...annotation, align, labelY: -6 - row * LABEL_ROW_PX };
  });
}

/** Month by month, each scenario's cumulative cost, exactly. */
function cumulativeTable(comparison: Comparison): ChartTable {
  const { settings, months, scenarios } = comparison;
  const amount = (value: string) => formatMoney(new Money(value), { digits: settings.minorDigits, grouping: true });
  return {
    caption: `Cumulative cost in ${settings.currency} at the end of each month, not discounted`,
    columns: [{ title: 'Month', numeric: true }, { title: 'Calendar month', numeric: false }, ...scenarios.map((s) => ({ title: s.name, numeric: true }))],
    rows: months.map((month, i) => [String(i + 1), shortMonthName(month), ...scenarios.map((s) => amount(s.cumulative[i] as string))]),
  };
}
