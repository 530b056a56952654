/**
 * The histogram of a simulation: by how much each challenger costs more or less than the
 * baseline, over the trials.
 *
 *   Simulation ─▶ per challenger: its `histogram` bins (money → number here), each bar in the
 *     colour of the option that is cheaper in its trials — the challenger left of zero, the
 *     baseline right of it
 *   ─▶ zero marked by a rule, the share of trials on each side written beside it (and, always,
 *      under the title)
 *   ─▶ one panel per challenger, all on the same scale of money
 *   ─▶ a Vega-Lite spec with its data inline and the bins as a table in `usermeta`
 */
import type { TopLevelSpec } from 'vega-lite';
import { Money } from '../../money/decimal.js';
import { formatMoney } from '../../money/formatMoney.js';
import type { SimulatedScenario, Simulation } from '../../report/simulation.js';
import { shareText } from '../report/reportWords.js';
import { chartMoney, chartNumber, moneyAxisLabelExpr } from './chartMoney.js';
import type { ChartMeta, ChartTable } from './chartTable.js';
import { CHART_PADDING_PX, CHART_WIDTH_PX, FONT_SIZE, INK } from './chartTheme.js';
import { countOf } from './chartWords.js';
import { assignColors } from './palette.js';
import { scenarioLegend } from './scenarioLegend.js';
import { challengerPanels, differenceTitle, namedTitle, noteChart, simulationLine, trialsText } from './simulationChartWords.js';
import type { LayerItem } from './specTypes.js';
import { textWidth } from './textWidth.js';

/** Height of one challenger's panel. */
const PANEL_HEIGHT_PX = 200;
/** Tick, label padding, title and title padding of the trials axis, besides its widest label. */
const COUNT_AXIS_FURNITURE_PX = 5 + 2 + FONT_SIZE.axisTitle + 6;
/** Room the legend's title, "Cheaper:", takes before its entries. */
const CHEAPER_TITLE_PX = 60;
/** The label of a side of zero keeps this far from the rule. */
const SIDE_LABEL_GAP_PX = 6;

/**
 * The histogram chart of a simulation as a Vega-Lite spec: for each challenger, its total
 * minus the baseline's over the trials, in the bins of its `histogram`; zero marked, each bar
 * in the colour of the option that is cheaper there, and the share of trials on each side of
 * zero in words. A single scenario has no difference to show: the chart says so.
 *
 * @example
 * const spec = histogramChart(simulate([selfHosted, managedProvider], { months: 36, trials: 100, seed: 7 }));
 * (spec.title as { subtitle: string[] }).subtitle[1]; // 'Managed provider costs less than Self-hosted in 0% of trials and more in 100%.'
 */
