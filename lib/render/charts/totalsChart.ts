/**
 * The totals chart: what each scenario costs over the whole horizon (and its present value
 * when a discount rate is given), then year by year.
 *
 *   Comparison ─▶ total (and NPV) per scenario as labelled bars (money → number here)
 *     ─▶ each year of the horizon as a group of bars, one per scenario
 *     ─▶ a Vega-Lite spec with its data inline and the numbers as a table in `usermeta`
 */
import type { TopLevelSpec } from 'vega-lite';
import { Money } from '../../money/decimal.js';
import { formatMoney } from '../../money/formatMoney.js';
import type { Comparison } from '../../report/comparison.js';
import { chartMoney, chartNumber, compactMoney, moneyAxisLabelExpr, moneyAxisWidth } from './chartMoney.js';
import type { ChartMeta, ChartTable } from './chartTable.js';
import { CHART_PADDING_PX, CHART_WIDTH_PX, FONT_SIZE, INK, chartConfig } from './chartTheme.js';
import { countOf, horizonLine, percent } from './chartWords.js';
import { shortLabelExpr, wrapToWidth } from './fitText.js';
import { monthSpan } from './monthAxis.js';
import { assignColors } from './palette.js';
import { scenarioLegend } from './scenarioLegend.js';
import { VEGA_LITE_SCHEMA, type ConcatItem } from './specTypes.js';
import { textWidth } from './textWidth.js';

/** Scenario names on the total bars are cut to this width; the tooltip and the table have them whole. */
const NAME_LABEL_LIMIT_PX = 220;
/** Height of one total bar's row. */
const BAR_ROW_PX = 34;
/** Space between side-by-side panels. */
const PANEL_SPACING_PX = 24;
/** Year groups get value labels when there are at most this many bars. */
const LABELLED_BARS_UP_TO = 15;
/** At most this many year labels fit under the axis. */
const MAX_YEAR_LABELS = 12;
/** Steps between labelled years on long horizons. */
const YEAR_LABEL_STEPS = [1, 2, 5, 10, 20, 25, 50] as const;
/** Horizons up to this many years get grouped bars, longer ones a line per scenario. */
const GROUPED_BARS_UP_TO_YEARS = 10;
const LAST_LABEL_OVERHANG_PX = 24;
/** Year labels carry their months beneath when at least this much space separates them. */
const YEAR_LABEL_GAP_PX = 16;

/**
 * The totals chart of a comparison as a Vega-Lite spec: total cost per scenario (and net
 * present value beside it when the comparison is discounted), then cost per year of the
 * horizon, every bar in its scenario's colour.
 *
 * @example
 * const spec = totalsChart(compare([selfHosted, managedProvider], { months: 36, discountRate: '8%' }));
 * (spec.title as { text: string[] }).text; // ['Total cost per scenario over 36 months']
 */
