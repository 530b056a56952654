/**
 * The monthly cost chart: what each scenario costs month by month, stacked by category, so a
 * one-time payment, staff and hosting are told apart at a glance.
 *
 *   Comparison ─▶ per scenario, per period (a month, or a year of the horizon beyond ten
 *     years), per category: the exact sum, then its stack position (money → number here)
 *     ─▶ one panel per scenario, all on the same scales, one category legend
 *     ─▶ a Vega-Lite spec with its data inline and the numbers as a table in `usermeta`
 */
import type { TopLevelSpec } from 'vega-lite';
import { formatMonth, parseMonth, type Month } from '../../calendar/month.js';
import { Money, ZERO, type Decimal } from '../../money/decimal.js';
import { formatMoney } from '../../money/formatMoney.js';
import type { Comparison, ScenarioComparison } from '../../report/comparison.js';
import { chartMoney, chartNumber, moneyAxisLabelExpr, moneyAxisWidth } from './chartMoney.js';
import type { ChartMeta, ChartTable } from './chartTable.js';
import { CHART_PADDING_PX, CHART_WIDTH_PX, FONT_SIZE, INK, chartConfig } from './chartTheme.js';
import { countOf, horizonLine } from './chartWords.js';
import { truncateToWidth, wrapToWidth } from './fitText.js';
import { MID_MONTH_DAY, monthDate, monthSpan, monthTicks, monthTime, shortMonthName } from './monthAxis.js';
import { CATEGORY_COLORS, assignColors } from './palette.js';
import { scenarioLegend } from './scenarioLegend.js';
import { VEGA_LITE_SCHEMA, type ConcatItem } from './specTypes.js';

/** Beyond ten years, monthly bars would be thinner than a pixel: each bar is then a year of the horizon. */
const MONTHLY_BARS_UP_TO = 120;
/** Horizons up to a year draw each month as a centred column at most this wide. */
const CENTRED_BARS_UP_TO = 12;
const MAX_BAR_WIDTH_PX = 44;
/** Bars up to this many get a thin white edge so neighbours stay apart. */
const EDGED_BARS_UP_TO = 60;

/** A stretch of the horizon one bar covers: a month, or a year of the horizon. */
type Period = {
  /** 0-based index of its first and last month in the horizon. */
  readonly first: number;
  readonly last: number;
  readonly label: string;
  /** Where its cost is in the comparison: `monthly[index]`, or `years[index]` for a year. */
  readonly index: number;
};

/**
 * The monthly cost chart of a comparison as a Vega-Lite spec: one panel per scenario on
 * shared scales, each month's cost stacked by category. Horizons longer than ten years are
 * drawn per year of the horizon instead, and say so in the title.
 *
 * @example
 * const spec = monthlyCostChart(compare([selfHosted, managedProvider], { months: 36 }));
 * (spec.title as { text: string[] }).text; // ['Cost per month by category over 36 months']
 */