export function histogramChart(simulation: Simulation): TopLevelSpec {
  const { settings, scenarios } = simulation;
  const title = namedTitle(`Difference in total cost over ${countOf(settings.months, 'month')}`, scenarios.map((s) => s.name));
  const challengers = scenarios.filter((s): s is SimulatedScenario & { histogram: NonNullable<SimulatedScenario['histogram']> } => s.histogram !== null);
  const subtitle = [simulationLine(settings), ...challengers.map((s) => sidesSentence(s, settings.baseline))];
  const meta: ChartMeta = { chart: 'histogram', table: binsTable(simulation) };
  if (challengers.length === 0) return noteChart(title, subtitle, 'A single scenario has no difference to a baseline to show.', meta);
  if (simulation.uncertain.length === 0) subtitle.push('No input is a range: every trial gives the same difference.');

  const colors = assignColors(scenarios.map((s) => s.name));
  const exact = (amount: string) => chartMoney(amount, settings.currency, settings.minorDigits);
  // Every panel on the same scale, zero always in it.
  const low = Math.min(0, ...challengers.map((s) => chartNumber(s.histogram[0]?.from ?? '0')));
  const high = Math.max(0, ...challengers.map((s) => chartNumber(s.histogram.at(-1)?.to ?? '0')));
  const mostTrials = Math.max(1, ...challengers.flatMap((s) => s.histogram.map((bin) => bin.trials)));
  const countAxisWidth = textWidth((mostTrials * 1.25).toLocaleString('en-US', { maximumFractionDigits: 0 }), FONT_SIZE.label) + COUNT_AXIS_FURNITURE_PX;
  const plotWidth = Math.floor(CHART_WIDTH_PX - 2 * CHART_PADDING_PX - countAxisWidth);
  const zeroAt = high === low ? 0 : ((0 - low) / (high - low)) * plotWidth;

  const panels = challengers.map((challenger) => {
    const rows = challenger.histogram.map((bin) => {
      const cheaper = new Money(bin.to).lessThanOrEqualTo(0) ? challenger.name : settings.baseline;
      return {
        from: chartNumber(bin.from),
        to: chartNumber(bin.to),
        trials: bin.trials,
        cheaper,
        range: `${exact(bin.from)} to ${exact(bin.to)}`,
        tip: `${challenger.name} minus ${settings.baseline}, ${exact(bin.from)} to ${exact(bin.to)}: ${countOf(bin.trials, 'trial')}`,
      };
    });
    const x = {
      field: 'from',
      type: 'quantitative' as const,
      title: differenceTitle(challenger.name, settings.baseline, settings.currency, plotWidth),
      scale: { domain: [low, high], nice: false, zero: true },
      axis: { labelExpr: moneyAxisLabelExpr(settings.currency), tickCount: 8, labelFlush: true, grid: false },
    };
    const layers: LayerItem[] = [
      {
        data: { values: rows },
        mark: { type: 'bar', binSpacing: 1, stroke: 'white', strokeWidth: 0.5 },
        encoding: {
          x,
          x2: { field: 'to' },
          y: { field: 'trials', type: 'quantitative', title: `Trials (of ${settings.trials.toLocaleString('en-US')})`, axis: { format: ',d', tickMinStep: 1, tickCount: 4 }, scale: { zero: true, nice: true } },
          y2: { datum: 0 },
          color: { field: 'cheaper', type: 'nominal', scale: { domain: colors.domain, range: colors.colors }, legend: { ...scenarioLegend(colors.domain, 'square', plotWidth - CHEAPER_TITLE_PX), title: 'Cheaper:', orient: 'bottom', direction: 'horizontal', titleOrient: 'left', titleFontWeight: 'normal', titlePadding: 8 } },
          tooltip: [
            { field: 'range', type: 'nominal', title: 'Difference' },
            { field: 'trials', type: 'quantitative', title: 'Trials', format: ',d' },
            { field: 'cheaper', type: 'nominal', title: 'Cheaper' },
          ],
          description: { field: 'tip', type: 'nominal' },
        },
      },
      {
        data: { values: [{ zero: 0, label: `Zero: ${challenger.name} and ${settings.baseline} cost the same` }] },
        mark: { type: 'rule', strokeWidth: 1.5, color: INK.text },
        encoding: { x: { field: 'zero', type: 'quantitative' }, y: { value: -4 }, y2: { value: PANEL_HEIGHT_PX }, tooltip: { field: 'label', type: 'nominal' }, description: { field: 'label', type: 'nominal' } },
      },
    ];
    const sideLabels = sideLabelsOf(challenger, zeroAt, plotWidth);
    for (const side of sideLabels) {
      layers.push({
        data: { values: [{ zero: 0, label: side.text }] },
        mark: { type: 'text', align: side.align, baseline: 'bottom', dx: side.align === 'right' ? -SIDE_LABEL_GAP_PX : SIDE_LABEL_GAP_PX, dy: -5, fontSize: FONT_SIZE.annotation, fontWeight: 'bold', color: INK.text },
        encoding: { x: { field: 'zero', type: 'quantitative' }, y: { value: 0 }, text: { field: 'label', type: 'nominal' }, description: { field: 'label', type: 'nominal' } },
      });
    }
    return { name: challenger.name, width: plotWidth, height: PANEL_HEIGHT_PX, layer: layers };
  });
  return challengerPanels(title, subtitle, meta, panels, 26);
}

/** How often a challenger costs less than the baseline, and how often more: the sentence under the title. */
function sidesSentence(challenger: SimulatedScenario, baseline: string): string {
  const less = shareText(challenger.probabilityCheaperThanBaseline ?? '0');
  const more = shareText(challenger.probabilityDearerThanBaseline ?? '0');
  return `${challenger.name} costs less than ${baseline} in ${less} of trials and more in ${more}.`;
}

/**
 * The shares of trials on each side of zero, written just above the plot beside the zero
 * rule, pointing away from it — each only where it fits between the rule and the plot's edge
 * (the sentence under the title always says both).
 */
function sideLabelsOf(challenger: SimulatedScenario, zeroAt: number, plotWidth: number): { text: string; align: 'left' | 'right' }[] {
  const less = `← cheaper in ${shareText(challenger.probabilityCheaperThanBaseline ?? '0')} of trials`;
  const more = `dearer in ${shareText(challenger.probabilityDearerThanBaseline ?? '0')} →`;
  const width = (text: string) => textWidth(text, FONT_SIZE.annotation, 'bold') + SIDE_LABEL_GAP_PX;
  return [
    ...(width(less) <= zeroAt ? [{ text: less, align: 'right' as const }] : []),
    ...(width(more) <= plotWidth - zeroAt ? [{ text: more, align: 'left' as const }] : []),
  ];
}

/** Per challenger and bin: the bin's bounds and its trials, exactly. */
function binsTable(simulation: Simulation): ChartTable {
  const { settings, scenarios } = simulation;
  const amount = (value: string) => formatMoney(new Money(value), { digits: settings.minorDigits, grouping: true, signed: true });
  return {
    caption: `Total cost minus ${settings.baseline}'s in ${settings.currency}, over ${trialsText(settings.trials)}: trials with a difference from (inclusive) to (exclusive)`,
    columns: [
      { title: 'Scenario', numeric: false },
      { title: 'From', numeric: true },
      { title: 'To', numeric: true },
      { title: 'Trials', numeric: true },
    ],
    rows: scenarios.flatMap((s) => (s.histogram ?? []).map((bin) => [s.name, amount(bin.from), amount(bin.to), bin.trials.toLocaleString('en-US')])),
  };
}