export function totalsChart(comparison: Comparison): TopLevelSpec {
  const { settings, scenarios } = comparison;
  const colors = assignColors(scenarios.map((s) => s.name));
  const exact = (amount: string) => chartMoney(amount, settings.currency, settings.minorDigits);
  const rounded = (amount: string) => chartMoney(amount, settings.currency, settings.minorDigits, { cents: 'never' });
  const discounted = settings.discountRate !== null;

  const years = comparison.years.map((year, index) => ({ index, label: year.label, span: monthSpan(year.from, year.to), months: year.months }));
  const yearMax = Math.max(0, ...scenarios.flatMap((s) => s.years.map(chartNumber)));
  // vega-lite lines the panels up on their plot areas: the wider of the two left axes sets where both start.
  const nameAxisWidth = Math.min(NAME_LABEL_LIMIT_PX, Math.max(...scenarios.map((s) => textWidth(s.name, FONT_SIZE.label)))) + 10;
  const nameLabelExpr = shortLabelExpr(colors.domain, NAME_LABEL_LIMIT_PX, { fontSize: FONT_SIZE.label });
  const leftAxisWidth = Math.max(nameAxisWidth, moneyAxisWidth(yearMax, settings.currency));
  const plotSpace = Math.round(CHART_WIDTH_PX - 2 * CHART_PADDING_PX - leftAxisWidth);
  // Every panel carries the same legend definition: vega-lite merges them into the one legend under the chart.
  const color = { field: 'scenario', type: 'nominal' as const, scale: { domain: colors.domain, range: colors.colors }, legend: scenarioLegend(colors.domain, 'square', plotSpace) };
  const measures = [
    { key: 'total', title: `Total, ${monthSpan(settings.from, settings.to)}`, value: (s: (typeof scenarios)[number]) => s.total },
    ...(discounted ? [{ key: 'npv', title: `Present value at ${percent(settings.discountRate ?? '0')} a year (NPV)`, value: (s: (typeof scenarios)[number]) => s.npv ?? '0' }] : []),
  ];
  const panelWidth = Math.floor((plotSpace - (measures.length - 1) * PANEL_SPACING_PX) / measures.length);

  const totalPanels: ConcatItem[] = measures.map((measure, index) => {
    const values = scenarios.map((s) => ({
      scenario: s.name,
      amount: chartNumber(measure.value(s)),
      label: rounded(measure.value(s)),
      exact: exact(measure.value(s)),
      tip: `${s.name}: ${measure.key === 'npv' ? 'present value' : 'total'} ${exact(measure.value(s))}`,
    }));
    const max = Math.max(0, ...values.map((v) => v.amount));
    const widestLabel = Math.max(...values.map((v) => textWidth(v.label, FONT_SIZE.label, 'bold'))) + 8;
    // Leave room right of the longest bar for its label.
    const domainMax = max === 0 ? 1 : (max * panelWidth) / Math.max(panelWidth / 3, panelWidth - widestLabel);
    const y = {
      field: 'scenario',
      type: 'nominal' as const,
      sort: colors.domain,
      title: null,
      axis: index === 0 ? { ...(nameLabelExpr === undefined ? {} : { labelExpr: nameLabelExpr }), labelLimit: NAME_LABEL_LIMIT_PX + 40, ticks: false, domain: false, labelPadding: 8 } : null,
    };
    return {
      title: { text: measure.title, fontSize: FONT_SIZE.header, anchor: 'start', frame: 'group', offset: 8 },
      width: panelWidth,
      height: { step: BAR_ROW_PX },
      data: { values },
      layer: [
        {
          mark: { type: 'bar', cornerRadiusEnd: 2, height: { band: 0.7 } },
          encoding: {
            y,
            x: { field: 'amount', type: 'quantitative', title: null, axis: null, scale: { domain: [0, domainMax], nice: false } },
            color,
            tooltip: [
              { field: 'scenario', type: 'nominal', title: 'Scenario' },
              { field: 'exact', type: 'nominal', title: measure.key === 'npv' ? 'Present value' : 'Total' },
            ],
            description: { field: 'tip', type: 'nominal' },
          },
        },
        {
          mark: { type: 'text', align: 'left', baseline: 'middle', dx: 5, fontWeight: 'bold', fontSize: FONT_SIZE.label, color: INK.text },
          encoding: { y, x: { field: 'amount', type: 'quantitative' }, text: { field: 'label', type: 'nominal' } },
        },
      ],
    } as ConcatItem;
  });

  const yearRows = scenarios.flatMap((scenario) =>
    years.map((year) => {
      const amount = scenario.years[year.index] as string;
      const partial = year.months < 12 ? ` (${countOf(year.months, 'month')})` : '';
      return { scenario: scenario.name, year: year.label, yearNumber: year.index + 1, period: `${year.label}: ${year.span}${partial}`, amount: chartNumber(amount), label: compactMoney(chartNumber(amount), settings.currency), exact: exact(amount), tip: `${scenario.name}, ${year.label} (${year.span}${partial}): ${exact(amount)}` };
    }),
  );
  const yearY = {
    field: 'amount',
    type: 'quantitative' as const,
    title: `${settings.currency} per year`,
    scale: yearMax === 0 ? { domain: [0, 1] } : { zero: true, nice: true },
    axis: { labelExpr: moneyAxisLabelExpr(settings.currency), ...(yearMax === 0 ? { values: [0] } : { tickCount: 5 }) },
  };
  const yearTooltip = [
    { field: 'scenario', type: 'nominal' as const, title: 'Scenario' },
    { field: 'period', type: 'nominal' as const, title: 'Year' },
    { field: 'exact', type: 'nominal' as const, title: 'Cost' },
  ];
  // Up to ten years, a group of bars per year; beyond, a line per scenario reads better than a comb of thin bars.
  const asLines = years.length > GROUPED_BARS_UP_TO_YEARS;
  const yearX = {
    field: 'year',
    type: 'nominal' as const,
    sort: years.map((y) => y.label),
    title: 'Year of the horizon',
    axis: { labelAngle: 0, labelExpr: yearLabelExpr(years, plotSpace), labelLineHeight: 15 },
  };
  const step = YEAR_LABEL_STEPS.find((candidate) => years.length / candidate <= MAX_YEAR_LABELS) ?? 100;
  const yearNumberX = {
    field: 'yearNumber',
    type: 'quantitative' as const,
    title: 'Year of the horizon',
    scale: { domain: [1, years.length], nice: false },
    axis: { values: [1, ...years.map((y) => y.index + 1).filter((n) => n % step === 0 && n > 1)], labelExpr: "'Year ' + datum.value", grid: false, labelFlush: false },
  };
  const yearLayers: ConcatItem[] = [
    asLines
      ? ({
          mark: { type: 'line', strokeWidth: 2.5, ...(years.length <= 30 ? { point: { filled: true, size: 30 } } : {}) },
          encoding: { x: yearNumberX, y: yearY, color, tooltip: yearTooltip, description: { field: 'tip', type: 'nominal' } },
        } as ConcatItem)
      : ({
          mark: { type: 'bar', cornerRadiusEnd: 2 },
          encoding: {
            x: yearX,
            xOffset: { field: 'scenario', type: 'nominal', sort: colors.domain, scale: { paddingInner: 0.08 } },
            y: yearY,
            color,
            tooltip: yearTooltip,
            description: { field: 'tip', type: 'nominal' },
          },
        } as ConcatItem),
  ];
  if (yearRows.length <= LABELLED_BARS_UP_TO) {
    yearLayers.push({
      mark: { type: 'text', baseline: 'bottom', dy: -3, fontSize: FONT_SIZE.label - 1, color: INK.text },
      encoding: {
        x: yearX,
        xOffset: { field: 'scenario', type: 'nominal', sort: colors.domain },
        y: { field: 'amount', type: 'quantitative' },
        text: { field: 'label', type: 'nominal' },
      },
    } as ConcatItem);
  }

  const title = `Total cost per scenario over ${countOf(settings.months, 'month')}`;
  const subtitle = [horizonLine(settings)];
  const meta: ChartMeta = { chart: 'totals', table: totalsTable(comparison) };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `${title}. ${subtitle.join(' ')}`,
    title: {
      text: wrapToWidth(title, CHART_WIDTH_PX - 2 * CHART_PADDING_PX, { fontSize: FONT_SIZE.title, weight: 'bold' }),
      subtitle: subtitle.flatMap((line) => wrapToWidth(line, CHART_WIDTH_PX - 2 * CHART_PADDING_PX, { fontSize: FONT_SIZE.subtitle })),
    },
    config: chartConfig(),
    usermeta: { costmodel: meta },
    spacing: 30,
    resolve: { scale: { color: 'shared' } },
    vconcat: [
      measures.length === 1 ? (totalPanels[0] as ConcatItem) : { hconcat: totalPanels, spacing: PANEL_SPACING_PX, resolve: { scale: { y: 'shared' } } },
      {
        title: { text: 'Cost per year of the horizon', fontSize: FONT_SIZE.header, anchor: 'start', frame: 'group', offset: 10 },
        // A line's last label, centred on the plot's right edge, would hang out of an 800 px chart.
        width: asLines ? plotSpace - LAST_LABEL_OVERHANG_PX : plotSpace,
        height: 220,
        data: { values: yearRows },
        layer: yearLayers,
      } as ConcatItem,
    ],
  };
}