export function monthlyCostChart(comparison: Comparison): TopLevelSpec {
  const { settings, scenarios, months } = comparison;
  const first = parseMonth(settings.from) as Month;
  const perYear = settings.months > MONTHLY_BARS_UP_TO;
  const periods = perYear ? yearPeriods(comparison) : months.map((month, i) => ({ first: i, last: i, label: `${shortMonthName(month)} (month ${i + 1})`, index: i }));
  const categories = [...new Set(scenarios.flatMap((s) => s.categories.map((c) => c.category)))];
  const colors = assignColors(categories, CATEGORY_COLORS);
  const exactText = (amount: string) => chartMoney(amount, settings.currency, settings.minorDigits);
  const exact = (amount: Decimal) => exactText(amount.toFixed(settings.minorDigits));

  let maxStack = 0;
  const bars = scenarios.flatMap((scenario) =>
    periods.flatMap((period) => {
      let stacked: Decimal = ZERO;
      const segments = [];
      // Stack in the legend's order, so a category sits at the same level in every panel.
      for (const category of sortedBy(scenario.categories, categories)) {
        const cost = new Money(costOf(category, period, perYear));
        if (cost.isZero()) continue;
        const bottom = stacked;
        stacked = stacked.plus(cost);
        segments.push({
          scenario: scenario.name,
          category: category.category,
          period: period.label,
          from: monthDate(months[period.first] as string),
          to: monthDate(nextMonth(months[period.last] as string)),
          middle: monthDate(months[period.first] as string, MID_MONTH_DAY),
          y0: chartNumber(bottom.toString()),
          y1: chartNumber(stacked.toString()),
          cost: exact(cost),
          periodTotal: '',
        });
      }
      maxStack = Math.max(maxStack, chartNumber(stacked.toString()));
      const total = exactText(costOf(scenario, period, perYear));
      return segments.map((segment) => ({
        ...segment,
        periodTotal: total,
        tip: `${scenario.name}, ${period.label}: ${segment.category} ${segment.cost} of ${total}`,
      }));
    }),
  );

  const unit = perYear ? 'year' : 'month';
  const plotWidth = Math.round(CHART_WIDTH_PX - 2 * CHART_PADDING_PX - moneyAxisWidth(maxStack, settings.currency));
  const panelHeight = scenarios.length <= 2 ? 170 : scenarios.length <= 4 ? 130 : 100;
  // Up to a year, each bar is a column of bounded width centred over its month's label;
  // longer horizons fill each month (or year) edge to edge.
  const centred = periods.length <= CENTRED_BARS_UP_TO;
  const ticks = monthTicks(first, settings.months, centred ? { day: MID_MONTH_DAY } : {});
  const edged = periods.length <= EDGED_BARS_UP_TO;
  const barWidth = Math.min(MAX_BAR_WIDTH_PX, Math.floor((plotWidth / periods.length) * 0.8));

  const panels: ConcatItem[] = scenarios.map((scenario, index) => {
    const isLast = index === scenarios.length - 1;
    const rows = bars.filter((bar) => bar.scenario === scenario.name);
    const empty = rows.length === 0;
    const layer: ConcatItem[] = [
      {
        // A panel with nothing to draw still needs its axes: one invisible bar of zero height gives it data.
        data: { values: empty ? [emptyBar(scenario.name, periods[0] as Period, months, categories)] : rows },
        mark: { type: 'bar', ...(centred ? { width: barWidth } : {}), ...(edged ? { stroke: 'white', strokeWidth: 0.75 } : {}), ...(empty ? { opacity: 0 } : {}) },
        encoding: {
          x: {
            field: centred ? 'middle' : 'from',
            type: 'temporal',
            title: isLast ? (perYear ? 'Year of the horizon (starting month)' : 'Month') : null,
            scale: { type: 'utc', domainMin: monthTime(first), domainMax: monthTime(first + settings.months), nice: false },
            axis: { values: ticks.values, labelExpr: ticks.labelExpr, grid: false, labels: isLast, labelOverlap: true },
          },
          ...(centred ? {} : { x2: { field: 'to' } }),
          y: {
            field: 'y1',
            type: 'quantitative',
            title: `${settings.currency} per ${unit}`,
            scale: maxStack === 0 ? { domain: [0, 1] } : { domainMax: maxStack, zero: true, nice: true },
            axis: { labelExpr: moneyAxisLabelExpr(settings.currency), ...(maxStack === 0 ? { values: [0] } : { tickCount: 4 }) },
          },
          y2: { field: 'y0' },
          color: { field: 'category', type: 'nominal', title: 'Category', scale: { domain: colors.domain, range: colors.colors }, legend: scenarioLegend(colors.domain, 'square', plotWidth) },
          tooltip: [
            { field: 'scenario', type: 'nominal', title: 'Scenario' },
            { field: 'period', type: 'nominal', title: perYear ? 'Year' : 'Month' },
            { field: 'category', type: 'nominal', title: 'Category' },
            { field: 'cost', type: 'nominal', title: 'Cost' },
            { field: 'periodTotal', type: 'nominal', title: `Total that ${unit}` },
          ],
          description: { field: 'tip', type: 'nominal' },
        },
      },
    ];
    if (empty) {
      layer.push({
        data: { values: [{ note: 'No costs within the horizon' }] },
        mark: { type: 'text', fontSize: FONT_SIZE.label + 1, color: INK.muted, x: plotWidth / 2, y: panelHeight / 2 },
        encoding: { text: { field: 'note', type: 'nominal' } },
      });
    }
    return {
      title: {
        text: truncateToWidth(scenario.name, plotWidth, { fontSize: FONT_SIZE.header, weight: 'bold' }),
        subtitle: panelSubtitle(scenario, comparison),
        fontSize: FONT_SIZE.header,
        subtitleFontSize: FONT_SIZE.label,
        anchor: 'start',
        offset: 6,
      },
      width: plotWidth,
      height: panelHeight,
      layer,
    } as ConcatItem;
  });

  const title = `Cost per ${unit} by category over ${countOf(settings.months, 'month')}`;
  const subtitle = [
    `${horizonLine(settings, { discounting: false })} · not discounted${perYear ? ` · each bar is a year of the horizon, ${shortMonthName(settings.from).slice(0, 3)} to ${shortMonthName(months[Math.min(11, months.length - 1)] as string).slice(0, 3)}` : ''}`,
    `${scenarios.length === 1 ? '' : 'Same scale in every panel. '}Payments fall at the start of their month.`,
  ];
  const meta: ChartMeta = { chart: 'monthly', table: costTable(comparison, periods, perYear, categories) };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `${title}. ${subtitle.join(' ')}`,
    title: {
      text: wrapToWidth(title, CHART_WIDTH_PX - 24, { fontSize: FONT_SIZE.title, weight: 'bold' }),
      subtitle: subtitle.flatMap((line) => wrapToWidth(line, CHART_WIDTH_PX - 24, { fontSize: FONT_SIZE.subtitle })),
    },
    config: chartConfig(),
    usermeta: { costmodel: meta },
    spacing: 26,
    resolve: { scale: { x: 'shared', y: 'shared', color: 'shared' } },
    vconcat: panels,
  };
}

