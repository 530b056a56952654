/**
 * The fan chart of a simulation: how sure each scenario's cumulative cost is, month by month.
 *
 *   Simulation ─▶ per scenario and month: P5, P25, P50, P75 and P95 of the cumulative cost
 *     (its `cumulative` bands; money → number here)
 *   ─▶ per scenario, in its colour: a light band from P5 to P95, a darker one from P25 to P75,
 *      the median as a line
 *   ─▶ title, the trials and seed, what the bands mean and how often each challenger costs
 *      less than the baseline, in words
 *   ─▶ a Vega-Lite spec with its data inline and the numbers as a table in `usermeta`
 */
import type { TopLevelSpec } from 'vega-lite';
import { CUMULATIVE_TRIALS } from '../../analysis/cumulativeBands.js';
import { addMonths, formatMonth, parseMonth, type Month } from '../../calendar/month.js';
import { Money } from '../../money/decimal.js';
import { formatMoney } from '../../money/formatMoney.js';
import type { Simulation } from '../../report/simulation.js';
import { shareText } from '../report/reportWords.js';
import { chartMoney, chartNumber, moneyAxisLabelExpr, moneyAxisWidth } from './chartMoney.js';
import type { ChartMeta, ChartTable } from './chartTable.js';
import { CHART_PADDING_PX, CHART_WIDTH_PX, chartConfig } from './chartTheme.js';
import { countOf } from './chartWords.js';
import { monthDate, monthTicks, monthTime, shortMonthName } from './monthAxis.js';
import { assignColors } from './palette.js';
import { scenarioLegend } from './scenarioLegend.js';
import { chartTitle, namedTitle, simulationLine, trialsText } from './simulationChartWords.js';
import { VEGA_LITE_SCHEMA, type LayerItem } from './specTypes.js';

/** Height of the plot area, as the break-even chart's. */
const PLOT_HEIGHT_PX = 340;
/** The bands' opacity: P5–P95 lighter, P25–P75 darker; overlapping bands of two scenarios stay readable. */
const OUTER_OPACITY = 0.13;
const INNER_OPACITY = 0.3;

/**
 * The fan chart of a simulation as a Vega-Lite spec: each scenario's cumulative cost over the
 * horizon, its median as a line, the middle half of the trials (P25 to P75) as a darker band
 * and nine in ten (P5 to P95) as a lighter one, in the scenario's colour. Not discounted.
 *
 * @example
 * const spec = fanChart(simulate([selfHosted, managedProvider], { months: 36, trials: 100, seed: 7 }));
 * (spec.title as { text: string[] }).text; // ['Cumulative cost over 36 months: Self-hosted vs Managed provider']
 * (spec.title as { subtitle: string[] }).subtitle[0]; // '36 months, May 2009 – Apr 2012 · USD · not discounted · 100 trials, seed 7'
 */