/** Year labels with their months beneath (`Year 1` over `May 2009 – Apr 2010`), while there is room for them. */
function yearLabelExpr(years: readonly { label: string; span: string }[], plotWidth: number): string {
  const widest = Math.max(...years.map((y) => textWidth(y.span, FONT_SIZE.label)));
  if (plotWidth / years.length < widest + YEAR_LABEL_GAP_PX) return 'datum.label';
  const spans = Object.fromEntries(years.map((y) => [y.label, y.span]));
  return `[datum.label, ${JSON.stringify(spans)}[datum.label]]`;
}

/** Per scenario: each year, the total, the NPV when discounted, and the difference to the baseline, exactly. */
function totalsTable(comparison: Comparison): ChartTable {
  const { settings, scenarios, years } = comparison;
  const amount = (value: string) => formatMoney(new Money(value), { digits: settings.minorDigits, grouping: true });
  const discounted = settings.discountRate !== null;
  return {
    caption: `Cost in ${settings.currency} per year of the horizon and in total${discounted ? `, with the net present value at ${percent(settings.discountRate ?? '0')} a year` : ''}`,
    columns: [
      { title: 'Scenario', numeric: false },
      ...years.map((year) => ({ title: `${year.label} (${monthSpan(year.from, year.to)})`, numeric: true })),
      { title: 'Total', numeric: true },
      ...(discounted ? [{ title: 'NPV', numeric: true }] : []),
      { title: `vs ${settings.baseline}`, numeric: true },
    ],
    rows: scenarios.map((s) => [
      s.name,
      ...s.years.map(amount),
      amount(s.total),
      ...(discounted ? [amount(s.npv ?? '0')] : []),
      s.isBaseline ? '—' : formatMoney(new Money(s.difference), { digits: settings.minorDigits, grouping: true, signed: true }),
    ]),
  };
}