function emptyBar(scenario: string, period: Period, months: readonly string[], categories: readonly string[]) {
  const month = months[period.first] as string;
  return { scenario, category: categories[0] ?? 'none', period: period.label, from: monthDate(month), to: monthDate(nextMonth(month)), middle: monthDate(month, MID_MONTH_DAY), y0: 0, y1: 0, cost: '', periodTotal: '', tip: `${scenario}: no costs` };
}

function sortedBy<T extends { readonly category: string }>(items: readonly T[], order: readonly string[]): T[] {
  return [...items].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
}

function panelSubtitle(scenario: ScenarioComparison, comparison: Comparison): string {
  const { settings } = comparison;
  const total = chartMoney(scenario.total, settings.currency, settings.minorDigits, { cents: 'never' });
  return `${total} over ${countOf(settings.months, 'month')}`;
}

/** The years of the horizon as bars. */
function yearPeriods(comparison: Comparison): Period[] {
  let first = 0;
  return comparison.years.map((year, index) => {
    const period = { first, last: first + year.months - 1, label: `${year.label} (${monthSpan(year.from, year.to)})`, index };
    first += year.months;
    return period;
  });
}

/** The cost of a scenario or a category in one period, as the comparison gives it. */
function costOf(costs: { readonly monthly: readonly string[]; readonly years: readonly string[] }, period: Period, perYear: boolean): string {
  return (perYear ? costs.years : costs.monthly)[period.index] as string;
}

function nextMonth(month: string): string {
  return formatMonth((parseMonth(month) as Month) + 1);
}

/** Each period's cost per scenario and category, exactly. */
function costTable(comparison: Comparison, periods: readonly Period[], perYear: boolean, categoryOrder: readonly string[]): ChartTable {
  const { settings, scenarios } = comparison;
  const amount = (value: Decimal) => formatMoney(value, { digits: settings.minorDigits, grouping: true });
  const columns = scenarios.flatMap((scenario) => {
    const perCategory = sortedBy(scenario.categories, categoryOrder).map((category) => ({ title: `${scenario.name}: ${category.category}`, numeric: true, cells: (p: Period) => amount(new Money(costOf(category, p, perYear))) }));
    const total = { title: `${scenario.name}: total`, numeric: true, cells: (p: Period) => amount(new Money(costOf(scenario, p, perYear))) };
    return perCategory.length === 1 ? [{ ...total, title: `${scenario.name}: ${scenario.categories[0]?.category ?? 'total'}` }] : [...perCategory, total];
  });
  return {
    caption: `Cost in ${settings.currency} per ${perYear ? 'year of the horizon' : 'month'}, by scenario and category`,
    columns: [{ title: perYear ? 'Year' : 'Month', numeric: false }, ...columns.map(({ title, numeric }) => ({ title, numeric }))],
    rows: periods.map((period) => [period.label, ...columns.map((column) => column.cells(period))]),
  };
}