export function fanChart(simulation: Simulation): TopLevelSpec {
  const { settings, scenarios } = simulation;
  const first = parseMonth(settings.from) as Month;
  const months = Array.from({ length: settings.months }, (_, i) => formatMonth(addMonths(first, i)));
  const colors = assignColors(scenarios.map((s) => s.name));
  const exact = (amount: string) => chartMoney(amount, settings.currency, settings.minorDigits);

  const rows = scenarios.flatMap((scenario) =>
    months.map((month, i) => {
      const at = (band: readonly string[]) => band[i] as string;
      const { p5, p25, p50, p75, p95 } = scenario.cumulative;
      return {
        scenario: scenario.name,
        month: monthDate(month),
        calendar: `${shortMonthName(month)} (month ${i + 1})`,
        p5: chartNumber(at(p5)),
        p25: chartNumber(at(p25)),
        p50: chartNumber(at(p50)),
        p75: chartNumber(at(p75)),
        p95: chartNumber(at(p95)),
        median: exact(at(p50)),
        middle: `${exact(at(p25))} to ${exact(at(p75))}`,
        most: `${exact(at(p5))} to ${exact(at(p95))}`,
        tip: `${scenario.name}, ${shortMonthName(month)} (month ${i + 1}): ${exact(at(p50))} so far at the median, ${exact(at(p5))} to ${exact(at(p95))} in 9 of 10 trials`,
      };
    }),
  );
  const highest = Math.max(0, ...rows.map((row) => row.p95));

  // A one-month horizon has one point per scenario: centre it between its neighbours, and draw its spread as rules.
  const single = settings.months === 1;
  const ticks = monthTicks(first, settings.months);
  const x = {
    field: 'month',
    type: 'temporal' as const,
    title: 'Month',
    scale: { type: 'utc' as const, domainMin: monthTime(single ? first - 1 : first), domainMax: monthTime(single ? first + 1 : first + settings.months - 1), nice: false },
    axis: { values: ticks.values, labelExpr: ticks.labelExpr, grid: false, labelOverlap: true, labelFlush: false },
  };
  const y = {
    field: 'p50',
    type: 'quantitative' as const,
    title: `Cumulative cost (${settings.currency})`,
    scale: highest === 0 ? { domain: [0, 1] } : { zero: true, nice: true },
    axis: { labelExpr: moneyAxisLabelExpr(settings.currency), ...(highest === 0 ? { values: [0] } : { tickCount: 6 }) },
  };
  const plotWidth = CHART_WIDTH_PX - 2 * CHART_PADDING_PX - moneyAxisWidth(highest, settings.currency);
  const legend = scenarioLegend(colors.domain, single ? 'square' : 'stroke', plotWidth);
  const color = { field: 'scenario', type: 'nominal' as const, scale: { domain: colors.domain, range: colors.colors }, legend };
  const tooltip = [
    { field: 'scenario', type: 'nominal' as const, title: 'Scenario' },
    { field: 'calendar', type: 'nominal' as const, title: 'Month' },
    { field: 'median', type: 'nominal' as const, title: 'Median (P50)' },
    { field: 'middle', type: 'nominal' as const, title: 'Middle half (P25–P75)' },
    { field: 'most', type: 'nominal' as const, title: '9 in 10 (P5–P95)' },
  ];
  // The bands have no legend of their own (legends resolved independently): the legend shows the lines.
  const band = (low: string, high: string, opacity: number): LayerItem =>
    single
      ? { mark: { type: 'rule', strokeWidth: low === 'p5' ? 2 : 8, opacity: low === 'p5' ? 0.45 : 0.6 }, encoding: { x, y: { ...y, field: low }, y2: { field: high }, color: { ...color, legend: null }, tooltip } }
      : { mark: { type: 'area', opacity, interpolate: 'linear' }, encoding: { x, y: { ...y, field: low }, y2: { field: high }, color: { ...color, legend: null }, tooltip } };
  const layers: LayerItem[] = [
    band('p5', 'p95', OUTER_OPACITY),
    band('p25', 'p75', INNER_OPACITY),
    single
      ? { mark: { type: 'point', filled: true, size: 80, opacity: 1 }, encoding: { x, y, color, tooltip, description: { field: 'tip', type: 'nominal' } } }
      : { mark: { type: 'line', strokeWidth: 2.5, strokeCap: 'round', strokeJoin: 'round' }, encoding: { x, y, color, tooltip, description: { field: 'tip', type: 'nominal' } } },
  ];

  const title = namedTitle(`Cumulative cost over ${countOf(settings.months, 'month')}`, colors.domain);
  const subtitle = [simulationLine(settings), bandsLine(simulation, single), ...verdicts(simulation)];
  const meta: ChartMeta = { chart: 'fan', table: bandsTable(simulation, months) };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `${title}. ${subtitle.join(' ')}`,
    title: chartTitle(title, subtitle),
    width: CHART_WIDTH_PX,
    height: PLOT_HEIGHT_PX,
    autosize: { type: 'fit-x', contains: 'padding' },
    config: chartConfig(),
    usermeta: { costmodel: meta },
    data: { values: rows },
    resolve: { legend: { color: 'independent' } },
    layer: layers,
  };
}

/** The key to the picture: what the line and the bands are (a dot and bars for a single month), and from how many trials. */
function bandsLine(simulation: Simulation, single: boolean): string {
  const { trials } = simulation.settings;
  const from = (drawn: string) => (trials > CUMULATIVE_TRIALS ? `; ${drawn} from the first ${trialsText(CUMULATIVE_TRIALS)}` : '');
  if (simulation.uncertain.length === 0) return `No input is a range: every trial costs the same, and the bands are the line.`;
  return single
    ? `Dot: the median. Thick bar: the middle half of the trials (P25 to P75). Thin bar: 9 in 10 (P5 to P95)${from('bars')}.`
    : `Line: the median. Darker band: the middle half of the trials (P25 to P75). Lighter band: 9 in 10 (P5 to P95)${from('bands')}.`;
}

/** For each challenger, how often it costs less than the baseline by the end. */
function verdicts(simulation: Simulation): string[] {
  const { settings } = simulation;
  return simulation.scenarios.flatMap((s) =>
    s.probabilityCheaperThanBaseline === null ? [] : [`${s.name} costs less than ${settings.baseline} by ${shortMonthName(settings.to)} in ${shareText(s.probabilityCheaperThanBaseline)} of trials.`],
  );
}

/** Per scenario and month, the five percentiles, exactly. */
function bandsTable(simulation: Simulation, months: readonly string[]): ChartTable {
  const { settings, scenarios } = simulation;
  const amount = (value: string) => formatMoney(new Money(value), { digits: settings.minorDigits, grouping: true });
  const percentiles = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;
  return {
    caption: `Cumulative cost in ${settings.currency} at the end of each month over the trials, not discounted: percentiles`,
    columns: [
      { title: 'Scenario', numeric: false },
      { title: 'Month', numeric: true },
      { title: 'Calendar month', numeric: false },
      ...percentiles.map((p) => ({ title: p.toUpperCase(), numeric: true })),
    ],
    rows: scenarios.flatMap((s) => months.map((month, i) => [s.name, String(i + 1), shortMonthName(month), ...percentiles.map((p) => amount(s.cumulative[p][i] as string))])),
  };
}
